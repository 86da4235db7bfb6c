#include "SeedTestProject.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "esops/SeedCatalog.h"
#include "esops/SeedLedger.h"
#include "esops/SeedRunner.h"
#include "esops/SkipRules.h"

#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent>
#include <QtTest>

using namespace kumiko;
using namespace kumiko::esops;
using kumiko::test::SeedTestProject;
using kumiko::test::TestDatabase;
using nlohmann::json;

namespace {

const domain::Actor kSeeder = domain::Actor::systemAdmin();
const QByteArray kTenants = SeedTestProject::tenants();
const QByteArray kAdmin = SeedTestProject::admin();
const QByteArray kFixRoles = SeedTestProject::fixRoles();
const QByteArray kConfig = SeedTestProject::raiseUploadLimit();

const QStringList kTables = {QStringLiteral("kumiko_events"),
                             QStringLiteral("read_tenants"),
                             QStringLiteral("read_users"),
                             QStringLiteral("read_tenant_memberships"),
                             QStringLiteral("read_config_values"),
                             QStringLiteral("kumiko_es_operations"),
                             QStringLiteral("kumiko_admin_seed_runs")};

QMap<QString, qint64> rowCounts()
{
    QMap<QString, qint64> counts;
    for (const QString& table : kTables)
        counts.insert(table, TestDatabase::count(table));
    return counts;
}

// Replaces uuids by their order of first appearance and drops timestamps, so a plan's events compare
// with the events a later apply writes (new aggregates get new random ids; rows get new times).
json normalised(const json& events)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString text = QString::fromStdString(events.dump());
    QStringList seen;
    QString result;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (!seen.contains(match.captured()))
            seen.append(match.captured());
        result += text.mid(last, match.capturedStart() - last) +
                  QStringLiteral("<id-%1>").arg(seen.indexOf(match.captured()));
        last = match.capturedEnd();
    }
    result += text.mid(last);
    json out = json::parse(result.toStdString());
    for (json& event : out) {
        if (event["payload"].contains("previous")) {
            event["payload"]["previous"].erase("insertedAt");
            event["payload"]["previous"].erase("modifiedAt");
        }
    }
    return out;
}

json storedEventsAfter(qint64 id)
{
    auto rows =
        db::Sql::exec(TestDatabase::connection(),
                      QStringLiteral("SELECT type, aggregate_id::text, tenant_id::text, payload::text FROM "
                                     "kumiko_events WHERE id > ? ORDER BY id"),
                      {id});
    json events = json::array();
    while (rows->next())
        events.push_back({{"type", rows->value(0).toString().toStdString()},
                          {"aggregateId", rows->value(1).toString().toStdString()},
                          {"tenantId", rows->value(2).toString().toStdString()},
                          {"payload", json::parse(rows->value(3).toString().toStdString())}});
    return events;
}

qint64 lastEventId()
{
    return db::Sql::scalar(TestDatabase::connection(),
                           QStringLiteral("SELECT COALESCE(max(id), 0) FROM kumiko_events"))
        ->toLongLong();
}

ApplyOptions optionsWith(const QString& to, const QString& only, int lockTimeoutMs = 30000)
{
    ApplyOptions options;
    options.to = to;
    options.only = only;
    options.lockTimeoutMs = lockTimeoutMs;
    return options;
}

} // namespace

class TestEsopsRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appliesInOrderWithMarkersAndAttempts();
    void stepOpsAreIdempotent();
    void failingThirdStepLeavesNothingAndStops();
    void statesModifiedMissingOutOfOrderForeignSkipped();
    void foreignPendingStopsTheRunBeforeIt();
    void skipFlags();
    void globalSkipDoesNothing();
    void planWritesNothingAndMatchesApply();
    void planOnADatabaseWithoutTablesCreatesNone();
    void validationRunsBeforeAnything_data();
    void validationRunsBeforeAnything();
    void waitsForTheLockAndTimesOutNamingTheHolder();
    void progressAndCancel();
    void markApplied();
    void toAndOnly();
    void previewCountsStepsAndEventsAndWritesNothing();
    void acceptRecordsTheNewChecksum();

private:
    int m_database = 0;
};

void TestEsopsRunner::init()
{
    // A fresh database per test: each one starts from an empty ledger.
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_esops_runner_%1").arg(m_database++ % 2)));
}

void TestEsopsRunner::appliesInOrderWithMarkersAndAttempts()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-03-fix-roles.json"), kFixRoles);
    project.seed(QStringLiteral("2026-01-04-config.json"), kConfig);
    auto report = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(report);
    QCOMPARE(report->applied, (QStringList{"2026-01-01-tenants", "2026-01-02-admin", "2026-01-03-fix-roles",
                                           "2026-01-04-config"}));
    QVERIFY(!report->failed);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_es_operations"),
                            QStringLiteral("operation_type = 'seed-migration' AND applied_by = 'cli' AND "
                                           "notes = 'test migration' AND duration_ms >= 0")),
        4);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("outcome = 'applied' AND checksum IS NOT NULL AND "
                                                "database_user = current_user AND host_name IS NOT NULL")),
             4);
    QCOMPARE(
        TestDatabase::count(
            QStringLiteral("kumiko_admin_seed_runs"),
            QStringLiteral("id = '2026-01-02-admin' AND events_written = 4")), // verified: created + updated
        1);
    // "*" expanded to both memberships.
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenant_memberships"),
                                 QStringLiteral("roles = '[\"Member\",\"TenantAdmin\"]'")),
             2);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_users"),
                                 QStringLiteral("email = 'admin@example.com' AND email_verified AND roles = "
                                                "'[\"SystemAdmin\"]'")),
             1);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("read_config_values"),
                            QStringLiteral("key = 'billing:config:max-upload-size-mb' AND value = '50'")),
        1);
    // Every event of one migration carries that migration's correlation id, and only its events do.
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("(SELECT DISTINCT metadata ->> 'correlationId' FROM kumiko_events) c")),
             4);
    for (const QString& id : report->applied) {
        const QString correlation = SeedRunner::correlationIdOf(id);
        QVERIFY(!QUuid::fromString(correlation).isNull());
        auto written = db::Sql::scalar(TestDatabase::connection(),
                                       QStringLiteral("SELECT events_written FROM kumiko_admin_seed_runs "
                                                      "WHERE id = ? AND outcome = 'applied'"),
                                       {id});
        KUMIKO_VERIFY_OK(written);
        QVERIFY(written->toLongLong() > 0);
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                     QStringLiteral("metadata ->> 'correlationId' = '%1'").arg(correlation)),
                 written->toLongLong());
    }
    QVERIFY(SeedRunner::correlationIdOf(QStringLiteral("2026-01-01-tenants")) !=
            SeedRunner::correlationIdOf(QStringLiteral("2026-01-02-admin")));
    auto again = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(again);
    QVERIFY(again->applied.isEmpty() && again->outcomes.isEmpty());
}

void TestEsopsRunner::stepOpsAreIdempotent()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    project.seed(QStringLiteral("2026-01-03-fix-roles.json"), kFixRoles);
    project.seed(QStringLiteral("2026-01-04-config.json"), kConfig);
    KUMIKO_VERIFY_OK(SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder));
    // The same steps again, as one new migration: every step finds its work done.
    project.seed(QStringLiteral("2026-02-01-again.json"), SeedTestProject::migration(R"([
    {"op": "tenant.ensure", "key": "acme", "name": "ACME"},
    {"op": "user.ensure", "email": "admin@example.com", "displayName": "Someone Else"},
    {"op": "membership.ensure", "email": "admin@example.com", "tenant": "acme", "roles": ["Other"]},
    {"op": "membership.addRoles", "email": "admin@example.com", "tenant": "*", "roles": ["TenantAdmin"]},
    {"op": "membership.removeRoles", "email": "admin@example.com", "tenant": "acme", "roles": ["NotThere"]},
    {"op": "config.set", "key": "billing:config:max-upload-size-mb", "scope": "tenant", "tenant": "acme", "value": 50.0},
    {"op": "config.reset", "key": "billing:config:max-upload-size-mb", "scope": "tenant", "tenant": "globex"}])"));
    auto plan = SeedRunner(project.path(), {}).plan(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(plan);
    QCOMPARE(plan->migrations.size(), 1);
    QCOMPARE(plan->migrations.first().steps.size(), 7);
    for (const StepReport& step : plan->migrations.first().steps) {
        QCOMPARE(StepReport::actionName(step.action), QStringLiteral("unchanged"));
        QVERIFY(step.events.empty());
    }
    // Changes: rename, remove a role, change and reset a value.
    project.seed(QStringLiteral("2026-02-02-change.json"), SeedTestProject::migration(R"([
    {"op": "tenant.ensure", "key": "acme", "name": "ACME Corp", "enabled": false},
    {"op": "membership.removeRoles", "email": "admin@example.com", "tenant": "acme", "roles": ["Member"]},
    {"op": "config.set", "key": "billing:config:max-upload-size-mb", "scope": "tenant", "tenant": "acme", "value": 60},
    {"op": "config.reset", "key": "billing:config:max-upload-size-mb", "scope": "tenant", "tenant": "acme"},
    {"op": "write", "handler": "config:write:set", "payload": {"key": "billing:config:invoice-prefix", "scope": "system", "value": "A-"}}])"));
    auto change =
        SeedRunner(project.path(), {})
            .plan(TestDatabase::connection(), kSeeder, optionsWith({}, QStringLiteral("2026-02-02-change")));
    KUMIKO_VERIFY_OK(change);
    QStringList actions;
    QStringList types;
    for (const StepReport& step : change->migrations.first().steps) {
        actions << StepReport::actionName(step.action);
        for (const es::StoredEvent& event : step.events)
            types << event.type;
    }
    QCOMPARE(actions, (QStringList{"update", "update", "update", "delete", "write"}));
    QCOMPARE(types, (QStringList{"tenant.updated", "tenant.updated", "tenant-membership.updated",
                                 "config-value.updated", "config-value.deleted", "config-value.created"}));
}

void TestEsopsRunner::failingThirdStepLeavesNothingAndStops()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    const QByteArray broken = SeedTestProject::migration(R"([
    {"op": "tenant.ensure", "key": "beta", "name": "Beta"},
    {"op": "user.ensure", "email": "bob@example.com", "displayName": "Bob"},
    {"op": "membership.ensure", "email": "bob@example.com", "tenant": "nope", "roles": ["Member"]}])");
    project.seed(QStringLiteral("2026-01-02-bob.json"), broken);
    project.seed(QStringLiteral("2026-01-03-later.json"), kConfig);
    project.seed(QStringLiteral("2026-01-04-last.json"), kConfig);
    auto report = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(report);
    QCOMPARE(report->applied, QStringList{"2026-01-01-tenants"});
    QVERIFY(report->failed);
    QCOMPARE(report->failed->id, QStringLiteral("2026-01-02-bob"));
    QCOMPARE(report->failed->step, std::optional<int>(2));
    QCOMPARE(report->failed->error.code, ErrorCode::NotFound);
    QVERIFY2(report->failed->error.message.contains(
                 QLatin1String("steps[2] (membership.ensure): no tenant with key \"nope\"")),
             qPrintable(report->failed->error.message));
    QCOMPARE(report->notAttempted, (QStringList{"2026-01-03-later", "2026-01-04-last"}));
    const json applyJson = report->toJson();
    QCOMPARE(applyJson["failed"]["step"], json(2));
    QCOMPARE(applyJson["notAttempted"].size(), 2u);
    // Steps one and two left no trace.
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), 2);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("key = 'beta'")), 0);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_users")), 0);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_es_operations"), QStringLiteral("id = '2026-01-02-bob'")),
        0);
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_admin_seed_runs"),
                 QStringLiteral("id = '2026-01-02-bob' AND outcome = 'failed' AND failed_step = 2 AND "
                                "error_code = 'not_found' AND events_written = 0")),
             1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("id LIKE '2026-01-0_-la%'")),
             0);
    auto status = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    KUMIKO_VERIFY_OK(status);
    QCOMPARE(status->find(QStringLiteral("2026-01-02-bob"))->state, MigrationState::Failed);
    QCOMPARE(status->find(QStringLiteral("2026-01-03-later"))->state, MigrationState::Pending);

    // Fixed file: the re-run applies it and the rest; failed → applied.
    project.seed(QStringLiteral("2026-01-02-bob.json"), QByteArray(broken).replace("\"nope\"", "\"beta\""));
    auto rerun = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(rerun);
    QCOMPARE(rerun->applied, (QStringList{"2026-01-02-bob", "2026-01-03-later", "2026-01-04-last"}));
    auto after = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    QCOMPARE(after->find(QStringLiteral("2026-01-02-bob"))->state, MigrationState::Applied);
    QCOMPARE(after->counts().value(MigrationState::Applied), 4);
    auto attempts = SeedLedger::attempts(TestDatabase::connection(), QStringLiteral("2026-01-02-bob"));
    KUMIKO_VERIFY_OK(attempts);
    QCOMPARE(attempts->size(), 2);
    QCOMPARE(attempts->at(0).outcome, QStringLiteral("failed"));
    QCOMPARE(attempts->at(1).outcome, QStringLiteral("applied"));
    QCOMPARE(attempts->at(1).eventsWritten, 3);
}

void TestEsopsRunner::statesModifiedMissingOutOfOrderForeignSkipped()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants);
    project.seed(QStringLiteral("2026-01-03-c.json"), kConfig);
    KUMIKO_VERIFY_OK(SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder));
    auto clean = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    KUMIKO_VERIFY_OK(clean);
    QVERIFY(!clean->needsAttention());

    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants + "\n");
    project.remove(QStringLiteral("2026-01-03-c.json"));
    project.seed(QStringLiteral("2026-01-02-b.json"), kConfig);
    project.seed(QStringLiteral("2026-01-04-d.ts"), "export default {}");
    project.seed(QStringLiteral("2026-01-05-e.json"),
                 SeedTestProject::migration("[]", "\"skippable\": true, "));
    project.seed(QStringLiteral("2026-01-06-f.json"), SeedTestProject::migration("[]"));
    QProcessEnvironment env;
    env.insert(SkipRules::variableFor(QStringLiteral("2026-01-05-e")), QStringLiteral("1"));
    auto catalog = SeedCatalog::load(project.path(), TestDatabase::connection(), env);
    KUMIKO_VERIFY_OK(catalog);
    QStringList states;
    for (const MigrationStatus& status : catalog->migrations())
        states << status.id + QLatin1Char('=') + SeedCatalog::stateName(status.state);
    QCOMPARE(states,
             (QStringList{"2026-01-01-a=modified", "2026-01-02-b=out-of-order", "2026-01-03-c=missing",
                          "2026-01-04-d=foreign", "2026-01-05-e=skipped", "2026-01-06-f=pending"}));
    QVERIFY(catalog->needsAttention());
    const json document = catalog->toJson();
    QCOMPARE(document["counts"]["modified"], json(1));
    QCOMPARE(document["counts"]["applied"], json(0));
    const json& modified = document["migrations"][0];
    QVERIFY(modified["checksum"] != modified["currentChecksum"]);
    QCOMPARE(modified["appliedBy"], json("cli"));
    QVERIFY(document["migrations"][2]["currentChecksum"].is_null());
    for (const char* member : {"id", "state", "description", "appliedAt", "appliedBy", "durationMs",
                               "checksum", "currentChecksum"})
        QVERIFY2(modified.contains(member), member);
}

void TestEsopsRunner::foreignPendingStopsTheRunBeforeIt()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-upstream.ts"), "export default {}");
    project.seed(QStringLiteral("2026-01-03-c.json"), kConfig);
    auto report = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(report);
    QCOMPARE(report->applied, QStringList{"2026-01-01-a"});
    QCOMPARE(report->failed->id, QStringLiteral("2026-01-02-upstream"));
    QCOMPARE(report->failed->error.code, ErrorCode::ForeignMigration);
    QVERIFY(!report->failed->step);
    QCOMPARE(report->notAttempted, QStringList{"2026-01-03-c"});
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("id LIKE '2026-01-02%'")),
             0);
}

void TestEsopsRunner::skipFlags()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-skippable.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "s", "name": "S"}])",
                                            "\"skippable\": true, "));
    project.seed(QStringLiteral("2026-01-02-flag-says-true.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "t", "name": "T"}])",
                                            "\"skippable\": true, "));
    project.seed(QStringLiteral("2026-01-03-not-skippable.json"),
                 SeedTestProject::migration(R"([{"op": "tenant.ensure", "key": "u", "name": "U"}])"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SKIP_ES_OPS_2026_01_01_SKIPPABLE"), QStringLiteral("1"));
    env.insert(QStringLiteral("KUMIKO_SKIP_ES_OPS_2026_01_02_FLAG_SAYS_TRUE"), QStringLiteral("true"));
    env.insert(QStringLiteral("KUMIKO_SKIP_ES_OPS_2026_01_03_NOT_SKIPPABLE"), QStringLiteral("1"));
    auto report = SeedRunner(project.path(), env).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(report);
    QCOMPARE(report->skipped, QStringList{"2026-01-01-skippable"});
    QCOMPARE(report->applied, (QStringList{"2026-01-02-flag-says-true", "2026-01-03-not-skippable"}));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("key = 's'")), 0);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations"),
                                 QStringLiteral("id = '2026-01-01-skippable'")),
             0);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("id = '2026-01-01-skippable' AND outcome = 'skipped'")),
             1);
    // Without the flag it runs.
    auto later = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    QCOMPARE(later->applied, QStringList{"2026-01-01-skippable"});
}

void TestEsopsRunner::globalSkipDoesNothing()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants);
    for (const char* value : {"true", "yes", "0"}) {
        QProcessEnvironment notExactlyOne;
        notExactlyOne.insert(QStringLiteral("KUMIKO_SKIP_ES_OPS"), QString::fromLatin1(value));
        auto plan = SeedRunner(project.path(), notExactlyOne).plan(TestDatabase::connection(), kSeeder);
        KUMIKO_VERIFY_OK(plan);
        QCOMPARE(plan->migrations.size(), 1);
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SKIP_ES_OPS"), QStringLiteral("1"));
    const auto before = rowCounts();
    auto report = SeedRunner(project.path(), env).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(report);
    QVERIFY(report->globallySkipped);
    QVERIFY(report->applied.isEmpty());
    QCOMPARE(rowCounts(), before);
}

void TestEsopsRunner::planWritesNothingAndMatchesApply()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    project.seed(QStringLiteral("2026-01-03-fix-roles.json"), kFixRoles);
    project.seed(QStringLiteral("2026-01-04-config.json"), kConfig);
    const auto before = rowCounts();
    auto plan = SeedRunner(project.path(), {}).plan(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(plan);
    QCOMPARE(rowCounts(), before);
    QVERIFY(!plan->failure());
    const json planJson = plan->toJson();
    QCOMPARE(planJson["migrations"].size(), 4u);
    QCOMPARE(planJson["migrations"][2]["steps"][0]["action"], json("update"));
    json planned = json::array();
    for (const json& migration : planJson["migrations"])
        for (const json& step : migration["steps"])
            for (const json& event : step["events"])
                planned.push_back(event);
    QCOMPARE(planned.size(), 9u); // the verified admin is user.created, then user.updated

    const qint64 mark = lastEventId();
    auto report = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(report);
    QCOMPARE(report->applied.size(), 4);
    const json written = storedEventsAfter(mark);
    QCOMPARE(written.size(), planned.size());
    QCOMPARE(QString::fromStdString(normalised(planned).dump()),
             QString::fromStdString(normalised(written).dump()));
}

void TestEsopsRunner::planOnADatabaseWithoutTablesCreatesNone()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_esops_runner_empty"), false));
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-04-config.json"), kConfig);
    auto plan = SeedRunner(project.path(), {}).plan(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(plan);
    QVERIFY(!plan->failure());
    const json planJson = plan->toJson();
    QCOMPARE(planJson["migrations"].size(), 2u);
    QCOMPARE(planJson["migrations"][0]["steps"][0]["action"], json("create"));
    QCOMPARE(planJson["migrations"][1]["steps"][0]["action"], json("create"));
    auto tables =
        db::Sql::scalar(TestDatabase::connection(),
                        QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    KUMIKO_VERIFY_OK(tables);
    QCOMPARE(tables->toInt(), 0);
}

void TestEsopsRunner::validationRunsBeforeAnything_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown handler")
        << SeedTestProject::migration(
               R"([{"op": "write", "handler": "tenant:write:explode", "payload": {}}])")
        << "unknown_handler"
        << "2026-01-02-bad.json:1:61: steps[0].handler: no write handler named \"tenant:write:explode\"";
    QTest::newRow("invalid handler payload")
        << SeedTestProject::migration(
               R"([{"op": "write", "handler": "tenant:write:create", "payload": {"key": "x"}}])")
        << "invalid_payload"
        << "2026-01-02-bad.json:1:95: steps[0].payload.name: ";
    QTest::newRow("unknown config key")
        << SeedTestProject::migration(
               R"([{"op": "config.set", "key": "billing:config:nope", "scope": "system", "value": 1}])")
        << "unknown_config_key"
        << "2026-01-02-bad.json:1:66: steps[0].key: unknown config key \"billing:config:nope\"";
    QTest::newRow("value out of bounds")
        << SeedTestProject::migration(
               R"([{"op": "tenant.ensure", "key": "x", "name": "X"}, {"op": "config.set", "key": "billing:config:max-upload-size-mb", "scope": "system", "value": 5000}])")
        << "invalid_value"
        << "2026-01-02-bad.json:1:179: steps[1].value: ";
    QTest::newRow("unset valueFromEnv")
        << SeedTestProject::migration(
               R"([{"op": "config.set", "key": "billing:config:invoice-prefix", "scope": "system", "valueFromEnv": "KUMIKO_TEST_UNSET_PREFIX"}])")
        << "env_not_set"
        << "2026-01-02-bad.json:1:125: steps[0].valueFromEnv: environment variable KUMIKO_TEST_UNSET_PREFIX "
           "is not "
           "set";
    QTest::newRow("malformed JSON") << QByteArray("{\"description\": \"x\", \"steps\": [}") << "invalid_json"
                                    << "2026-01-02-bad.json:1:32: invalid JSON";
    QTest::newRow("unknown op") << SeedTestProject::migration(R"([{"op": "user.delete"}])") << "invalid_seed"
                                << "2026-01-02-bad.json:1:46: steps[0].op: unknown operation \"user.delete\"";
}

void TestEsopsRunner::validationRunsBeforeAnything()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, message);
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-good.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-bad.json"), content);
    KUMIKO_VERIFY_OK(db::SchemaBootstrap::run(TestDatabase::connection()));
    const auto before = rowCounts();
    for (bool planning : {false, true}) {
        const Error error =
            planning ? SeedRunner(project.path(), {}).plan(TestDatabase::connection(), kSeeder).error()
                     : SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder).error();
        QCOMPARE(error.codeName(), code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        QCOMPARE(rowCounts(), before);
    }
}

void TestEsopsRunner::waitsForTheLockAndTimesOutNamingTheHolder()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants);
    KUMIKO_VERIFY_OK(db::SchemaBootstrap::run(TestDatabase::connection()));
    db::ConnectionSettings holderSettings = db::ThreadConnection::settings();
    holderSettings.applicationName = QStringLiteral("lock-holder-test");
    {
        auto holder = db::ThreadConnection::openNamed(QStringLiteral("lock-holder"), holderSettings);
        KUMIKO_VERIFY_OK(holder);
        QVERIFY(holder->transaction());
        KUMIKO_VERIFY_OK(db::Sql::run(*holder, QStringLiteral("SELECT pg_advisory_xact_lock(1702063984)")));
        const qint64 holderPid =
            db::Sql::scalar(*holder, QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();

        // A short timeout gives up and names the holder.
        auto timedOut = SeedRunner(project.path(), {})
                            .apply(TestDatabase::connection(), kSeeder, optionsWith({}, {}, 200));
        KUMIKO_VERIFY_OK(timedOut);
        QVERIFY(timedOut->failed);
        QCOMPARE(timedOut->failed->error.code, ErrorCode::LockTimeout);
        QVERIFY2(timedOut->failed->error.message.contains(
                     QStringLiteral("pid %1 (application_name \"lock-holder-test\", since ").arg(holderPid)),
                 qPrintable(timedOut->failed->error.message));
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                     QStringLiteral("outcome = 'failed' AND error_code = 'lock_timeout'")),
                 1);

        // The default timeout waits: the runner's backend queues behind the holder until it commits.
        QFuture<Result<ApplyReport>> waiting = QtConcurrent::run([path = project.path()] {
            auto report = SeedRunner(path, {}).apply(TestDatabase::connection(), kSeeder);
            db::ThreadConnection::closeThisThread();
            return report;
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            db::Sql::scalar(*holder,
                            QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                           "objid = 1702063984 AND NOT granted"))
                    ->toInt() == 1,
            20000);
        QVERIFY(!waiting.isFinished());
        QVERIFY(holder->commit());
        waiting.waitForFinished();
        KUMIKO_VERIFY_OK(waiting.result());
        QCOMPARE(waiting.result()->applied, QStringList{"2026-01-01-a"});
        holder->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
}

void TestEsopsRunner::progressAndCancel()
{
    SeedTestProject project;
    for (int i = 1; i <= 4; ++i)
        project.seed(QStringLiteral("2026-01-0%1-m.json").arg(i), SeedTestProject::migration("[]"));
    std::atomic<bool> cancel = false;
    QList<ApplyProgress> seen;
    ApplyOptions options;
    options.appliedBy = QStringLiteral("admin@example.com");
    options.cancel = &cancel;
    options.progress = [&](const ApplyProgress& progress) {
        seen.append(progress);
        if (progress.index == 2)
            cancel = true;
    };
    auto report = SeedRunner(project.path(), {}).apply(TestDatabase::connection(), kSeeder, options);
    KUMIKO_VERIFY_OK(report);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).index, 1);
    QCOMPARE(seen.at(0).total, 4);
    QCOMPARE(seen.at(1).id, QStringLiteral("2026-01-02-m"));
    QVERIFY(report->cancelled);
    QCOMPARE(report->applied, (QStringList{"2026-01-01-m", "2026-01-02-m"}));
    QCOMPARE(report->notAttempted, (QStringList{"2026-01-03-m", "2026-01-04-m"}));
    // The person goes to the attempts; upstream's marker table keeps a value upstream's tools accept.
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_es_operations"), QStringLiteral("applied_by = 'cli'")), 2);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("applied_by = 'admin@example.com' AND outcome = 'applied'")),
             2);
}

void TestEsopsRunner::markApplied()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants);
    const SeedRunner runner(project.path(), {});
    KUMIKO_VERIFY_ERROR(runner.markApplied(TestDatabase::connection(), QStringLiteral("2026-01-01-a"),
                                           QStringLiteral(" "), QStringLiteral("ops")),
                        "usage");
    KUMIKO_VERIFY_ERROR(runner.markApplied(TestDatabase::connection(), QStringLiteral("2026-09-09-nope"),
                                           QStringLiteral("x"), QStringLiteral("ops")),
                        "unknown_migration");
    KUMIKO_VERIFY_OK(runner.markApplied(TestDatabase::connection(), QStringLiteral("2026-01-01-a"),
                                        QStringLiteral("applied by hand in 2025"), QStringLiteral("ops")));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), 0);
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_es_operations"),
                 QStringLiteral("id = '2026-01-01-a' AND duration_ms = 0 AND notes = 'test migration'")),
             1);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                            QStringLiteral("outcome = 'marked' AND reason = 'applied by hand in 2025' AND "
                                           "applied_by = 'ops'")),
        1);
    KUMIKO_VERIFY_ERROR(runner.markApplied(TestDatabase::connection(), QStringLiteral("2026-01-01-a"),
                                           QStringLiteral("again"), QStringLiteral("ops")),
                        "already_applied");
    auto report = runner.apply(TestDatabase::connection(), kSeeder);
    QVERIFY(report->outcomes.isEmpty());
    // A baseline is recorded as such: its own state, not "applied".
    auto status = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    KUMIKO_VERIFY_OK(status);
    QCOMPARE(status->find(QStringLiteral("2026-01-01-a"))->state, MigrationState::Baselined);
    QCOMPARE(status->counts().value(MigrationState::Baselined), 1);
    QVERIFY(!status->needsAttention());
    QCOMPARE(status->toJson()["migrations"][0]["state"], json("baselined"));
    QCOMPARE(status->toJson()["counts"]["baselined"], json(1));
}

void TestEsopsRunner::toAndOnly()
{
    SeedTestProject project;
    for (int i = 1; i <= 4; ++i)
        project.seed(QStringLiteral("2026-01-0%1-m.json").arg(i), SeedTestProject::migration("[]"));
    const SeedRunner runner(project.path(), {});
    KUMIKO_VERIFY_ERROR(
        runner.apply(TestDatabase::connection(), kSeeder, optionsWith(QStringLiteral("2026-09-09-x"), {})),
        "unknown_migration");
    auto to =
        runner.apply(TestDatabase::connection(), kSeeder, optionsWith(QStringLiteral("2026-01-02-m"), {}));
    QCOMPARE(to->applied, (QStringList{"2026-01-01-m", "2026-01-02-m"}));
    auto only =
        runner.apply(TestDatabase::connection(), kSeeder, optionsWith({}, QStringLiteral("2026-01-04-m")));
    QCOMPARE(only->applied, QStringList{"2026-01-04-m"});
    auto status = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    QCOMPARE(status->find(QStringLiteral("2026-01-03-m"))->state, MigrationState::OutOfOrder);
}

void TestEsopsRunner::previewCountsStepsAndEventsAndWritesNothing()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    const SeedRunner runner(project.path(), {});
    const auto before = rowCounts();
    auto preview = runner.preview(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(preview);
    QCOMPARE(rowCounts(), before);
    QCOMPARE(preview->migrations.size(), 2);
    QCOMPARE(preview->migrations.at(0).id, QStringLiteral("2026-01-01-tenants"));
    auto plan = runner.plan(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(plan);
    int steps = 0;
    int events = 0;
    for (const PlannedMigration& planned : plan->migrations)
        for (const StepReport& step : planned.steps) {
            ++steps;
            events += int(step.events.size());
        }
    QCOMPARE(preview->steps, steps);
    QCOMPARE(preview->events, events);
    QCOMPARE(preview->migrations.at(0).steps + preview->migrations.at(1).steps, steps);
    // What it counted is what an apply writes.
    const qint64 eventsBefore = TestDatabase::count(QStringLiteral("kumiko_events"));
    auto applied = runner.apply(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(applied);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")) - eventsBefore, qint64(preview->events));
    auto nothing = runner.preview(TestDatabase::connection(), kSeeder);
    KUMIKO_VERIFY_OK(nothing);
    QVERIFY(nothing->migrations.isEmpty());
}

void TestEsopsRunner::acceptRecordsTheNewChecksum()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants);
    const SeedRunner runner(project.path(), {});
    KUMIKO_VERIFY_OK(runner.apply(TestDatabase::connection(), kSeeder));
    KUMIKO_VERIFY_ERROR(runner.acceptChecksum(TestDatabase::connection(), QStringLiteral("2026-01-01-a"),
                                              QStringLiteral("r"), QStringLiteral("ops")),
                        "not_modified");
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants + "\n");
    auto modified = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    KUMIKO_VERIFY_OK(modified);
    QCOMPARE(modified->find(QStringLiteral("2026-01-01-a"))->state, MigrationState::Modified);
    KUMIKO_VERIFY_ERROR(runner.acceptChecksum(TestDatabase::connection(), QStringLiteral("2026-01-01-a"),
                                              QStringLiteral("  "), QStringLiteral("ops")),
                        "reason_required");
    KUMIKO_VERIFY_ERROR(runner.acceptChecksum(TestDatabase::connection(), QStringLiteral("2026-09-09-nope"),
                                              QStringLiteral("r"), QStringLiteral("ops")),
                        "unknown_migration");
    const auto before = rowCounts();
    KUMIKO_VERIFY_OK(runner.acceptChecksum(TestDatabase::connection(), QStringLiteral("2026-01-01-a"),
                                           QStringLiteral("whitespace only"), QStringLiteral("ops")));
    const QString current = modified->find(QStringLiteral("2026-01-01-a"))->file->checksum;
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_admin_seed_runs"),
                 QStringLiteral("outcome = 'accepted' AND reason = 'whitespace only' AND applied_by "
                                "= 'ops' AND checksum = '%1'")
                     .arg(current)),
             1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")),
             before.value(QStringLiteral("kumiko_events")));
    auto status = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    KUMIKO_VERIFY_OK(status);
    const MigrationStatus* accepted = status->find(QStringLiteral("2026-01-01-a"));
    QCOMPARE(accepted->state, MigrationState::Applied);
    QCOMPARE(accepted->recordedChecksum, current);
    QCOMPARE(accepted->appliedBy(), QStringLiteral("cli")); // who applied it, not who accepted
    // A later change of the file is modified again.
    project.seed(QStringLiteral("2026-01-01-a.json"), kTenants + "\n\n");
    auto again = SeedCatalog::load(project.path(), TestDatabase::connection(), {});
    QCOMPARE(again->find(QStringLiteral("2026-01-01-a"))->state, MigrationState::Modified);
}

QTEST_GUILESS_MAIN(TestEsopsRunner)
#include "tst_esops_runner.moc"
