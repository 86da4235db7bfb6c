#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "domain/ConsistencyCheck.h"
#include "domain/HandlerRegistry.h"

#include <QUuid>
#include <QtTest>

using namespace kumiko;
using domain::ConsistencyCheck;
using domain::ConsistencyFinding;
using domain::ConsistencyReport;
using nlohmann::json;
using test::TestDatabase;
using Kind = ConsistencyFinding::Kind;

namespace {

QString str(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

qint64 countOf(const ConsistencyReport& report, Kind kind)
{
    const auto it = report.counts.find(kind);
    return it == report.counts.end() ? 0 : it->second;
}

const ConsistencyFinding* firstOf(const ConsistencyReport& report, Kind kind)
{
    for (const ConsistencyFinding& finding : report.findings) {
        if (finding.kind == kind)
            return &finding;
    }
    return nullptr;
}

void sql(const QString& statement, const QVariantList& values = {})
{
    if (auto ok = db::Sql::run(TestDatabase::connection(), statement, values); !ok)
        QFAIL(qPrintable(ok.error().toString()));
}

} // namespace

/// db check: each kind of disagreement between events and read rows is found, and nothing else.
class TestConsistencyCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void handlerWritesAreClean();
    void forkIsReportedAndWritesDoNotAddOne();
    void changedRowIsNamedByColumn();
    void valueWrittenAnotherWayIsNoDifference();
    void missingAndOrphanRows();
    void versionGapAndUnknownType();
    void findingsAreCappedButCounted();
    void progressAndCancel();
    void moreEventsThanOneFetchAreAllChecked();

private:
    ConsistencyReport check(const ConsistencyCheck::Options& options = {});
    QString dispatch(const QString& name, const json& payload);

    domain::HandlerRegistry m_registry = domain::HandlerRegistry::standard();
    QString m_tenant;
    QString m_user;
    QString m_config;
};

void TestConsistencyCheck::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_consistency_check")));
}

// Every test starts from the same handful of aggregates written through the handlers.
void TestConsistencyCheck::init()
{
    sql(QStringLiteral("TRUNCATE kumiko_events, read_tenants, read_users, read_tenant_memberships, "
                       "read_config_values"));
    m_tenant = dispatch(QStringLiteral("tenant:write:create"), {{"key", "acme"}, {"name", "Acme"}});
    m_user = dispatch(QStringLiteral("user:write:user:create"),
                      {{"email", "ada@acme.test"}, {"displayName", "Ada"}});
    dispatch(QStringLiteral("tenant:write:add-member"),
             {{"userId", m_user.toStdString()}, {"tenantId", m_tenant.toStdString()}, {"roles", {"User"}}});
    m_config = dispatch(QStringLiteral("config:write:set"),
                        {{"key", "tenant:config:max-users"}, {"scope", "system"}, {"value", 10}});
    QVERIFY(!m_config.isEmpty());
}

QString TestConsistencyCheck::dispatch(const QString& name, const json& payload)
{
    auto outcome =
        m_registry.dispatch(TestDatabase::connection(), name, payload, domain::Actor::systemAdmin());
    if (!outcome)
        qWarning("%s", qPrintable(outcome.error().toString()));
    return outcome ? str(outcome->result.value("id", json())) : QString();
}

ConsistencyReport TestConsistencyCheck::check(const ConsistencyCheck::Options& options)
{
    auto report = ConsistencyCheck::run(TestDatabase::connection(), options);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return std::move(report).value();
}

void TestConsistencyCheck::handlerWritesAreClean()
{
    const ConsistencyReport report = check();
    QVERIFY2(report.clean(), report.toJson().dump().c_str());
    QCOMPARE(report.events, 4);
    QCOMPARE(report.aggregates, 4);
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.toJson().at("counts").at("forked_aggregate"), 0);
}

// The server's way: a tenant admin's update lands as version 1 in the tenant's stream and the row
// follows it. The check names the fork; our next writes follow the newest event and add none.
void TestConsistencyCheck::forkIsReportedAndWritesDoNotAddOne()
{
    sql(QStringLiteral("INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
                       "payload, metadata, created_by) VALUES (?::uuid, 'config-value', ?::uuid, 1, "
                       "'config-value.updated', '{\"changes\": {\"value\": \"30\"}}', "
                       "'{\"userId\": \"server\"}', 'server')"),
        {m_config, m_tenant});
    sql(QStringLiteral(
            "UPDATE read_config_values r SET version = 1, value = '30', modified_by_id = 'server', "
            "modified_at = (SELECT max(created_at) FROM kumiko_events WHERE aggregate_id = r.id) "
            "WHERE id = ?::uuid"),
        {m_config});
    ConsistencyReport report = check();
    QCOMPARE(report.problems(), 1);
    const ConsistencyFinding* fork = firstOf(report, Kind::ForkedAggregate);
    QVERIFY(fork);
    QCOMPARE(fork->aggregateId, m_config);
    QCOMPARE(fork->aggregateType, QStringLiteral("config-value"));
    QCOMPARE(fork->tenants.size(), 2);
    QVERIFY(fork->tenants.contains(m_tenant));

    QCOMPARE(dispatch(QStringLiteral("config:write:set"),
                      {{"key", "tenant:config:max-users"}, {"scope", "system"}, {"value", 40}}),
             m_config);
    report = check();
    QCOMPARE(report.problems(), 1);
    QCOMPARE(countOf(report, Kind::ForkedAggregate), 1);
}

void TestConsistencyCheck::changedRowIsNamedByColumn()
{
    sql(QStringLiteral("UPDATE read_tenants SET name = 'Edited by hand' WHERE id = ?::uuid"), {m_tenant});
    const ConsistencyReport report = check();
    QCOMPARE(report.problems(), 1);
    const ConsistencyFinding* differs = firstOf(report, Kind::RowDiffers);
    QVERIFY(differs);
    QCOMPARE(differs->aggregateId, m_tenant);
    QCOMPARE(differs->table, QStringLiteral("read_tenants"));
    QCOMPARE(differs->columns, QStringList{QStringLiteral("name")});
    QVERIFY(report.toJson().dump().find("Edited by hand") == std::string::npos); // names only, never values
}

// The replay's text differs from the table's, the values do not (the server compares these rows).
void TestConsistencyCheck::valueWrittenAnotherWayIsNoDifference()
{
    sql(QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
            "payload, metadata, created_by) SELECT aggregate_id, aggregate_type, tenant_id, 2, "
            "'tenant.updated', '{\"changes\": {\"destroyRequestedAt\": \"2026-03-01T10:00:00.5Z\"}}', "
            "metadata, created_by FROM kumiko_events WHERE aggregate_id = ?::uuid"),
        {m_tenant});
    sql(QStringLiteral(
            "UPDATE read_tenants r SET version = 2, destroy_requested_at = '2026-03-01 10:00:00.5+00', "
            "modified_at = e.created_at, modified_by_id = e.created_by FROM kumiko_events e "
            "WHERE e.aggregate_id = r.id AND e.version = 2 AND r.id = ?::uuid"),
        {m_tenant});
    ConsistencyReport report = check();
    QVERIFY2(report.clean(), report.toJson().dump().c_str());

    sql(QStringLiteral(
        "UPDATE read_tenants SET destroy_requested_at = destroy_requested_at + interval '1 ms'"));
    report = check();
    QCOMPARE(report.problems(), 1);
    QCOMPARE(firstOf(report, Kind::RowDiffers)->columns, QStringList{QStringLiteral("destroy_requested_at")});
}

void TestConsistencyCheck::missingAndOrphanRows()
{
    sql(QStringLiteral("DELETE FROM read_users WHERE id = ?::uuid"), {m_user});
    const QString orphan = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sql(QStringLiteral("INSERT INTO read_tenants (id, tenant_id, version, key, name, is_enabled, status, "
                       "inserted_at, inserted_by_id) SELECT ?::uuid, tenant_id, 1, 'orphan', 'Orphan', true, "
                       "'active', now(), 'hand' FROM read_tenants WHERE id = ?::uuid"),
        {orphan, m_tenant});
    const ConsistencyReport report = check();
    QCOMPARE(report.problems(), 2);
    QCOMPARE(firstOf(report, Kind::RowMissing)->aggregateId, m_user);
    QCOMPARE(firstOf(report, Kind::RowMissing)->table, QStringLiteral("read_users"));
    QCOMPARE(firstOf(report, Kind::RowWithoutEvents)->aggregateId, orphan);
    QCOMPARE(firstOf(report, Kind::RowWithoutEvents)->table, QStringLiteral("read_tenants"));
}

void TestConsistencyCheck::versionGapAndUnknownType()
{
    sql(QStringLiteral("INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
                       "payload, metadata, created_by) SELECT aggregate_id, aggregate_type, tenant_id, 3, "
                       "'tenant.updated', '{\"changes\": {}}', metadata, created_by FROM kumiko_events "
                       "WHERE aggregate_id = ?::uuid"),
        {m_tenant});
    const QString invoice = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int version : {1, 2})
        sql(QStringLiteral(
                "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
                "payload, metadata, created_by) VALUES (?::uuid, 'invoice', ?::uuid, ?, "
                "'invoice.created', '{}', '{\"userId\": \"x\"}', 'x')"),
            {invoice, m_tenant, version});
    const ConsistencyReport report = check();
    const ConsistencyFinding* gap = firstOf(report, Kind::VersionGap);
    QVERIFY(gap);
    QCOMPARE(gap->aggregateId, m_tenant);
    QCOMPARE(gap->expectedVersion, 2);
    QCOMPARE(gap->foundVersion, 3);
    QCOMPARE(countOf(report, Kind::UnknownAggregateType), 1);
    QCOMPARE(firstOf(report, Kind::UnknownAggregateType)->aggregateType, QStringLiteral("invoice"));
    QCOMPARE(countOf(report, Kind::RowDiffers), 1); // the row is still at version 1
    QCOMPARE(report.problems(), 3);
}

void TestConsistencyCheck::findingsAreCappedButCounted()
{
    sql(QStringLiteral("UPDATE read_tenants SET name = 'x'"));
    sql(QStringLiteral("UPDATE read_users SET display_name = 'x'"));
    sql(QStringLiteral("UPDATE read_config_values SET value = '1'"));
    ConsistencyCheck::Options options;
    options.keepFindings = 2;
    const ConsistencyReport report = check(options);
    QCOMPARE(report.problems(), 3);
    QCOMPARE(qsizetype(report.findings.size()), 2);
    QVERIFY(report.truncated());
    QCOMPARE(report.toJson().at("counts").at("row_differs"), 3);
}

void TestConsistencyCheck::progressAndCancel()
{
    qint64 reported = -1;
    ConsistencyCheck::Options options;
    options.progress = [&reported](qint64 done, qint64) {
        reported = done;
    };
    QVERIFY(check(options).clean());
    QCOMPARE(reported, 4);

    const std::atomic<bool> cancelled = true;
    options.cancel = &cancelled;
    const ConsistencyReport report = check(options);
    QVERIFY(report.cancelled);
    QVERIFY(!report.clean());
    QCOMPARE(report.events, 0);
}

// Found by scripts/reliability (crash trials, 10,000 config seeds): comparing a batch of rows ran a
// statement while the events of the current FETCH were still being read, QPSQL dropped the rest of
// them, and thousands of sound rows were reported as rows without events.
void TestConsistencyCheck::moreEventsThanOneFetchAreAllChecked()
{
    for (int i = 0; i < 6000; ++i)
        QVERIFY(!dispatch(QStringLiteral("tenant:write:create"),
                          {{"key", QStringLiteral("bulk-%1").arg(i).toStdString()}, {"name", "Bulk"}})
                     .isEmpty());
    const ConsistencyReport report = check();
    QVERIFY2(report.clean(), report.toJson().dump().c_str());
    QCOMPARE(report.events, 6004);
    QCOMPARE(report.rows, 6004);
}

QTEST_GUILESS_MAIN(TestConsistencyCheck)
#include "tst_consistency_check.moc"
