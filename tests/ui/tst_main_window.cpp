#include "ConsoleController.h"
#include "EventTableModel.h"
#include "EventsPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MigrationsPage.h"
#include "Screenshots.h"
#include "SignInPage.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/AccountAdmin.h"
#include "db/Sql.h"
#include "esops/SeedRunner.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

// Results can arrive before a QSignalSpy starts waiting (a fast failure), so the tests wait for
// signal counts rather than for new emissions.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsAndShowsCounts();
    void languageSwitchesAtRunTimeAndIsRemembered();
    void offersToCreateAMissingSchema();
    void unreachableDatabaseShowsABannerWithReconnect();

private:
    static QStringList sidebarTexts(ui::MainWindow* window);
    QString m_url;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QSettings().clear();
    auto settings = TestDatabase::create(QStringLiteral("tst_main_window"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(TestDatabase::connection(),
                                                       {QStringLiteral("admin@example.com"),
                                                        QStringLiteral("Admin"),
                                                        QStringLiteral("admin-password"),
                                                        {QStringLiteral("SystemAdmin")},
                                                        true},
                                                       domain::Actor::system()));
}

QStringList TestMainWindow::sidebarTexts(ui::MainWindow* window)
{
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    QStringList texts;
    for (int i = 0; i < sidebar->count(); ++i)
        texts << sidebar->item(i)->text();
    return texts;
}

void TestMainWindow::connectsAndShowsCounts()
{
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({m_url, QStringLiteral(KUMIKO_DEMO_PROJECT)}, language);
    QSignalSpy ready(&console, &ui::ConsoleController::databaseReady);
    QSignalSpy listening(&console.listener(), &db::DatabaseListener::listeningChanged);
    console.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(QTest::qWaitForWindowExposed(console.window()));
    // Nothing but the sign-in page until an admin signs in.
    ui::SignInPage* signIn = console.signInPage();
    QVERIFY(signIn->isVisible());
    signIn->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("admin@example.com"));
    signIn->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("admin-password"));
    QTest::mouseClick(signIn->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console.window()->isSignedIn(), 20000);
    // Reconnecting reloads every page: connect, read the status, update the models.
    Q_EMIT console.window()->reconnectRequested();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    auto* connection = console.window()->findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY2(connection->text().startsWith(QLatin1String("Connected: postgresql://postgres@")),
             qPrintable(connection->text()));
    console.window()->showSection(ui::Section::Events);
    QTableView* events = console.eventsPage()->table();
    const int accountEvents = int(TestDatabase::count(QStringLiteral("kumiko_events"))); // the admin's
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), accountEvents, 10000);
    // Another session writes; the page follows through LISTEN/NOTIFY without a manual refresh.
    QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty() && listening.last().first().toBool(), 10000);
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, "
                                    "version, type, payload, metadata, created_by) VALUES "
                                    "(gen_random_uuid(), 'tenant', gen_random_uuid(), 1, 'tenant.created', "
                                    "'{}', '{}', 'test'); SELECT pg_notify('kumiko_events_new', '')")));
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), accountEvents + 1, 10000);
    QCOMPARE(events->model()->index(0, models::EventTableModel::TypeColumn).data().toString(),
             QStringLiteral("tenant.created"));
    // The same for migrations another runner applies: the page shows them applied by itself.
    QAbstractItemModel* migrations = console.migrationsPage()->table()->model();
    QTRY_COMPARE_WITH_TIMEOUT(migrations->rowCount(), 4, 10000);
    QCOMPARE(migrations->index(0, 0).data().toString(), QStringLiteral("pending"));
    KUMIKO_VERIFY_OK(esops::SeedRunner(QStringLiteral(KUMIKO_DEMO_PROJECT), {})
                         .apply(TestDatabase::connection(), domain::Actor::systemAdmin()));
    for (int row = 0; row < 4; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(migrations->index(row, 0).data().toString(), QStringLiteral("applied"),
                                  10000);
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("de")}) {
        language.setLanguage(code);
        QCoreApplication::processEvents(); // LanguageChange events are posted
        for (ui::Section section :
             {ui::Section::Migrations, ui::Section::Configuration, ui::Section::Users, ui::Section::Events}) {
            console.window()->showSection(section);
            test::Screenshots::save(console.window(),
                                    QStringLiteral("main-window-%1-%2").arg(code).arg(int(section)));
        }
    }
    language.setLanguage(QStringLiteral("en"));
}

void TestMainWindow::languageSwitchesAtRunTimeAndIsRemembered()
{
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::MainWindow window(language);
    QCOMPARE(sidebarTexts(&window), (QStringList{"Migrations", "Configuration", "Users", "Events"}));
    QVERIFY(language.setLanguage(QStringLiteral("de")));
    QCoreApplication::processEvents(); // LanguageChange events are posted
    QCOMPARE(sidebarTexts(&window), (QStringList{"Migrationen", "Konfiguration", "Benutzer", "Events"}));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("languageLabel"))->text(),
             QStringLiteral("Sprache: Deutsch"));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("Nicht angemeldet"));
    QCOMPARE(ui::LanguageManager::preferredLanguage(), QStringLiteral("de"));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(sidebarTexts(&window).first(), QStringLiteral("Migrations"));
    QVERIFY(!language.setLanguage(QStringLiteral("fr")));
}

void TestMainWindow::offersToCreateAMissingSchema()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_main_window_empty"), false);
    KUMIKO_VERIFY_OK(settings);
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({TestDatabase::url(settings.value()), {}}, language);
    QSignalSpy ready(&console, &ui::ConsoleController::databaseReady);
    bool asked = false;
    QTimer accept;
    connect(&accept, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->text().contains(QLatin1String("no complete Kumiko schema"));
            box->button(QMessageBox::Yes)->click();
        }
    });
    accept.start(50);
    console.start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 2, 20000);
    QVERIFY(asked);
    QVERIFY(TestDatabase::count(QStringLiteral("kumiko_admin_schema")) >= 1);
    QCOMPARE(TestDatabase::count(QStringLiteral("pg_tables"), QStringLiteral("tablename = 'kumiko_events'")),
             1);
}

void TestMainWindow::unreachableDatabaseShowsABannerWithReconnect()
{
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("de")));
    ui::ConsoleController console(
        {QStringLiteral("postgresql://ada:Geheim123@/db?host=/nonexistent&connect_timeout=2"), {}}, language);
    QSignalSpy failed(&console, &ui::ConsoleController::databaseFailed);
    console.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    ui::MessageBanner* banner = console.window()->banner();
    QVERIFY(banner->isVisibleTo(console.window()));
    QCOMPARE(banner->kind(), ui::MessageBanner::Kind::Error);
    QCOMPARE(banner->text(), QStringLiteral("Keine Verbindung zur Datenbank möglich."));
    QCOMPARE(console.window()->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text(),
             QStringLiteral("Nicht verbunden"));
    language.setLanguage(QStringLiteral("en"));
    QCOMPARE(banner->text(), QStringLiteral("Could not connect to the database."));
    language.setLanguage(QStringLiteral("de"));
    QVERIFY(banner->detail().contains(QLatin1String("connection_failed")));
    QVERIFY(!banner->detail().contains(QLatin1String("Geheim123")));
    auto* action = banner->findChild<QPushButton*>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Neu verbinden"));
    action->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 20000);
    language.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
