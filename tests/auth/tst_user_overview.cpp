// UserOverview against a real database: pages by keyset on e-mail in both orders, the filter (text in
// e-mail or name, only unverified, one tenant's members), the last verification mail per user, and
// counts that stop at a cap or come from the planner's estimate.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/UserOverview.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/Actor.h"

#include <QtTest>

using namespace kumiko;
using auth::UserCount;
using auth::UserOverview;
using auth::UserQuery;
using kumiko::test::TestDatabase;

namespace {

QStringList emailsOf(const Result<auth::UserPage>& page)
{
    QStringList emails;
    if (!page)
        return {QStringLiteral("<error %1>").arg(page.error().toString())};
    for (const auth::UserSummary& user : page->users)
        emails << user.email;
    return emails;
}

UserQuery queryOf(const QString& text = {}, int limit = 100)
{
    UserQuery query;
    query.text = text;
    query.limit = limit;
    return query;
}

} // namespace

class TestUserOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesByKeysetInBothOrders();
    void filtersOnTheServer();
    void showsTheLastVerificationMail();
    void countsUpToACapOrEstimates();
    void aTenantThatIsNoIdIsRefused();

private:
    QString m_acme;
};

void TestUserOverview::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_user_overview")));
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    m_acme = TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                               {{"key", "acme"}, {"name", "Acme"}});
    QStringList ids;
    for (const auto& [email, name, verified] :
         {std::tuple{"ada@example.com", "Ada Lovelace", true},
          std::tuple{"alan@example.com", "Alan Turing", false},
          std::tuple{"bob@example.com", "Robert Tables", false},
          std::tuple{"carol@example.com", "Carol Ada", false}, std::tuple{"dave@example.com", "Dave", true}})
        ids << TestDatabase::createAsSystemAdmin(
            QStringLiteral("user:write:user:create"),
            {{"email", email}, {"displayName", name}, {"emailVerified", verified}});
    for (int member : {0, 2})
        TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:add-member"),
                                          {{"userId", ids.at(member).toStdString()},
                                           {"tenantId", m_acme.toStdString()},
                                           {"roles", {"User"}}});
    KUMIKO_VERIFY_OK(db::Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO kumiko_admin_mail_outbox (kind, user_id, requested_by, locale, sender, "
            "recipient, subject, status, attempts, last_error) VALUES ('email-verification', "
            "?::uuid, 'tester', 'en', 'no-reply@example.com', 'bob@example.com', 'Verify', 'failed', "
            "5, '550 no such user')"),
        {ids.at(2)}));
    KUMIKO_VERIFY_OK(transaction.commit());
    QVERIFY(!ids.contains(QString()));
}

void TestUserOverview::pagesByKeysetInBothOrders()
{
    QSqlDatabase db = TestDatabase::connection();
    UserQuery query = queryOf({}, 2);
    auto first = UserOverview::page(db, query);
    QCOMPARE(emailsOf(first), (QStringList{"ada@example.com", "alan@example.com"}));
    QCOMPARE(first->nextCursor, QStringLiteral("alan@example.com"));
    query.after = first->nextCursor;
    auto second = UserOverview::page(db, query);
    QCOMPARE(emailsOf(second), (QStringList{"bob@example.com", "carol@example.com"}));
    query.after = second->nextCursor;
    auto last = UserOverview::page(db, query);
    QCOMPARE(emailsOf(last), QStringList{"dave@example.com"});
    QVERIFY(last->nextCursor.isEmpty());

    query = queryOf({}, 3);
    query.descending = true;
    auto newest = UserOverview::page(db, query);
    QCOMPARE(emailsOf(newest), (QStringList{"dave@example.com", "carol@example.com", "bob@example.com"}));
    query.after = newest->nextCursor;
    QCOMPARE(emailsOf(UserOverview::page(db, query)), (QStringList{"alan@example.com", "ada@example.com"}));
}

void TestUserOverview::filtersOnTheServer()
{
    QSqlDatabase db = TestDatabase::connection();
    // In the e-mail or the name, any case; LIKE wildcards are literal.
    QCOMPARE(emailsOf(UserOverview::page(db, queryOf(QStringLiteral("ADA")))),
             (QStringList{"ada@example.com", "carol@example.com"}));
    QCOMPARE(emailsOf(UserOverview::page(db, queryOf(QStringLiteral("tables")))),
             QStringList{"bob@example.com"});
    QCOMPARE(emailsOf(UserOverview::page(db, queryOf(QStringLiteral("%")))), QStringList());
    UserQuery unverified = queryOf(QStringLiteral("a"));
    unverified.unverifiedOnly = true;
    QCOMPARE(emailsOf(UserOverview::page(db, unverified)),
             (QStringList{"alan@example.com", "bob@example.com", "carol@example.com"}));
    UserQuery members = queryOf();
    members.tenantId = m_acme;
    QCOMPARE(emailsOf(UserOverview::page(db, members)), (QStringList{"ada@example.com", "bob@example.com"}));
    members.unverifiedOnly = true;
    QCOMPARE(emailsOf(UserOverview::page(db, members)), QStringList{"bob@example.com"});
}

void TestUserOverview::showsTheLastVerificationMail()
{
    auto bob = UserOverview::page(TestDatabase::connection(), queryOf(QStringLiteral("bob@")));
    KUMIKO_VERIFY_OK(bob);
    QCOMPARE(bob->users.size(), 1);
    const auth::UserSummary& user = bob->users.first();
    QCOMPARE(user.displayName, QStringLiteral("Robert Tables"));
    QVERIFY(!user.emailVerified);
    QCOMPARE(user.lastMailStatus, mail::MailStatus::Failed);
    QCOMPARE(user.lastMailError, QStringLiteral("550 no such user"));
    QCOMPARE(user.lastMailAttempts, 5);
    QVERIFY(user.lastMailAt.isValid());
}

void TestUserOverview::countsUpToACapOrEstimates()
{
    QSqlDatabase db = TestDatabase::connection();
    auto all = UserOverview::count(db, queryOf());
    KUMIKO_VERIFY_OK(all);
    QCOMPARE(all->value, 5);
    QCOMPARE(all->kind, UserCount::Kind::Exact);
    auto matching = UserOverview::count(db, queryOf(QStringLiteral("a")), 2);
    KUMIKO_VERIFY_OK(matching);
    QCOMPARE(matching->value, 2);
    QCOMPARE(matching->kind, UserCount::Kind::AtLeast);
    // Beyond the cap without a filter: the planner's estimate of the table, once it has one.
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("ANALYZE read_users")));
    auto estimated = UserOverview::count(db, queryOf(), 2);
    KUMIKO_VERIFY_OK(estimated);
    QCOMPARE(estimated->kind, UserCount::Kind::Estimate);
    QCOMPARE(estimated->value, 5);
}

void TestUserOverview::aTenantThatIsNoIdIsRefused()
{
    UserQuery query = queryOf();
    query.tenantId = QStringLiteral("acme");
    KUMIKO_VERIFY_ERROR(UserOverview::page(TestDatabase::connection(), query), "invalid_filter");
}

QTEST_GUILESS_MAIN(TestUserOverview)
#include "tst_user_overview.moc"
