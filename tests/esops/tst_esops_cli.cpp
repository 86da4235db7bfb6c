#include "CliProcess.h"
#include "SeedTestProject.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace kumiko;
using kumiko::test::CliProcess;
using kumiko::test::SeedTestProject;
using kumiko::test::TestDatabase;

namespace {

const QStringList kTables = {QStringLiteral("kumiko_events"), QStringLiteral("read_tenants"),
                             QStringLiteral("read_config_values"), QStringLiteral("kumiko_es_operations"),
                             QStringLiteral("kumiko_admin_seed_runs")};

QMap<QString, qint64> rowCounts()
{
    QMap<QString, qint64> counts;
    for (const QString& table : kTables)
        counts.insert(table, TestDatabase::count(table));
    return counts;
}

QJsonObject jsonOf(const CliProcess::Output& output)
{
    return QJsonDocument::fromJson(output.out.toUtf8()).object();
}

} // namespace

class TestEsopsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusCheckExitCodesAndJson();
    void applyJsonAndFailureExitCode();
    void validationErrorsExitTwo_data();
    void validationErrorsExitTwo();
    void seedNew();
    void markAppliedNeedsAReason();
    void baselineHasItsOwnState();
    void acceptRecordsTheChangedChecksum();
    void lockTimeoutExitsThreeNamingTheHolder();
    void sixProcessesApplyEachMigrationOnce();
    void demoAppliesTheDemoSeeds();

private:
    QStringList args(const QStringList& words, const SeedTestProject& project) const
    {
        return words + QStringList{QStringLiteral("--database-url"), m_url, QStringLiteral("--project"),
                                   project.path()};
    }
    QString m_url;
};

void TestEsopsCli::init()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_esops_cli"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(*settings);
}

void TestEsopsCli::statusCheckExitCodesAndJson()
{
    SeedTestProject project;
    const QByteArray original =
        SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME"}])");
    project.seed(QStringLiteral("2026-01-01-a.json"), original);
    auto empty = CliProcess::run(args({"ops", "seed:status", "--check"}, SeedTestProject()));
    QCOMPARE(empty.exitCode, 0);
    auto pending = CliProcess::run(args({"ops", "seed:status", "--check", "--json"}, project));
    QCOMPARE(pending.exitCode, 1);
    const QJsonObject status = jsonOf(pending);
    QCOMPARE(status.value("counts").toObject().value("pending").toInt(), 1);
    QCOMPARE(status.value("migrations").toArray().first().toObject().value("state").toString(),
             QStringLiteral("pending"));
    QVERIFY(status.value("migrations").toArray().first().toObject().value("appliedAt").isNull());
    QCOMPARE(CliProcess::run(args({"ops", "seed:status"}, project)).exitCode, 0);

    QCOMPARE(CliProcess::run(args({"ops", "seed:apply"}, project)).exitCode, 0);
    auto applied = CliProcess::run(args({"ops", "seed:status", "--check"}, project));
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains(QLatin1String("2026-01-01-a")) &&
                 applied.out.contains(QLatin1String("applied")),
             qPrintable(applied.out));

    project.seed(
        QStringLiteral("2026-01-01-a.json"),
        SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME Inc"}])"));
    auto modified = CliProcess::run(args({"ops", "seed:status", "--check", "--json"}, project));
    QCOMPARE(modified.exitCode, 1);
    QCOMPARE(jsonOf(modified).value("counts").toObject().value("modified").toInt(), 1);
    project.remove(QStringLiteral("2026-01-01-a.json"));
    auto missing = CliProcess::run(args({"ops", "seed:status", "--check", "--json"}, project));
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(jsonOf(missing).value("counts").toObject().value("missing").toInt(), 1);
    // Foreign (upstream) seeds are not this tool's to apply: they do not fail the check.
    project.seed(QStringLiteral("2026-01-01-a.json"), original);
    project.seed(QStringLiteral("2026-02-01-foreign.ts"), "export default {}");
    auto foreign = CliProcess::run(args({"ops", "seed:status", "--json", "--check"}, project));
    QCOMPARE(foreign.exitCode, 0);
    QCOMPARE(jsonOf(foreign).value("counts").toObject().value("foreign").toInt(), 1);
}

void TestEsopsCli::applyJsonAndFailureExitCode()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME"}])"));
    project.seed(
        QStringLiteral("2026-01-02-b.json"),
        SeedTestProject::migration(
            R"([{"op": "membership.addRoles", "email": "ghost@example.com", "tenant": "*", "roles": ["X"]}])"));
    project.seed(QStringLiteral("2026-01-03-c.json"), SeedTestProject::migration("[]"));
    auto dryRun = CliProcess::run(args({"ops", "seed:apply", "--dry-run", "--json"}, project));
    QCOMPARE(dryRun.exitCode, 1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), 0);
    const QJsonArray planned = jsonOf(dryRun).value("migrations").toArray();
    QCOMPARE(planned.size(), 2);
    QCOMPARE(planned.at(0).toObject().value("steps").toArray().at(0).toObject().value("action").toString(),
             QStringLiteral("create"));
    QCOMPARE(planned.at(1).toObject().value("error").toObject().value("code").toString(),
             QStringLiteral("not_found"));

    auto apply = CliProcess::run(args({"ops", "seed:apply", "--json"}, project));
    QCOMPARE(apply.exitCode, 1);
    const QJsonObject report = jsonOf(apply);
    QCOMPARE(report.value("applied").toArray(), QJsonArray{"2026-01-01-a"});
    QCOMPARE(report.value("skipped").toArray(), QJsonArray());
    QCOMPARE(report.value("alreadyApplied").toArray(), QJsonArray());
    QCOMPARE(report.value("notAttempted").toArray(), QJsonArray{"2026-01-03-c"});
    const QJsonObject failed = report.value("failed").toObject();
    QCOMPARE(failed.value("id").toString(), QStringLiteral("2026-01-02-b"));
    QCOMPARE(failed.value("step").toInt(-1), 0);
    QCOMPARE(failed.value("code").toString(), QStringLiteral("not_found"));
    QVERIFY(
        failed.value("message").toString().contains(QLatin1String("no user with e-mail ghost@example.com")));
    QVERIFY2(apply.err.contains(QLatin1String("2026-01-02-b")), qPrintable(apply.err));
}

void TestEsopsCli::validationErrorsExitTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed JSON") << QByteArray("{\n  \"description\": \"x\",\n  \"steps\": [,]\n}")
                                    << "2026-01-02-bad.json:3:13: invalid JSON";
    QTest::newRow("unknown op")
        << SeedTestProject::migration(R"([{"op": "tenant.delete", "key": "a"}])")
        << "2026-01-02-bad.json:1:46: steps[0].op: unknown operation \"tenant.delete\"";
    QTest::newRow("unknown member")
        << SeedTestProject::migration(
               R"([{"op": "tenant.ensure", "key": "a", "name": "A", "colour": "red"}])")
        << "2026-01-02-bad.json:1:94: steps[0].colour: unknown member";
    QTest::newRow("unknown handler")
        << SeedTestProject::migration(R"([{"op": "write", "handler": "tenant:write:nuke", "payload": {}}])")
        << "2026-01-02-bad.json:1:61: steps[0].handler: no write handler named \"tenant:write:nuke\"";
    QTest::newRow("invalid handler payload")
        << SeedTestProject::migration(
               R"([{"op": "write", "handler": "tenant:write:create", "payload": {"key": "x"}}])")
        << "2026-01-02-bad.json:1:95: steps[0].payload.name: ";
    QTest::newRow("unknown config key")
        << SeedTestProject::migration(
               R"([{"op": "config.reset", "key": "billing:config:colour", "scope": "system"}])")
        << "2026-01-02-bad.json:1:68: steps[0].key: unknown config key \"billing:config:colour\"";
    QTest::newRow("unset valueFromEnv")
        << SeedTestProject::migration(
               R"([{"op": "config.set", "key": "billing:config:invoice-prefix", "scope": "system", "valueFromEnv": "KUMIKO_TEST_NOT_SET"}])")
        << "2026-01-02-bad.json:1:125: steps[0].valueFromEnv: environment variable KUMIKO_TEST_NOT_SET is "
           "not set";
}

void TestEsopsCli::validationErrorsExitTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-good.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME"}])"));
    project.seed(QStringLiteral("2026-01-02-bad.json"), content);
    const auto before = rowCounts();
    for (const QString& verb : {QStringLiteral("seed:apply"), QStringLiteral("seed:plan")}) {
        auto run = CliProcess::run(args({"ops", verb}, project));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(rowCounts(), before);
    }
}

void TestEsopsCli::seedNew()
{
    SeedTestProject project;
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    auto created = CliProcess::run(args({"ops", "seed:new", "Fix Admin Roles"}, project));
    QCOMPARE(created.exitCode, 0);
    const QString path =
        QDir(project.path()).filePath(QStringLiteral("seeds/%1-fix-admin-roles.json").arg(today));
    QCOMPARE(created.out.trimmed(), QStringLiteral("created ") + path);
    QVERIFY(QFile::exists(path));
    // The scaffold is runnable as it is.
    QCOMPARE(CliProcess::run(args({"ops", "seed:plan"}, project)).exitCode, 0);
    auto again = CliProcess::run(args({"ops", "seed:new", "fix-admin-roles"}, project));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("exists already")), qPrintable(again.err));
    auto bad = CliProcess::run(args({"ops", "seed:new", "!!!"}, project));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("invalid_slug")), qPrintable(bad.err));
    QCOMPARE(CliProcess::run(args({"ops", "seed:new"}, project)).exitCode, 2);
}

void TestEsopsCli::markAppliedNeedsAReason()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), SeedTestProject::migration("[]"));
    QCOMPARE(CliProcess::run(args({"ops", "seed:mark-applied", "2026-01-01-a"}, project)).exitCode, 2);
    QCOMPARE(CliProcess::run(args({"ops", "seed:mark-applied", "2026-01-09-x", "--reason", "r"}, project))
                 .exitCode,
             2);
    auto marked =
        CliProcess::run(args({"ops", "seed:mark-applied", "2026-01-01-a", "--reason", "baseline"}, project));
    QCOMPARE(marked.exitCode, 0);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"), QStringLiteral("outcome = 'marked'")),
        1);
    QCOMPARE(CliProcess::run(args({"ops", "seed:mark-applied", "2026-01-01-a", "--reason", "x"}, project))
                 .exitCode,
             1);
}

void TestEsopsCli::baselineHasItsOwnState()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME"}])"));
    project.seed(
        QStringLiteral("2026-01-02-b.json"),
        SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "globex", "name": "Globex"}])"));
    QCOMPARE(CliProcess::run(args({"ops", "seed:apply", "--only", "2026-01-01-a"}, project)).exitCode, 0);
    QCOMPARE(CliProcess::run(
                 args({"ops", "seed:mark-applied", "2026-01-02-b", "--reason", "done by hand"}, project))
                 .exitCode,
             0);
    auto status = CliProcess::run(args({"ops", "seed:status", "--json", "--check"}, project));
    QCOMPARE(status.exitCode, 0); // a recorded baseline needs no attention
    const QJsonObject json = jsonOf(status);
    const QJsonArray migrations = json.value("migrations").toArray();
    QCOMPARE(migrations.at(0).toObject().value("state").toString(), QStringLiteral("applied"));
    QCOMPARE(migrations.at(1).toObject().value("state").toString(), QStringLiteral("baselined"));
    QCOMPARE(json.value("counts").toObject().value("baselined").toInt(), 1);
    QCOMPARE(json.value("counts").toObject().value("applied").toInt(), 1);
    auto text = CliProcess::run(args({"ops", "seed:status"}, project));
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("2026-01-02-b\\s+baselined"))) ||
                 text.out.contains(QRegularExpression(QStringLiteral("baselined\\s+2026-01-02-b"))),
             qPrintable(text.out));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("key = 'globex'")), 0);
}

void TestEsopsCli::acceptRecordsTheChangedChecksum()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME"}])"));
    QCOMPARE(CliProcess::run(args({"ops", "seed:apply"}, project)).exitCode, 0);
    // Unchanged: nothing to accept.
    auto unchanged = CliProcess::run(args({"ops", "seed:accept", "2026-01-01-a", "--reason", "r"}, project));
    QCOMPARE(unchanged.exitCode, 1);
    QVERIFY2(unchanged.err.contains(QLatin1String("not_modified")), qPrintable(unchanged.err));
    project.seed(
        QStringLiteral("2026-01-01-a.json"),
        SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "acme", "name": "ACME Inc"}])"));
    auto modified = CliProcess::run(args({"ops", "seed:status", "--json"}, project));
    const QJsonObject before = jsonOf(modified).value("migrations").toArray().first().toObject();
    QCOMPARE(before.value("state").toString(), QStringLiteral("modified"));
    QCOMPARE(CliProcess::run(args({"ops", "seed:accept", "2026-01-01-a"}, project)).exitCode, 2); // no reason
    QCOMPARE(CliProcess::run(args({"ops", "seed:accept", "2026-01-09-x", "--reason", "r"}, project)).exitCode,
             2);
    auto accepted = CliProcess::run(args(
        {"ops", "seed:accept", "2026-01-01-a", "--reason", "renamed after the fact", "--json"}, project));
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(jsonOf(accepted).value("accepted").toString(), QStringLiteral("2026-01-01-a"));
    auto after = CliProcess::run(args({"ops", "seed:status", "--json", "--check"}, project));
    QCOMPARE(after.exitCode, 0);
    const QJsonObject entry = jsonOf(after).value("migrations").toArray().first().toObject();
    QCOMPARE(entry.value("state").toString(), QStringLiteral("applied"));
    QCOMPARE(entry.value("checksum").toString(), before.value("currentChecksum").toString());
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                            QStringLiteral("outcome = 'accepted' AND reason = 'renamed after the fact' AND "
                                           "checksum = '%1'")
                                .arg(before.value("currentChecksum").toString())),
        1);
    // The steps did not run again: the tenant keeps its old name.
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("name = 'ACME'")), 1);
}

void TestEsopsCli::lockTimeoutExitsThreeNamingTheHolder()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), SeedTestProject::migration("[]"));
    QSqlDatabase db = TestDatabase::connection();
    QVERIFY(db.transaction());
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(1702063984)")));
    const QString pid = db::Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()"))->toString();
    auto run = CliProcess::run(args({"ops", "seed:apply", "--lock-timeout", "0.3"}, project));
    QVERIFY(db.commit());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("lock_timeout")) &&
                 run.err.contains(QStringLiteral("pid ") + pid),
             qPrintable(run.err));
    QCOMPARE(CliProcess::run(args({"ops", "seed:apply"}, project)).exitCode, 0);
}

void TestEsopsCli::sixProcessesApplyEachMigrationOnce()
{
    SeedTestProject project;
    // A `write` step is not idempotent: running a migration twice would append a second event.
    for (int i = 1; i <= 20; ++i)
        project.seed(
            QStringLiteral("2026-03-%1-m.json").arg(i, 2, 10, QLatin1Char('0')),
            SeedTestProject::migration(QStringLiteral(R"([{"op": "write", "handler": "config:write:set",
                         "payload": {"key": "billing:config:invoice-prefix", "scope": "system", "value": "P%1-"}}])")
                                           .arg(i)
                                           .toUtf8()));
    KUMIKO_VERIFY_OK(db::SchemaBootstrap::run(TestDatabase::connection()));
    QList<QProcess*> processes;
    for (int i = 0; i < 6; ++i) {
        auto* process = new QProcess(this);
        process->start(CliProcess::binary(), args({"ops", "seed:apply", "--json"}, project));
        processes.append(process);
    }
    QSet<QString> applied;
    int alreadyApplied = 0;
    for (QProcess* process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        QVERIFY(report.value("failed").isNull());
        for (const QJsonValue& id : report.value("applied").toArray()) {
            QVERIFY2(!applied.contains(id.toString()), qPrintable(id.toString()));
            applied.insert(id.toString());
        }
        alreadyApplied += report.value("alreadyApplied").toArray().size();
        delete process;
    }
    QCOMPARE(applied.size(), 20);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations")), 20);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), 20);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"), QStringLiteral("outcome = 'applied'")),
        20);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("outcome = 'already-applied'")),
             alreadyApplied);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"), QStringLiteral("value = '\"P20-\"'")),
             1);
}

void TestEsopsCli::demoAppliesTheDemoSeeds()
{
    const QString demo = qEnvironmentVariable("KUMIKO_SOURCE_DIR") + QStringLiteral("/resources/demo");
    const QStringList demoArgs{QStringLiteral("demo"), QStringLiteral("--database-url"), m_url,
                               QStringLiteral("--project"), demo};
    auto first = CliProcess::run(demoArgs);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("applied          2026-05-20-fix-admin-roles")),
             qPrintable(first.out));
    QVERIFY2(first.out.contains(QLatin1String("4 applied")), qPrintable(first.out));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenant_memberships"),
                                 QStringLiteral("roles LIKE '%TenantAdmin%'")),
             2);
    auto second = CliProcess::run(demoArgs);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("nothing to apply")), qPrintable(second.out));
}

QTEST_GUILESS_MAIN(TestEsopsCli)
#include "tst_esops_cli.moc"
