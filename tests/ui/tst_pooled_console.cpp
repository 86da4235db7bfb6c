// The console through PgBouncer in transaction pooling mode (issue 17, item 6): the pooler is detected
// as `db status` detects it, the console does not LISTEN (the pooler hands the server session to others
// after each transaction), its poll sees the writes of others instead, and the status bar says so.
// PgBouncer is started by the test on a Unix socket in a private folder, in front of the test cluster.
#include "ConsoleController.h"
#include "ConsoleDriver.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/ConnectionProbe.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <pwd.h>
#include <unistd.h>

using namespace kumiko;
using namespace std::chrono_literals;
using kumiko::test::TestDatabase;

namespace {

const QString kDatabase = QStringLiteral("tst_pooled_console");
constexpr int kBouncerPort = 6432; // the socket's name in the private folder; no TCP port is opened

} // namespace

class TestPooledConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void detectsThePoolerAsDbStatusDoes();
    void consolePollsInsteadOfListeningAndSaysSo();

private:
    void startBouncer();

    db::ConnectionSettings m_direct;
    db::ConnectionSettings m_pooled;
    QTemporaryDir m_bouncerDir;
    QProcess m_bouncer;
    ui::LanguageManager m_language;
};

void TestPooledConsole::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QSettings().clear();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    if (QStandardPaths::findExecutable(QStringLiteral("pgbouncer")).isEmpty())
        QSKIP("PgBouncer is not installed (Debian package pgbouncer; scripts/reliability installs it)");
    auto settings = TestDatabase::create(kDatabase);
    KUMIKO_VERIFY_OK(settings);
    m_direct = settings.value();
    m_pooled = m_direct;
    m_pooled.host = m_bouncerDir.path();
    m_pooled.port = kBouncerPort;
    startBouncer();
}

void TestPooledConsole::cleanupTestCase()
{
    m_bouncer.terminate();
    m_bouncer.waitForFinished(10000);
}

void TestPooledConsole::startBouncer()
{
    QVERIFY(m_bouncerDir.isValid());
    const QString dir = m_bouncerDir.path();
    QFile users(dir + QStringLiteral("/users.txt"));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("\"postgres\" \"\"\n");
    users.close();
    QFile ini(dir + QStringLiteral("/pgbouncer.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write(QStringLiteral("[databases]\n"
                             "%1 = host=%2 port=%3 dbname=%1\n"
                             "[pgbouncer]\n"
                             "listen_addr =\n"
                             "listen_port = %4\n"
                             "unix_socket_dir = %5\n"
                             "auth_type = trust\n"
                             "auth_file = %5/users.txt\n"
                             "pool_mode = transaction\n"
                             "default_pool_size = 4\n"
                             "logfile = %5/pgbouncer.log\n")
                  .arg(kDatabase, m_direct.host)
                  .arg(m_direct.port)
                  .arg(kBouncerPort)
                  .arg(dir)
                  .toUtf8());
    ini.close();
    QStringList command{QStringLiteral("pgbouncer"), ini.fileName()};
    // PgBouncer refuses to run as root: like the test cluster, it runs as the postgres user then.
    if (::geteuid() == 0) {
        const passwd* postgres = ::getpwnam("postgres");
        QVERIFY2(postgres, "running as root, but there is no user 'postgres' to run PgBouncer as");
        for (const QString& path : {dir, users.fileName(), ini.fileName()})
            QVERIFY(::chown(QFile::encodeName(path).constData(), postgres->pw_uid, postgres->pw_gid) == 0);
        command =
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
        command.prepend(QStringLiteral("runuser"));
    }
    m_bouncer.setProcessChannelMode(QProcess::ForwardedChannels);
    m_bouncer.start(command.takeFirst(), command);
    QVERIFY(m_bouncer.waitForStarted());
    const QString socket = QStringLiteral("%1/.s.PGSQL.%2").arg(dir).arg(kBouncerPort);
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(socket) || m_bouncer.state() == QProcess::NotRunning,
                              "PgBouncer did not open its socket", 20000);
    QVERIFY2(m_bouncer.state() == QProcess::Running, "PgBouncer ended at once (see its log in the test dir)");
}

void TestPooledConsole::detectsThePoolerAsDbStatusDoes()
{
    const QString name = QStringLiteral("tst-pooled");
    {
        auto pooled = db::ThreadConnection::openNamed(name, m_pooled);
        KUMIKO_VERIFY_OK(pooled);
        auto through = db::ConnectionProbe::inspectSession(pooled.value(), m_pooled);
        KUMIKO_VERIFY_OK(through);
        QVERIFY(through->transactionPooling);
        QCOMPARE(through->databaseName, kDatabase);
        pooled.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    auto direct = db::ConnectionProbe::inspectSession(TestDatabase::connection(), m_direct);
    KUMIKO_VERIFY_OK(direct);
    QVERIFY(!direct->transactionPooling);
}

void TestPooledConsole::consolePollsInsteadOfListeningAndSaysSo()
{
    QTemporaryDir project;
    QVERIFY(test::ConsoleDriver::copyProject(QStringLiteral(KUMIKO_DEMO_PROJECT), project.path()));
    ui::ConsoleController console({TestDatabase::url(m_pooled), project.path()}, m_language);
    console.connectionMonitor().setPollInterval(200ms);
    QSignalSpy ready(&console, &ui::ConsoleController::databaseReady);
    QSignalSpy listening(&console.listener(), &db::DatabaseListener::listeningChanged);
    QSignalSpy seen(&console.connectionMonitor(), &db::ConnectionMonitor::changeSeen);
    console.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
    QVERIFY(ready.first().first().value<db::ConnectionProbe::Report>().transactionPooling);

    QLabel* note = console.window()->refreshNoteLabel();
    QVERIFY(note->isVisibleTo(console.window()));
    QCOMPARE(note->text(), QStringLiteral("Live refresh polls every 1 s"));
    QVERIFY2(note->toolTip().contains(QLatin1String("LISTEN needs a database session")),
             qPrintable(note->toolTip()));

    // Another writer's event (straight to the server, as a Kumiko server would) reaches the console by
    // the poll through the pooler; the listener never started.
    QTRY_VERIFY_WITH_TIMEOUT(
        db::Sql::run(
            TestDatabase::connection(),
            QStringLiteral("INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, "
                           "type, payload, metadata, created_by) VALUES (gen_random_uuid(), 'tenant', "
                           "gen_random_uuid(), 1, 'tenant.created', '{}', '{}', 'test')"))
                .ok() &&
            !seen.isEmpty(),
        20000);
    QCOMPARE(seen.first().first().toString(), db::DatabaseListener::eventsChannel());
    QVERIFY(listening.isEmpty());
    QCOMPARE(console.connectionMonitor().state(), db::ConnectionMonitor::State::Connected);
}

QTEST_MAIN(TestPooledConsole)
#include "tst_pooled_console.moc"
