#include "ConfigValueEditor.h"
#include "ConfigValueModel.h"
#include "ConfigurationPage.h"
#include "ConsoleController.h"
#include "ConsoleDriver.h"
#include "EventsPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MigrationTableModel.h"
#include "MigrationsPage.h"
#include "SignInPage.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "esops/SeedLedger.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kPassword = QStringLiteral("admin-password");

// Rows that show data; the values tree keeps its scope groups even when empty.
int dataRows(const QAbstractItemModel& model)
{
    if (!qobject_cast<const models::ConfigValueModel*>(&model))
        return model.rowCount();
    int rows = 0;
    for (int group = 0; group < model.rowCount(); ++group)
        rows += model.rowCount(model.index(group, 0));
    return rows;
}

} // namespace

// The console as an operator meets it: sign-in first, every change is the admin's, sign-out and the idle
// lock hide everything, and quitting during an apply asks.
class TestConsoleSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsNothingBeforeSignInAndWritesAsTheAdmin();
    void idleLockHidesTheDataUntilThePasswordIsEnteredAgain();
    void closingDuringAnApplyAsksAndWaits();

private:
    void startConsole();
    void signIn(const QString& password);
    QList<QAbstractItemModel*> pageModels() const;
    QList<ui::MessageBanner*> pageBanners() const;
    void verifyPagesEmpty() const;
    QString idOf(const QString& email) const;

    QString m_url;
    std::unique_ptr<QTemporaryDir> m_project;
    ui::LanguageManager m_language;
    std::unique_ptr<ui::ConsoleController> m_console;
};

void TestConsoleSession::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QSettings().clear();
    QApplication::setQuitOnLastWindowClosed(false); // the window closes in a test; the suite goes on
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestConsoleSession::init()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_console_session"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    const QSqlDatabase db = TestDatabase::connection();
    KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(
        db, {kAdmin, QStringLiteral("Admin"), kPassword, {QStringLiteral("SystemAdmin")}, true},
        domain::Actor::system()));
    for (const QString& email : {QStringLiteral("new@example.com"), QStringLiteral("late@example.com")})
        KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(
            db, {email, QStringLiteral("New"), QStringLiteral("some-password"), {}, false},
            domain::Actor::system()));
}

void TestConsoleSession::cleanup()
{
    m_console.reset();
}

void TestConsoleSession::startConsole()
{
    // A copy: the console delivers the mails it queues, and the demo's transport writes beside the project.
    m_project = std::make_unique<QTemporaryDir>();
    QVERIFY(test::ConsoleDriver::copyProject(QStringLiteral(KUMIKO_DEMO_PROJECT), m_project->path()));
    m_console = std::make_unique<ui::ConsoleController>(
        ui::ConsoleController::Options{m_url, m_project->path()}, m_language);
    QSignalSpy ready(m_console.get(), &ui::ConsoleController::databaseReady);
    m_console->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
}

void TestConsoleSession::signIn(const QString& password)
{
    test::ConsoleDriver::signIn(*m_console, kAdmin, password);
}

QList<QAbstractItemModel*> TestConsoleSession::pageModels() const
{
    return {m_console->migrationsPage()->table()->model(),
            m_console->configurationPage()->valuesView()->model(),
            m_console->configurationPage()->seedsView()->model(),
            m_console->configurationPage()->cascadeView()->model(),
            m_console->usersPage()->usersView()->model(),
            m_console->usersPage()->outboxView()->model(),
            m_console->eventsPage()->table()->model()};
}

QList<ui::MessageBanner*> TestConsoleSession::pageBanners() const
{
    return {m_console->migrationsPage()->banner(), m_console->configurationPage()->banner(),
            m_console->usersPage()->banner(), m_console->eventsPage()->banner()};
}

void TestConsoleSession::verifyPagesEmpty() const
{
    for (QAbstractItemModel* model : pageModels()) {
        QVERIFY2(dataRows(*model) == 0, model->metaObject()->className());
        QVERIFY(!model->canFetchMore({}));
    }
    for (ui::MessageBanner* banner : pageBanners())
        QVERIFY2(banner->text().isEmpty() && banner->isHidden(), qPrintable(banner->text()));
    QVERIFY(m_console->eventsPage()->payloadText()->toPlainText().isEmpty());
    QVERIFY(!m_console->configurationPage()->editor()->textEditor()->text().contains(QLatin1String("https")));
}

QString TestConsoleSession::idOf(const QString& email) const
{
    auto id = db::Sql::scalar(TestDatabase::connection(),
                              QStringLiteral("SELECT id::text FROM read_users WHERE email = ?"), {email});
    return id ? id->toString() : QString();
}

void TestConsoleSession::showsNothingBeforeSignInAndWritesAsTheAdmin()
{
    startConsole();
    ui::MainWindow* window = m_console->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Connected, yet only the sign-in page is shown and no page has loaded anything.
    QVERIFY(!window->isSignedIn());
    QVERIFY(m_console->signInPage()->isVisible());
    QVERIFY(!m_console->migrationsPage()->isVisible());
    QVERIFY(!m_console->session());
    verifyPagesEmpty();

    signIn(kPassword);
    const QString adminId = idOf(kAdmin);
    QCOMPARE(m_console->session()->userId, adminId);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("Signed in as %1").arg(kAdmin));
    ui::MigrationsPage* migrations = m_console->migrationsPage();
    QTRY_COMPARE_WITH_TIMEOUT(migrations->table()->model()->rowCount(), 4, 20000);
    ui::UsersPage* users = m_console->usersPage();
    QTRY_COMPARE_WITH_TIMEOUT(users->usersView()->model()->rowCount(), 3, 20000);
    const qint64 before = db::Sql::scalar(TestDatabase::connection(),
                                          QStringLiteral("SELECT coalesce(max(id), 0) FROM kumiko_events"))
                              ->toLongLong();

    // Apply the demo migrations.
    QSignalSpy applied(migrations, &ui::MigrationsPage::applyFinished);
    migrations->confirmApply = [](const esops::ApplyPreview&) {
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(migrations->applyAllButton()->isEnabled(), 20000);
    QTest::mouseClick(migrations->applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 30000);
    QCOMPARE(migrations->banner()->text(), QStringLiteral("Applied 4 migrations."));

    // Mark one address verified and resend to another.
    window->showSection(ui::Section::Users);
    QTRY_COMPARE_WITH_TIMEOUT(users->usersView()->model()->rowCount(), 3, 20000);
    users->askReason = [] {
        return QStringLiteral("confirmed by phone");
    };
    users->confirmResend = [](const QStringList&) {
        return true;
    };
    QSignalSpy marked(users, &ui::UsersPage::markFinished);
    QSignalSpy usersRefreshed(users, &ui::UsersPage::refreshed);
    users->select(QStringLiteral("new@example.com"));
    QTest::mouseClick(users->markVerifiedButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marked.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(usersRefreshed.count() >= 1, 20000);
    QSignalSpy resent(users, &ui::UsersPage::resendFinished);
    users->select(QStringLiteral("late@example.com"));
    QVERIFY(users->resendButton()->isEnabled());
    QTest::mouseClick(users->resendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(resent.count(), 1, 30000);

    // Set a config value.
    window->showSection(ui::Section::Configuration);
    ui::ConfigurationPage* configuration = m_console->configurationPage();
    QTRY_VERIFY_WITH_TIMEOUT(configuration->valuesView()->model()->rowCount() > 0, 20000);
    QSignalSpy written(configuration, &ui::ConfigurationPage::written);
    configuration->confirmWrite = [](const QString&) {
        return true;
    };
    configuration->selectKey(QStringLiteral("billing:config:service-url"));
    configuration->editor()->textEditor()->setText(QStringLiteral("https://billing.admin.example.com"));
    Q_EMIT configuration->editor()->edited();
    QVERIFY(configuration->setButton()->isEnabled());
    QTest::mouseClick(configuration->setButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
    QCOMPARE(configuration->banner()->kind(), ui::MessageBanner::Kind::Info);

    // Every event since sign-in names the admin, in created_by and in metadata.userId.
    const QString since = QStringLiteral("id > %1").arg(before);
    QVERIFY(TestDatabase::count(QStringLiteral("kumiko_events"), since) > 0);
    for (const QString& type : {QStringLiteral("user.updated"), QStringLiteral("config-value.created"),
                                QStringLiteral("tenant.created")})
        QVERIFY2(TestDatabase::count(QStringLiteral("kumiko_events"),
                                     since + QStringLiteral(" AND type = '%1'").arg(type)) > 0,
                 qPrintable(type));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 since + QStringLiteral(" AND (created_by <> '%1' OR metadata->>'userId' IS "
                                                        "DISTINCT FROM '%1')")
                                             .arg(adminId)),
             0);
    // The mail was requested by the admin.
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                 QStringLiteral("requested_by = '%1'").arg(adminId)),
             1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                 QStringLiteral("requested_by IS DISTINCT FROM '%1'").arg(adminId)),
             0);
    // Attempts name the admin by e-mail; upstream's marker table keeps its own value.
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("outcome = 'applied' AND applied_by = '%1'").arg(kAdmin)),
             4);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_es_operations"),
                            QStringLiteral("applied_by = '%1'").arg(esops::SeedLedger::markerAppliedBy())),
        4);
    QCOMPARE(esops::SeedLedger::markerAppliedBy(), QStringLiteral("cli"));
    // The Migrations page says who applied them.
    QAbstractItemModel* migrationModel = migrations->table()->model();
    for (int row = 0; row < 4; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(
            migrationModel->index(row, models::MigrationTableModel::AppliedByColumn).data().toString(),
            kAdmin, 20000);

    // Signing out empties every page and drops every banner.
    QVERIFY(!users->banner()->text().isEmpty());
    Q_EMIT window->signOutRequested();
    QVERIFY(!window->isSignedIn());
    QVERIFY(!m_console->session());
    QVERIFY(m_console->signInPage()->isVisible());
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("Not signed in"));
    verifyPagesEmpty();
    // Later notifications load nothing while nobody is signed in.
    QSignalSpy ready(m_console.get(), &ui::ConsoleController::databaseReady);
    Q_EMIT window->reconnectRequested();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    verifyPagesEmpty();
}

void TestConsoleSession::idleLockHidesTheDataUntilThePasswordIsEnteredAgain()
{
    QCOMPARE(ui::ConsoleController::idleLockSetting(), std::chrono::minutes(15));
    startConsole();
    m_console->setIdleLockTimeout(std::chrono::milliseconds(0));
    signIn(kPassword);
    ui::UsersPage* users = m_console->usersPage();
    QTRY_COMPARE_WITH_TIMEOUT(users->usersView()->model()->rowCount(), 3, 20000);
    users->select(QStringLiteral("new@example.com"));

    m_console->setIdleLockTimeout(std::chrono::milliseconds(50));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->isLocked(), 10000);
    m_console->setIdleLockTimeout(std::chrono::milliseconds(0));
    ui::MainWindow* window = m_console->window();
    QVERIFY(!window->isSignedIn());
    QVERIFY(m_console->signInPage()->isVisible());
    QVERIFY(!users->isVisible());
    verifyPagesEmpty();
    QCOMPARE(users->usersView()->selectionModel()->selectedRows().size(), 0);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("Locked: %1").arg(kAdmin));
    // Only the admin who locked it can unlock it: the e-mail is fixed.
    auto* email = m_console->signInPage()->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    QCOMPARE(email->text(), kAdmin);
    QVERIFY(email->isReadOnly());

    signIn(kPassword);
    QVERIFY(!m_console->isLocked());
    QCOMPARE(m_console->session()->email, kAdmin);
    QTRY_COMPARE_WITH_TIMEOUT(users->usersView()->model()->rowCount(), 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->migrationsPage()->table()->model()->rowCount(), 4, 20000);
}

void TestConsoleSession::closingDuringAnApplyAsksAndWaits()
{
    startConsole();
    signIn(kPassword);
    ui::MigrationsPage* migrations = m_console->migrationsPage();
    QTRY_VERIFY_WITH_TIMEOUT(migrations->applyAllButton()->isEnabled(), 20000);
    // Another runner holds the migrations' lock, so the apply waits at its first migration.
    db::ConnectionSettings holderSettings = db::ThreadConnection::settings();
    holderSettings.applicationName = QStringLiteral("lock-holder-test");
    {
        auto holder = db::ThreadConnection::openNamed(QStringLiteral("lock-holder"), holderSettings);
        KUMIKO_VERIFY_OK(holder);
        QVERIFY(holder->transaction());
        KUMIKO_VERIFY_OK(db::Sql::run(*holder, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                      {esops::SeedLedger::kLockKey}));
        migrations->confirmApply = [](const esops::ApplyPreview&) {
            return true;
        };
        QTest::mouseClick(migrations->applyAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(migrations->isApplying(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            db::Sql::scalar(*holder,
                            QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                           "objid = 1702063984 AND NOT granted AND database = (SELECT oid "
                                           "FROM pg_database WHERE datname = current_database())"))
                    ->toInt() == 1,
            20000);

        int asked = 0;
        m_console->askQuit = [&] {
            ++asked;
            return ui::ConsoleController::QuitChoice::KeepRunning;
        };
        ui::MainWindow* window = m_console->window();
        QVERIFY(!window->close());
        QCOMPARE(asked, 1);
        QVERIFY(window->isVisible());
        QVERIFY(migrations->isApplying());

        m_console->askQuit = [&] {
            ++asked;
            return ui::ConsoleController::QuitChoice::CancelAfterCurrent;
        };
        QVERIFY(!window->close());
        QCOMPARE(asked, 2);
        QVERIFY(window->isVisible());
        QVERIFY(holder->commit());
        // The current migration finishes, the rest is not attempted, then the window closes.
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000);
        QCOMPARE(asked, 2);
        QVERIFY(!migrations->isApplying());
        holder->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"), QStringLiteral("outcome = 'applied'")),
        1);
}

QTEST_MAIN(TestConsoleSession)
#include "tst_console_session.moc"
