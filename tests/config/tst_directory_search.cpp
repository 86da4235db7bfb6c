// DirectorySearch and ContextLabels against a real database: prefix matches first and in order, then
// matches inside key, e-mail or name; never more than the limit; a tenant's members only; LIKE
// wildcards in the term are literal; labels for a few ids by primary key.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "config/ContextLabels.h"
#include "db/Transaction.h"
#include "directory/DirectorySearch.h"
#include "domain/Actor.h"

#include <QtTest>

using namespace kumiko;
using directory::DirectoryEntry;
using directory::DirectorySearch;
using kumiko::test::TestDatabase;

namespace {

QStringList labelsOf(const Result<QList<DirectoryEntry>>& found)
{
    QStringList labels;
    if (found)
        for (const DirectoryEntry& entry : found.value())
            labels << entry.label;
    else
        labels << QStringLiteral("<error %1>").arg(found.error().toString());
    return labels;
}

} // namespace

class TestDirectorySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenantsByPrefixThenSubstring();
    void tenantsAreCappedAtTheLimit();
    void wildcardsInTheTermAreLiteral();
    void usersByEmailAndName();
    void usersOfOneTenant();
    void labelsForIds();

private:
    QString m_acme;
    QString m_shop7;
    QString m_ada;
};

void TestDirectorySearch::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_directory_search")));
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    m_acme = TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                               {{"key", "acme"}, {"name", "Acme Shops"}});
    TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                      {{"key", "globex"}, {"name", "Globex"}});
    TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                      {{"key", "100_percent"}, {"name", "Hundred"}});
    TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                      {{"key", "1000x"}, {"name", "Thousand"}});
    for (int i = 0; i < 60; ++i) {
        const QString id = TestDatabase::createAsSystemAdmin(
            QStringLiteral("tenant:write:create"),
            {{"key", QStringLiteral("shop-%1").arg(i, 2, 10, QLatin1Char('0')).toStdString()},
             {"name", QStringLiteral("Shop %1").arg(i).toStdString()}});
        if (i == 7)
            m_shop7 = id;
    }
    m_ada =
        TestDatabase::createAsSystemAdmin(QStringLiteral("user:write:user:create"),
                                          {{"email", "ada@example.com"}, {"displayName", "Ada Lovelace"}});
    const QString grace =
        TestDatabase::createAsSystemAdmin(QStringLiteral("user:write:user:create"),
                                          {{"email", "grace@example.com"}, {"displayName", "Grace Hopper"}});
    TestDatabase::createAsSystemAdmin(QStringLiteral("user:write:user:create"),
                                      {{"email", "lovelace.fan@example.org"}, {"displayName", "Fan"}});
    for (const QString& user : {m_ada, grace})
        QVERIFY(
            !TestDatabase::createAsSystemAdmin(
                 QStringLiteral("tenant:write:add-member"),
                 {{"userId", user.toStdString()}, {"tenantId", m_acme.toStdString()}, {"roles", {"User"}}})
                 .isEmpty());
    KUMIKO_VERIFY_OK(transaction.commit());
    QVERIFY(!m_acme.isEmpty() && !m_shop7.isEmpty() && !m_ada.isEmpty() && !grace.isEmpty());
}

void TestDirectorySearch::tenantsByPrefixThenSubstring()
{
    QSqlDatabase db = TestDatabase::connection();
    // "shop-0" starts ten keys; "Acme Shops" only contains the term in its name (case-insensitively).
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("shop-0"))).size(), 10);
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("shop-07"))), QStringList{"shop-07"});
    const QStringList shops = labelsOf(DirectorySearch::tenants(db, QStringLiteral("SHOP")));
    QCOMPARE(shops.size(), DirectorySearch::kMaxResults);
    const QStringList acme = labelsOf(DirectorySearch::tenants(db, QStringLiteral("acme")));
    QCOMPARE(acme, QStringList{"acme"});
    auto found = DirectorySearch::tenants(db, QStringLiteral("shop-07"));
    KUMIKO_VERIFY_OK(found);
    QCOMPARE(found->first(), (DirectoryEntry{m_shop7, QStringLiteral("shop-07"), QStringLiteral("Shop 7")}));
    // The key prefix comes before a match in the name.
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("hops"))), QStringList{"acme"});
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("glob"))), QStringList{"globex"});
    QVERIFY(labelsOf(DirectorySearch::tenants(db, QStringLiteral("nothing-like-it"))).isEmpty());
}

void TestDirectorySearch::tenantsAreCappedAtTheLimit()
{
    QSqlDatabase db = TestDatabase::connection();
    const QStringList first = labelsOf(DirectorySearch::tenants(db, QString()));
    QCOMPARE(first.size(), DirectorySearch::kMaxResults);
    QCOMPARE(first.first(), QStringLiteral("1000x")); // by key
    QCOMPARE(first.at(2), QStringLiteral("acme"));
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("shop"), 5)).size(), 5);
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("shop"), 500)).size(),
             DirectorySearch::kMaxResults);
}

void TestDirectorySearch::wildcardsInTheTermAreLiteral()
{
    QSqlDatabase db = TestDatabase::connection();
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("100_"))), QStringList{"100_percent"});
    QCOMPARE(labelsOf(DirectorySearch::tenants(db, QStringLiteral("%"))), QStringList());
    QCOMPARE(labelsOf(DirectorySearch::users(db, QStringLiteral("_"))), QStringList());
}

void TestDirectorySearch::usersByEmailAndName()
{
    QSqlDatabase db = TestDatabase::connection();
    QCOMPARE(labelsOf(DirectorySearch::users(db, QStringLiteral("Ada"))), QStringList{"ada@example.com"});
    // "lovelace" starts one e-mail and is inside another user's display name: the prefix match first.
    QCOMPARE(labelsOf(DirectorySearch::users(db, QStringLiteral("lovelace"))),
             (QStringList{"lovelace.fan@example.org", "ada@example.com"}));
    QCOMPARE(labelsOf(DirectorySearch::users(db, QStringLiteral("hopper"))),
             QStringList{"grace@example.com"});
    QCOMPARE(labelsOf(DirectorySearch::users(db, QString())),
             (QStringList{"ada@example.com", "grace@example.com", "lovelace.fan@example.org"}));
    auto ada = DirectorySearch::users(db, QStringLiteral("ada@"));
    KUMIKO_VERIFY_OK(ada);
    QCOMPARE(ada->size(), 1);
    QCOMPARE(ada->first(),
             (DirectoryEntry{m_ada, QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace")}));
}

void TestDirectorySearch::usersOfOneTenant()
{
    QSqlDatabase db = TestDatabase::connection();
    QCOMPARE(labelsOf(DirectorySearch::users(db, QString(), m_acme)),
             (QStringList{"ada@example.com", "grace@example.com"}));
    QCOMPARE(labelsOf(DirectorySearch::users(db, QStringLiteral("lovelace"), m_acme)),
             QStringList{"ada@example.com"});
    QVERIFY(labelsOf(DirectorySearch::users(db, QString(), m_shop7)).isEmpty());
}

void TestDirectorySearch::labelsForIds()
{
    const QString unknown = QStringLiteral("7d4c1e2a-0000-4000-8000-000000000001");
    auto labels = config::ContextLabels::load(TestDatabase::connection(), {m_acme, unknown, QString()},
                                              {m_ada, QStringLiteral("not-an-id")});
    KUMIKO_VERIFY_OK(labels);
    QCOMPARE(labels->tenantLabel(m_acme), QStringLiteral("acme"));
    QCOMPARE(labels->tenantLabel(unknown), unknown);
    QCOMPARE(labels->userLabel(m_ada), QStringLiteral("ada@example.com"));
    QCOMPARE(labels->userLabel(QStringLiteral("not-an-id")), QStringLiteral("not-an-id"));
}

QTEST_GUILESS_MAIN(TestDirectorySearch)
#include "tst_directory_search.moc"
