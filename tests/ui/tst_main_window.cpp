#include "ConfigValueEditor.h"
#include "ConfigValueModel.h"
#include "ConfigurationPage.h"
#include "ConsistencyDialog.h"
#include "ConsistencyFindingModel.h"
#include "ConsoleController.h"
#include "EventTableModel.h"
#include "EventsPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MigrationDetailView.h"
#include "MigrationsPage.h"
#include "Screenshots.h"
#include "SignInPage.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "config/ConfigValueWriter.h"
#include "config/ProjectManifest.h"
#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "esops/SeedRunner.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace kumiko;
using namespace std::chrono_literals;
using kumiko::test::TestDatabase;
using State = db::ConnectionMonitor::State;

namespace {

const QString kServiceUrlKey = QStringLiteral("billing:config:service-url");

QString insertEventSql()
{
    return QStringLiteral(
        "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
        "payload, metadata, created_by) VALUES (gen_random_uuid(), 'tenant', "
        "gen_random_uuid(), 1, 'tenant.created', '{}', '{}', 'test')");
}

bool staleNoteShown(QWidget* page)
{
    return page->findChild<QLabel*>(QStringLiteral("staleNote"))->isVisibleTo(page);
}

// The verified SystemAdmin that signInAsAdmin() signs in as.
Result<QString> ensureAdmin(const QSqlDatabase& db)
{
    return auth::AccountAdmin::ensureAccount(db,
                                             {QStringLiteral("admin@example.com"),
                                              QStringLiteral("Admin"),
                                              QStringLiteral("admin-password"),
                                              {QStringLiteral("SystemAdmin")},
                                              true},
                                             domain::Actor::system());
}

} // namespace

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
    void notificationBurstReloadsOnlyTheVisiblePageAFewTimes();
    void typedConfigInputSurvivesARefresh();
    void writesWithoutNotifyAreNoticedByThePoll();
    void stoppedDatabaseIsShownLostAndReconnected();
    void migrationEventsAndConsistencyCheck();

private:
    static QStringList sidebarTexts(ui::MainWindow* window);
    /// Starts `console` with the demo project and waits until it is connected and listening.
    static void startAndListen(ui::ConsoleController& console);
    static void signInAsAdmin(ui::ConsoleController& console);
    db::ConnectionSettings m_settings;
    QString m_url;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QSettings().clear();
    auto settings = TestDatabase::create(QStringLiteral("tst_main_window"));
    KUMIKO_VERIFY_OK(settings);
    m_settings = settings.value();
    m_url = TestDatabase::url(settings.value());
    KUMIKO_VERIFY_OK(ensureAdmin(TestDatabase::connection()));
}

void TestMainWindow::startAndListen(ui::ConsoleController& console)
{
    QSignalSpy ready(&console, &ui::ConsoleController::databaseReady);
    QSignalSpy listening(&console.listener(), &db::DatabaseListener::listeningChanged);
    console.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty() && listening.last().first().toBool(), 10000);
    signInAsAdmin(console);
}

// As an operator would: the sign-in page is all there is until an admin signs in.
void TestMainWindow::signInAsAdmin(ui::ConsoleController& console)
{
    ui::SignInPage* signIn = console.signInPage();
    QVERIFY(signIn->isVisible());
    signIn->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("admin@example.com"));
    signIn->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("admin-password"));
    QTest::mouseClick(signIn->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console.window()->isSignedIn(), 20000);
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
    signInAsAdmin(console);
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
    console.window()->showSection(ui::Section::Migrations);
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
    QCOMPARE(sidebarTexts(&window), (QStringList{"Migrationen", "Konfiguration", "Benutzer", "Ereignisse"}));
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

void TestMainWindow::notificationBurstReloadsOnlyTheVisiblePageAFewTimes()
{
    db::ThreadConnection::configure(m_settings);
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({m_url, QStringLiteral(KUMIKO_DEMO_PROJECT)}, language);
    QSignalSpy loaded(console.eventsPage(), &ui::EventsPage::pageLoaded);
    QSignalSpy users(console.usersPage(), &ui::UsersPage::refreshed);
    startAndListen(console);
    console.window()->showSection(ui::Section::Events); // stale since the connect: loads once
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    while (loaded.wait(1500)) // until the connect's loads have settled
        ;
    loaded.clear();
    users.clear();

    QSqlDatabase db = TestDatabase::connection();
    for (int i = 0; i < 1000; ++i) // one transaction each: PostgreSQL folds equal notices of one
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("SELECT pg_notify('kumiko_events_new', '')")));
    QVERIFY(loaded.wait(10000));
    while (loaded.wait(2000)) // the burst's windows end
        ;
    QVERIFY2(loaded.count() <= 5, qPrintable(QString::number(loaded.count())));
    QCOMPARE(users.count(), 0); // not visible: marked stale only
    console.window()->showSection(ui::Section::Users);
    QTRY_COMPARE_WITH_TIMEOUT(users.count(), 1, 10000);
}

void TestMainWindow::typedConfigInputSurvivesARefresh()
{
    db::ThreadConnection::configure(m_settings);
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({m_url, QStringLiteral(KUMIKO_DEMO_PROJECT)}, language);
    ui::ConfigurationPage* page = console.configurationPage();
    QSignalSpy refreshed(page, &ui::ConfigurationPage::refreshed);
    startAndListen(console);
    console.window()->showSection(ui::Section::Configuration);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
    page->selectKey(kServiceUrlKey);
    QLineEdit* editor = page->editor()->textEditor();
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("https://typed.example.com"));
    QVERIFY(page->editorChangedNote()->text().isEmpty());

    // Another admin writes this very key; the notice reloads the page, the typed text stays.
    auto manifest = config::ProjectManifest::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(manifest);
    KUMIKO_VERIFY_OK(config::ConfigValueWriter(manifest->keys())
                         .set(TestDatabase::connection(), {kServiceUrlKey, config::Scope::System, {}, {}},
                              "https://other.example.com", domain::Actor::systemAdmin()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->editorChangedNote()->text().isEmpty(), 10000);
    QCOMPARE(editor->text(), QStringLiteral("https://typed.example.com"));
    QCOMPARE(page->valuesView()->currentIndex().data(models::ConfigValueModel::KeyRole).toString(),
             kServiceUrlKey);
}

void TestMainWindow::writesWithoutNotifyAreNoticedByThePoll()
{
    db::ThreadConnection::configure(m_settings);
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({m_url, QStringLiteral(KUMIKO_DEMO_PROJECT)}, language);
    startAndListen(console);
    console.window()->showSection(ui::Section::Events);
    QAbstractItemModel* events = console.eventsPage()->table()->model();
    const qint64 before = TestDatabase::count(QStringLiteral("kumiko_events"));
    QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), before, 10000);
    // A Kumiko server appends without NOTIFY: the default 10 s poll notices it.
    KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(), insertEventSql()));
    QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), before + 1, 15000);
}

void TestMainWindow::stoppedDatabaseIsShownLostAndReconnected()
{
    // A cluster of its own, so stopping it leaves the suite's cluster alone.
    const QString dir = QStringLiteral("/tmp/kumiko-conn-lost-%1").arg(QCoreApplication::applicationPid());
    db::EmbeddedPostgres cluster(dir, 55521, db::EmbeddedPostgres::Durability::Throwaway);
    KUMIKO_VERIFY_OK(cluster.ensureRunning());
    KUMIKO_VERIFY_OK(cluster.ensureDatabase(QStringLiteral("lost")));
    const db::ConnectionSettings settings = cluster.connectionSettings(QStringLiteral("lost"));
    {
        auto setup = db::ThreadConnection::openNamed(QStringLiteral("lost-setup"), settings);
        KUMIKO_VERIFY_OK(setup);
        KUMIKO_VERIFY_OK(db::SchemaBootstrap::run(setup.value()));
        KUMIKO_VERIFY_OK(ensureAdmin(setup.value()));
        setup->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lost-setup"));

    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({TestDatabase::url(settings), QStringLiteral(KUMIKO_DEMO_PROJECT)},
                                  language);
    console.connectionMonitor().setPollInterval(1s);
    startAndListen(console);
    ui::MigrationsPage* migrations = console.migrationsPage();
    QTRY_VERIFY_WITH_TIMEOUT(migrations->applyAllButton()->isEnabled(), 10000);
    console.window()->showSection(ui::Section::Events);
    QTRY_VERIFY_WITH_TIMEOUT(console.eventsPage()->table()->model()->rowCount() > 0,
                             10000); // the admin's own
    QTRY_VERIFY_WITH_TIMEOUT(!console.eventsPage()->table()->model()->canFetchMore({}), 10000);
    const int accountEvents = console.eventsPage()->table()->model()->rowCount();

    KUMIKO_VERIFY_OK(cluster.stop());
    QTRY_VERIFY_WITH_TIMEOUT(console.connectionMonitor().state() != State::Connected, 5000);
    auto* connection = console.window()->findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY2(!connection->text().startsWith(QLatin1String("Connected")), qPrintable(connection->text()));
    ui::MessageBanner* banner = console.window()->banner();
    QVERIFY(banner->isVisibleTo(console.window()));
    QVERIFY2(banner->text().contains(QLatin1String("lost")), qPrintable(banner->text()));
    auto* action = banner->findChild<QPushButton*>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Reconnect"));
    QVERIFY(action->isVisibleTo(banner));
    QVERIFY(!migrations->applyAllButton()->isEnabled());
    QVERIFY(staleNoteShown(migrations));
    QVERIFY(staleNoteShown(console.eventsPage()));

    KUMIKO_VERIFY_OK(cluster.ensureRunning());
    {
        // Written while the console still thinks it is lost; the visible page must show it.
        auto writer = db::ThreadConnection::openNamed(QStringLiteral("lost-writer"), settings);
        KUMIKO_VERIFY_OK(writer);
        KUMIKO_VERIFY_OK(db::Sql::run(writer.value(), insertEventSql()));
        writer->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lost-writer"));
    QTRY_COMPARE_WITH_TIMEOUT(console.connectionMonitor().state(), State::Connected, 35000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisibleTo(console.window()), 5000);
    QVERIFY2(connection->text().startsWith(QLatin1String("Connected")), qPrintable(connection->text()));
    QTRY_COMPARE_WITH_TIMEOUT(console.eventsPage()->table()->model()->rowCount(), accountEvents + 1, 10000);
    QVERIFY(!staleNoteShown(console.eventsPage()));
    QVERIFY(migrations->applyAllButton()->isEnabled());
    KUMIKO_VERIFY_OK(cluster.stop());
    QDir(dir).removeRecursively();
}

// Show events of an applied migration lists exactly its events; the Health view finds what is wrong
// beyond what it found before. Last: it applies the demo migrations to the suite's database.
void TestMainWindow::migrationEventsAndConsistencyCheck()
{
    ui::LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    ui::ConsoleController console({m_url, QStringLiteral(KUMIKO_DEMO_PROJECT)}, language);
    startAndListen(console);
    auto applied = esops::SeedRunner(QStringLiteral(KUMIKO_DEMO_PROJECT))
                       .apply(TestDatabase::connection(), domain::Actor::systemAdmin());
    KUMIKO_VERIFY_OK(applied);
    // Another test of this suite may have applied them already; then take the first one applied.
    auto first = db::Sql::scalar(TestDatabase::connection(),
                                 QStringLiteral("SELECT min(id) FROM kumiko_es_operations"));
    KUMIKO_VERIFY_OK(first);
    const QString id = applied->applied.isEmpty() ? first->toString() : applied->applied.first();
    QVERIFY(!id.isEmpty());

    ui::MigrationsPage* migrations = console.migrationsPage();
    migrations->refresh();
    QPushButton* showEvents = migrations->detail()->showEventsButton();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            migrations->select(id);
            return showEvents->isEnabled();
        }(),
        10000);
    QTest::mouseClick(showEvents, Qt::LeftButton);
    QCOMPARE(console.window()->currentSection(), ui::Section::Events);
    ui::EventsPage* events = console.eventsPage();
    QVERIFY(events->correlationNote()->isVisibleTo(events));
    QVERIFY(events->correlationNote()->text().contains(id));
    const qint64 written = TestDatabase::count(
        QStringLiteral("kumiko_events"),
        QStringLiteral("metadata ->> 'correlationId' = '%1'").arg(esops::SeedRunner::correlationIdOf(id)));
    QVERIFY(written > 0);
    QTRY_COMPARE_WITH_TIMEOUT(events->table()->model()->rowCount(), int(written), 10000);

    Q_EMIT console.window()->consistencyCheckRequested();
    ui::ConsistencyDialog* health = console.consistencyDialog();
    QVERIFY(health);
    QTRY_VERIFY_WITH_TIMEOUT(!health->isRunning(), 20000);
    // Other tests here leave bare events without rows behind, and their background work may still
    // change what is found: the hand edit is looked for by itself, a differing name in read_tenants.
    const auto handEditFound = [health] {
        const QAbstractItemModel* findings = health->table()->model();
        for (int row = 0; row < findings->rowCount(); ++row)
            if (findings->index(row, models::ConsistencyFindingModel::TableColumn).data().toString() ==
                    QLatin1String("read_tenants") &&
                findings->index(row, models::ConsistencyFindingModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("name")))
                return true;
        return false;
    };
    QVERIFY(!handEditFound());

    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("UPDATE read_tenants SET name = 'typed by hand' WHERE key = 'acme'")));
    QTest::mouseClick(health->checkAgainButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!health->isRunning() && handEditFound(), qPrintable(health->summary()->text()),
                              20000);
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("UPDATE read_tenants t SET name = e.payload ->> 'name' FROM "
                                    "kumiko_events e WHERE t.key = 'acme' AND e.aggregate_id = t.id "
                                    "AND e.type = 'tenant.created'")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
