// The Users page against a real database: verification states, bulk resend through the outbox
// (confirmed, rate limited), mark verified with a reason, the outbox view.
#include "MessageBanner.h"
#include "Screenshots.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UserTableModel.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "db/Sql.h"

#include <QCheckBox>
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
    page.unverifiedOnly()->setChecked(true);
    QCOMPARE(page.usersView()->model()->rowCount(), 2);
    page.select(QStringLiteral("admin@example.com"));
    QVERIFY(!page.resendButton()->isEnabled()); // filtered out: nothing selected
    page.unverifiedOnly()->setChecked(false);
    page.select(QStringLiteral("admin@example.com"));
    QVERIFY(!page.resendButton()->isEnabled()); // verified already
    QVERIFY(!page.markVerifiedButton()->isEnabled());
}

void TestUsersPage::bulkResendQueuesMailsAndRespectsLimits()
{
    UsersPage page;
    load(page);
    int asked = 0;
    page.confirmResend = [&asked](int count) {
        asked = count;
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
    QCOMPARE(asked, 2);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QCOMPARE(page.banner()->text(), QStringLiteral("Queued 2 verification mails."));
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"), QStringLiteral("status = 'queued'")),
        2);
    QVERIFY(cell(page, QStringLiteral("alice@example.com"), UserTableModel::LastMailColumn)
                .startsWith(QLatin1String("queued ")));
    QCOMPARE(page.outboxView()->model()->rowCount(), 2);
    // The demo allows 3 mails per address in 15 minutes: the fourth for alice is refused, by name.
    page.select(QStringLiteral("alice@example.com"));
    for (int round = 2; round <= 4; ++round) {
        QTest::mouseClick(page.resendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), round, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page.resendButton()->isEnabled(), 20000);
        if (round < 4)
            QCOMPARE(page.banner()->text(), QStringLiteral("Queued 1 verification mail."));
    }
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Warning);
    const QRegularExpression limited(QStringLiteral(
        "^Queued 0 verification mails\\. Not sent to alice@example\\.com: the limit for this address is "
        "reached; try again in \\d+:\\d\\d\\.$"));
    QVERIFY2(limited.match(page.banner()->text()).hasMatch(), qPrintable(page.banner()->text()));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                 QStringLiteral("recipient = 'alice@example.com'")),
             3);
    page.tabs()->setCurrentIndex(1);
    test::Screenshots::save(&page, QStringLiteral("users-outbox-en"));
}

void TestUsersPage::declinedConfirmationSendsNothing()
{
    UsersPage page;
    load(page);
    page.select(QStringLiteral("alice@example.com"));
    bool asked = false;
    page.confirmResend = [&asked](int) {
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
