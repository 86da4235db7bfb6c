#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "common/BuildInfo.h"
#include "db/Sql.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace kumiko;
using kumiko::test::CliProcess;
using kumiko::test::TestDatabase;

class TestCliDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void initTwiceSecondChangesNothing();
    void statusAsJson();
    void statusListsDataLocations();
    void statusEstimatesUnlessExact();
    void databaseUrlFromEnvironment();
    void malformedUrlIsAUsageErrorWithoutThePassword();
    void unreachableDatabaseExitsThree();
    void passwordInTheUrlWarns();
    void passwordFromPgpasswordOrPgpassfile();
    void unknownCommandIsAUsageError();
    void embeddedDatabaseInitTwiceThenStop();

private:
    QString m_url;
};

void TestCliDb::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_cli_db"), false);
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
}

void TestCliDb::helpAndVersion()
{
    auto help = CliProcess::run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("db init")));
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));
    QVERIFY(help.out.contains(QLatin1String("--as EMAIL")));
    QVERIFY(help.out.contains(QLatin1String("audit list")));
    auto version = CliProcess::run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("kumiko ") + BuildInfo::versionText());
    QVERIFY(BuildInfo::versionText().startsWith(QStringLiteral(KUMIKO_VERSION " (git ")));
    auto commandHelp =
        CliProcess::run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(QLatin1String("--database-url")));
}

void TestCliDb::initTwiceSecondChangesNothing()
{
    auto first = CliProcess::run(
        {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--database-url"), m_url});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("created table kumiko_events")),
             qPrintable(first.out + first.err));
    QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
    auto second = CliProcess::run({QStringLiteral("--database-url"), m_url, QStringLiteral("db"),
                                   QStringLiteral("init"), QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(second.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("changed")).toBool(true), false);
    QVERIFY(json.value(QLatin1String("createdTables")).toArray().isEmpty());
}

void TestCliDb::statusAsJson()
{
    auto status = CliProcess::run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json"),
                                   QStringLiteral("--database-url"), m_url});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QVERIFY(json.value(QLatin1String("serverVersion")).toString().startsWith(QLatin1String("15")));
    QCOMPARE(json.value(QLatin1String("database")).toString(), QStringLiteral("tst_cli_db"));
    QVERIFY(json.value(QLatin1String("schemaVersion")).toInt() >= 1);
    QCOMPARE(json.value(QLatin1String("tables")).toObject().value(QLatin1String("kumiko_events")).toInt(-1),
             0);
}

void TestCliDb::statusListsDataLocations()
{
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    const QStringList args = {QStringLiteral("db"), QStringLiteral("status"),
                              QStringLiteral("--database-url"), m_url};
    auto json = CliProcess::run(args + QStringList{QStringLiteral("--json")}, env);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject locations =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("locations")).toObject();
    // Root keeps the embedded server where the unprivileged `postgres` user can reach it.
    const bool root = ::geteuid() == 0;
    QCOMPARE(locations.value(QLatin1String("embeddedDatabase")).toString(),
             root ? QStringLiteral("/var/lib/kumiko-admin/embedded-pg")
                  : home.filePath(QStringLiteral("data/kumiko-admin/embedded-pg")));
    QCOMPARE(locations.value(QLatin1String("logs")).toString(),
             root ? QStringLiteral("/var/log/kumiko-admin")
                  : home.filePath(QStringLiteral("state/kumiko-admin")));
    QCOMPARE(locations.value(QLatin1String("settings")).toString(),
             home.filePath(QStringLiteral("config/kumiko-admin/kumiko-admin.conf")));

    env.insert(QStringLiteral("KUMIKO_EMBEDDED_DIR"), home.filePath(QStringLiteral("elsewhere")));
    auto text = CliProcess::run(args, env);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(
        text.out.contains(QStringLiteral("files:\n  embedded database  %1\n  logs               %1/log\n")
                              .arg(home.filePath(QStringLiteral("elsewhere")))),
        qPrintable(text.out));
    QVERIFY(
        text.out.contains(QStringLiteral("  settings           %1\n")
                              .arg(home.filePath(QStringLiteral("config/kumiko-admin/kumiko-admin.conf")))));
}

void TestCliDb::statusEstimatesUnlessExact()
{
    QSqlDatabase db = TestDatabase::connection();
    const auto insertTenants = [&db](int from, int to) {
        return db::Sql::run(
            db,
            QStringLiteral("INSERT INTO read_tenants (tenant_id, key, name) SELECT "
                           "gen_random_uuid(), 'estimate-' || g, 'n' FROM generate_series(?::int, ?::int) g"),
            {from, to});
    };
    const auto tenantRows = [this](const QStringList& options) {
        auto status =
            CliProcess::run(QStringList{QStringLiteral("db"), QStringLiteral("status"),
                                        QStringLiteral("--json"), QStringLiteral("--database-url"), m_url} +
                            options);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        return std::pair(
            json.value(QLatin1String("rowCounts")).toString(),
            json.value(QLatin1String("tables")).toObject().value(QLatin1String("read_tenants")).toInt(-1));
    };
    KUMIKO_VERIFY_OK(insertTenants(1, 40));
    // Never analysed: no estimate yet, so the few rows are counted.
    QCOMPARE(tenantRows({}), std::pair(QStringLiteral("estimated"), 40));
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("ANALYZE read_tenants")));
    KUMIKO_VERIFY_OK(insertTenants(41, 45));
    QCOMPARE(tenantRows({}), std::pair(QStringLiteral("estimated"), 40));
    QCOMPARE(tenantRows({QStringLiteral("--exact")}), std::pair(QStringLiteral("exact"), 45));

    // A large table never analysed is counted only up to the cap.
    KUMIKO_VERIFY_OK(
        db::Sql::run(db, QStringLiteral("ALTER TABLE read_users SET (autovacuum_enabled = false)")));
    KUMIKO_VERIFY_OK(
        db::Sql::run(db, QStringLiteral("INSERT INTO read_users (tenant_id, email, display_name) "
                                        "SELECT gen_random_uuid(), 'u' || g || '@x.test', 'U' "
                                        "FROM generate_series(1, 10001) g")));
    auto text = CliProcess::run(
        {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database-url"), m_url});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("rows (estimated")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("read_users                 more than 10000")),
             qPrintable(text.out));
    auto exact = CliProcess::run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--exact"),
                                  QStringLiteral("--database-url"), m_url});
    QVERIFY2(exact.out.contains(QLatin1String("read_users                 10001\n")), qPrintable(exact.out));
}

void TestCliDb::databaseUrlFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_DATABASE_URL"), m_url);
    auto status = CliProcess::run({QStringLiteral("db"), QStringLiteral("status")}, env);
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains(QLatin1String("database:        tst_cli_db")));
}

void TestCliDb::malformedUrlIsAUsageErrorWithoutThePassword()
{
    auto bad =
        CliProcess::run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database-url"),
                         QStringLiteral("postgresql://ada:Sup3rSecret@host:notaport/db")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("port must be a number")));
    QVERIFY(!bad.err.contains(QLatin1String("Sup3rSecret")));
    QVERIFY(!bad.out.contains(QLatin1String("Sup3rSecret")));
}

void TestCliDb::unreachableDatabaseExitsThree()
{
    QTemporaryDir emptySocketDir;
    auto down = CliProcess::run(
        {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database-url"),
         QStringLiteral("postgresql://ada:Sup3rSecret@/db?host=%1&port=5999").arg(emptySocketDir.path())});
    QCOMPARE(down.exitCode, 3);
    QVERIFY(down.err.contains(QLatin1String("[connection_failed]")));
    QVERIFY(!down.err.contains(QLatin1String("Sup3rSecret")));
}

void TestCliDb::passwordInTheUrlWarns()
{
    // The test cluster trusts local connections, so the password is not needed to connect here.
    const QString withPassword =
        QString(m_url).replace(m_url.indexOf(QLatin1Char('@')), 1, QStringLiteral(":Sup3rSecret@"));
    const QStringList status = {QStringLiteral("db"), QStringLiteral("status")};
    auto fromOption = CliProcess::run(status + QStringList{QStringLiteral("--database-url"), withPassword});
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_DATABASE_URL"), withPassword);
    auto fromEnvironment = CliProcess::run(status, env);
    for (const CliProcess::Output& warned : {fromOption, fromEnvironment}) {
        QVERIFY2(warned.exitCode == 0, qPrintable(warned.err));
        QVERIFY2(warned.err.startsWith(QLatin1String("warning: the database URL contains a password")),
                 qPrintable(warned.err));
        for (const char* suggestion : {"connection profile", "PGPASSFILE", "PGPASSWORD"})
            QVERIFY2(warned.err.contains(QLatin1String(suggestion)), suggestion);
        QVERIFY(!warned.err.contains(QLatin1String("Sup3rSecret")));
    }
    auto quiet = CliProcess::run(status + QStringList{QStringLiteral("--database-url"), m_url});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(!quiet.err.contains(QLatin1String("warning")), qPrintable(quiet.err));
}

void TestCliDb::passwordFromPgpasswordOrPgpassfile()
{
    // The cluster trusts every local connection; for one role of this test it asks for a password (the
    // first matching pg_hba.conf line wins). The server writes the file itself: it owns the data folder.
    const QSqlDatabase db = TestDatabase::connection();
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("DROP ROLE IF EXISTS kumiko_pw_probe")));
    KUMIKO_VERIFY_OK(
        db::Sql::run(db, QStringLiteral("CREATE ROLE kumiko_pw_probe LOGIN PASSWORD 'probe-Pw-42' "
                                        "IN ROLE pg_read_all_data")));
    auto hba = db::Sql::scalar(db, QStringLiteral("SELECT pg_read_file(current_setting('hba_file'))"));
    KUMIKO_VERIFY_OK(hba);
    const QString probeLine = QStringLiteral("local all kumiko_pw_probe scram-sha-256\n");
    if (!hba->toString().startsWith(probeLine)) {
        auto object =
            db::Sql::scalar(db, QStringLiteral("SELECT lo_from_bytea(0, convert_to(?, 'UTF8'))::text"),
                            {probeLine + hba->toString()});
        KUMIKO_VERIFY_OK(object);
        KUMIKO_VERIFY_OK(db::Sql::run(db,
                                      QStringLiteral("SELECT lo_export(?::oid, current_setting('hba_file'))"),
                                      {object->toString()}));
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("SELECT lo_unlink(?::oid)"), {object->toString()}));
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("SELECT pg_reload_conf()")));
    }
    db::ConnectionSettings probe = TestDatabase::clusterSettings(QStringLiteral("tst_cli_db"));
    probe.user = QStringLiteral("kumiko_pw_probe");
    const QStringList status = {QStringLiteral("db"), QStringLiteral("status"),
                                QStringLiteral("--database-url"), TestDatabase::url(probe)};
    // Refused without a password once the server has reloaded its configuration.
    QTRY_COMPARE_WITH_TIMEOUT(CliProcess::run(status).exitCode, 3, 20000);

    QProcessEnvironment password;
    password.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("probe-Pw-42"));
    auto withPassword = CliProcess::run(status, password);
    QVERIFY2(withPassword.exitCode == 0, qPrintable(withPassword.err));
    QVERIFY(!withPassword.err.contains(QLatin1String("warning")));

    QTemporaryDir dir;
    QFile passFile(dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(passFile.open(QIODevice::WriteOnly));
    QVERIFY(passFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // libpq insists
    passFile.write("*:*:*:kumiko_pw_probe:probe-Pw-42\n");
    passFile.close();
    QProcessEnvironment passFileEnv;
    passFileEnv.insert(QStringLiteral("PGPASSFILE"), passFile.fileName());
    auto withPassFile = CliProcess::run(status, passFileEnv);
    QVERIFY2(withPassFile.exitCode == 0, qPrintable(withPassFile.err));
}

void TestCliDb::unknownCommandIsAUsageError()
{
    auto unknown = CliProcess::run({QStringLiteral("db"), QStringLiteral("explode")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QLatin1String("unknown command \"db explode\"")));
    auto badOption =
        CliProcess::run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--frobnicate")});
    QCOMPARE(badOption.exitCode, 2);
}

void TestCliDb::embeddedDatabaseInitTwiceThenStop()
{
    // A short path: the Unix socket lives below it.
    const QString base = QStringLiteral("/tmp/kumiko-cli-emb-%1").arg(QCoreApplication::applicationPid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_EMBEDDED_DIR"), base);
    auto first = CliProcess::run({QStringLiteral("db"), QStringLiteral("init")}, env);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QLatin1String("created table read_users")));
    auto second = CliProcess::run({QStringLiteral("db"), QStringLiteral("init")}, env);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains(QLatin1String("nothing changed")));
    auto stop = CliProcess::run({QStringLiteral("db"), QStringLiteral("stop-embedded")}, env);
    QCOMPARE(stop.exitCode, 0);
    QVERIFY(!QFile::exists(base + QStringLiteral("/run/.s.PGSQL.5432")));
    QDir(base).removeRecursively();
}

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_cli_db.moc"
