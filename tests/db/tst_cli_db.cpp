#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

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
    void databaseUrlFromEnvironment();
    void malformedUrlIsAUsageErrorWithoutThePassword();
    void unreachableDatabaseExitsThree();
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
    auto version = CliProcess::run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("kumiko " KUMIKO_VERSION));
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
