// The Users page against a real database: verification states, the server-side filter with its count,
// bulk resend through the outbox to the selection or all matching (confirmed, rate limited), mark
// verified with a reason, the outbox view.
#include "MessageBanner.h"
#include "Screenshots.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UserTableModel.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "db/Sql.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;
using models::UserTableModel;
using ui::UsersPage;

class TestUsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsUsersWithTheirVerificationState();
    void filtersOnTheServerAndCounts();
    void resendsToAllMatchingTheFilter();
    void bulkResendQueuesMailsAndRespectsLimits();
    void declinedConfirmationSendsNothing();
    void markVerifiedRecordsTheReason();
    void actionsWaitForSomeoneToWriteAs();

private:
    QTranslator m_english; ///< the English plural forms ("1 mail", "2 mails")
    void load(UsersPage& page);
    static QString cell(UsersPage& page, const QString& email, int column);
};

void TestUsersPage::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral(":/i18n/kumiko_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestUsersPage::init()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_users_page")));
    const QSqlDatabase db = TestDatabase::connection();
    KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(db,
                                                       {QStringLiteral("admin@example.com"),
                                                        QStringLiteral("Admin"),
                                                        QStringLiteral("admin-password"),
                                                        {QStringLiteral("SystemAdmin")},
                                                        true},
                                                       domain::Actor::system()));
    for (const QString& email : {QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com")})
        KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(
            db, {email, QStringLiteral("New"), QStringLiteral("some-password"), {}, false},
            domain::Actor::system()));
}

void TestUsersPage::load(UsersPage& page)
{
    auto configuration = auth::AuthConfiguration::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(configuration);
    page.setConfiguration(configuration.value());
    page.setActor(domain::Actor::systemAdmin());
    page.resize(1280, 800);
    page.show();
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
}

QString TestUsersPage::cell(UsersPage& page, const QString& email, int column)
{
    QAbstractItemModel* model = page.usersView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, UserTableModel::EmailColumn).data().toString() == email)
            return model->index(row, column).data().toString();
    return QStringLiteral("<no row>");
}

void TestUsersPage::listsUsersWithTheirVerificationState()
{
    UsersPage page;
    load(page);
    QCOMPARE(page.usersView()->model()->rowCount(), 3);
    QCOMPARE(cell(page, QStringLiteral("admin@example.com"), UserTableModel::VerifiedColumn),
             QStringLiteral("✓ verified"));
    QCOMPARE(cell(page, QStringLiteral("alice@example.com"), UserTableModel::VerifiedColumn),
             QStringLiteral("✗ not verified"));
    QCOMPARE(cell(page, QStringLiteral("alice@example.com"), UserTableModel::LastMailColumn),
             QStringLiteral("–"));
    QTRY_COMPARE_WITH_TIMEOUT(page.countLabel()->text(), QStringLiteral("3 users"), 20000);
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    page.unverifiedOnly()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QCOMPARE(page.usersView()->model()->rowCount(), 2);
    page.select(QStringLiteral("admin@example.com"));
    QVERIFY(!page.resendButton()->isEnabled()); // filtered out: nothing selected
    page.unverifiedOnly()->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 20000);
    page.select(QStringLiteral("admin@example.com"));
    QVERIFY(!page.resendButton()->isEnabled()); // verified already
    QVERIFY(!page.markVerifiedButton()->isEnabled());
}

void TestUsersPage::filtersOnTheServerAndCounts()
{
    UsersPage page;
    load(page);
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    QSignalSpy counted(&page, &UsersPage::counted);
    // Typing reloads once it pauses: one page for the whole text.
    QTest::keyClicks(page.textFilter(), QStringLiteral("ALI"));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 20000);
    QCOMPARE(page.usersView()->model()->rowCount(), 1);
    QCOMPARE(cell(page, QStringLiteral("alice@example.com"), UserTableModel::EmailColumn),
             QStringLiteral("alice@example.com"));
    QCOMPARE(page.countLabel()->text(), QStringLiteral("1 user"));
    QCOMPARE(page.query().text, QStringLiteral("ALI"));

    page.textFilter()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 20000);
    QCOMPARE(page.usersView()->model()->rowCount(), 3);
    // Sorting by e-mail asks the server for the other order; other columns do not sort.
    page.usersView()->sortByColumn(UserTableModel::EmailColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 3, 20000);
    QCOMPARE(page.usersView()->model()->index(0, UserTableModel::EmailColumn).data().toString(),
             QStringLiteral("bob@example.com"));
    page.usersView()->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(refreshed.count(), 3);
    QVERIFY(page.query().descending);
}

void TestUsersPage::resendsToAllMatchingTheFilter()
{
    UsersPage page;
    load(page);
    QString howMany;
    page.confirmResendAll = [&howMany](const QString& text) {
        howMany = text;
        return true;
    };
    QSignalSpy counted(&page, &UsersPage::counted);
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    page.unverifiedOnly()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(counted.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QVERIFY(page.resendAllButton()->isEnabled()); // nothing selected: all matching is meant
    QSignalSpy finished(&page, &UsersPage::resendFinished);
    QTest::mouseClick(page.resendAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(howMany, QStringLiteral("2 users"));
    QCOMPARE(page.banner()->text(), QStringLiteral("Queued 2 verification mails.\nalice@example.com: "
                                                   "queued\nbob@example.com: queued"));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox")), 2);
}

void TestUsersPage::bulkResendQueuesMailsAndRespectsLimits()
{
    UsersPage page;
    load(page);
    QStringList asked;
    page.confirmResend = [&asked](const QStringList& emails) {
        asked = emails;
        return true;
    };
    page.select(QStringLiteral("alice@example.com"));
    page.select(QStringLiteral("bob@example.com"), true);
    QVERIFY(page.resendButton()->isEnabled());
    QSignalSpy finished(&page, &UsersPage::resendFinished);
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    QTest::mouseClick(page.resendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    asked.sort();
    QCOMPARE(asked, (QStringList{QStringLiteral("alice@example.com"), QStringLiteral("bob@example.com")}));
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QCOMPARE(page.banner()->text(), QStringLiteral("Queued 2 verification mails.\nalice@example.com: queued\n"
                                                   "bob@example.com: queued"));
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"), QStringLiteral("status = 'queued'")),
        2);
    QVERIFY(cell(page, QStringLiteral("alice@example.com"), UserTableModel::LastMailColumn)
                .startsWith(QLatin1String("queued ")));
    QTRY_COMPARE_WITH_TIMEOUT(page.outboxView()->model()->rowCount(), 2, 20000);
    // The demo allows 3 mails per address in 15 minutes: the fourth for alice is refused, by name.
    page.select(QStringLiteral("alice@example.com"));
    for (int round = 2; round <= 4; ++round) {
        QTest::mouseClick(page.resendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), round, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page.resendButton()->isEnabled(), 20000);
        if (round < 4)
            QCOMPARE(page.banner()->text(),
                     QStringLiteral("Queued 1 verification mail.\nalice@example.com: queued"));
    }
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Warning);
    // The one address is named with the time until it may be sent again (singular forms for one).
    const QRegularExpression limited(QStringLiteral(
        "^No verification mail was queued\\.\nalice@example\\.com: not sent, the limit for this address is "
        "reached; it may be sent again in 1[45] minutes$"));
    QVERIFY2(limited.match(page.banner()->text()).hasMatch(), qPrintable(page.banner()->text()));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                 QStringLiteral("recipient = 'alice@example.com'")),
             3);
    // The user filter and actions mean nothing on the outbox tab and are hidden there.
    QVERIFY(page.resendButton()->isVisible());
    page.tabs()->setCurrentIndex(1);
    QVERIFY(!page.resendButton()->isVisible());
    QVERIFY(!page.unverifiedOnly()->isVisible());
    test::Screenshots::save(&page, QStringLiteral("users-outbox-en"));
    page.tabs()->setCurrentIndex(0);
    QVERIFY(page.resendButton()->isVisible());
}

void TestUsersPage::declinedConfirmationSendsNothing()
{
    UsersPage page;
    load(page);
    page.select(QStringLiteral("alice@example.com"));
    bool asked = false;
    page.confirmResend = [&asked](const QStringList&) {
        asked = true;
        return false;
    };
    QTest::mouseClick(page.resendButton(), Qt::LeftButton); // declined: returns before any work starts
    QVERIFY(asked);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox")), 0);
}

void TestUsersPage::markVerifiedRecordsTheReason()
{
    UsersPage page;
    load(page);
    auto admin =
        db::Sql::scalar(TestDatabase::connection(),
                        QStringLiteral("SELECT id::text FROM read_users WHERE email = 'admin@example.com'"));
    KUMIKO_VERIFY_OK(admin);
    page.setActor({admin->toString(),
                   QStringLiteral("00000000-0000-4000-8000-000000000000"),
                   {QStringLiteral("SystemAdmin")},
                   {},
                   {}});
    page.askReason = [] {
        return QStringLiteral("confirmed by phone, ticket 4711");
    };
    page.select(QStringLiteral("bob@example.com"));
    QVERIFY(page.markVerifiedButton()->isEnabled());
    QSignalSpy marked(&page, &UsersPage::markFinished);
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    QTest::mouseClick(page.markVerifiedButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marked.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QCOMPARE(cell(page, QStringLiteral("bob@example.com"), UserTableModel::VerifiedColumn),
             QStringLiteral("✓ verified"));
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_events"),
                 QStringLiteral("type = 'user.updated' AND metadata->>'reason' = 'confirmed by phone, "
                                "ticket 4711' AND metadata->>'userId' = '%1' AND "
                                "payload->'changes'->>'emailVerified' = 'true'")
                     .arg(admin->toString())),
             1);
    QVERIFY(!page.markVerifiedButton()->isEnabled());
}

void TestUsersPage::actionsWaitForSomeoneToWriteAs()
{
    UsersPage page;
    auto configuration = auth::AuthConfiguration::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(configuration);
    page.setConfiguration(configuration.value());
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    page.select(QStringLiteral("alice@example.com"));
    QVERIFY(!page.resendButton()->isEnabled());
    QVERIFY(!page.markVerifiedButton()->isEnabled());
    page.setActor(domain::Actor::systemAdmin());
    QVERIFY(page.resendButton()->isEnabled());
    QVERIFY(page.markVerifiedButton()->isEnabled());
}

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
