#include "domain/ConsistencyCheck.h"

#include "db/Sql.h"
#include "db/SqlArray.h"
#include "db/Transaction.h"
#include "domain/RowReplay.h"
#include "eventstore/EventStore.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace kumiko::domain {
namespace {

using nlohmann::json;

constexpr size_t kFetchSize = 5000;
constexpr int kCompareBatch = 2000;

// A server-side cursor: the statement's rows arrive kFetchSize at a time, never all at once.
class Cursor
{
public:
    Cursor(const QSqlDatabase& db, QString name)
        : m_db(db)
        , m_name(std::move(name))
    {}

    Status open(const QString& select)
    {
        return db::Sql::run(m_db, QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(m_name, select));
    }
    Result<db::SqlRows> fetch()
    {
        return db::Sql::exec(m_db, QStringLiteral("FETCH %1 FROM %2").arg(kFetchSize).arg(m_name));
    }
    // Read completely before the next statement: the driver streams rows and a second statement on
    // the connection would discard the rest.
    Result<std::vector<es::StoredEvent>> fetchEvents()
    {
        auto rows = fetch();
        if (!rows)
            return rows.error();
        std::vector<es::StoredEvent> events;
        events.reserve(kFetchSize);
        while (rows->next())
            events.push_back(es::EventStore::fromRow(rows.value()));
        return events;
    }

private:
    const QSqlDatabase& m_db;
    QString m_name;
};

class Findings
{
public:
    Findings(ConsistencyReport& report, int keep)
        : m_report(report)
        , m_keep(keep)
    {}
    void add(ConsistencyFinding finding)
    {
        ++m_report.counts[finding.kind];
        if (qsizetype(m_report.findings.size()) < m_keep)
            m_report.findings.push_back(std::move(finding));
    }

private:
    ConsistencyReport& m_report;
    int m_keep;
};

// One read table: the rows the events call for, compared batch by batch with the table by the
// server (only differences come back), then the table's rows no event produces.
class TableComparison
{
public:
    TableComparison(const QSqlDatabase& db, QString table, Findings& findings, ConsistencyReport& report)
        : m_db(db)
        , m_table(std::move(table))
        , m_findings(findings)
        , m_report(report)
    {}

    Status expect(const QString& aggregateType, const QString& id, std::optional<json> row)
    {
        m_types.insert(id, aggregateType);
        if (row)
            m_rows.push_back(std::move(*row));
        else
            m_absent << id;
        return m_types.size() >= kCompareBatch ? compare() : Status();
    }

    Status compare()
    {
        if (Status rows = compareRows(); !rows)
            return rows;
        if (Status absent = compareAbsent(); !absent)
            return absent;
        m_types.clear();
        return {};
    }

    // The table's rows whose aggregate has no event at all.
    Status reportOrphans()
    {
        Cursor orphans(m_db, QStringLiteral("kumiko_check_orphans_") + m_table);
        if (Status opened =
                orphans.open(QStringLiteral("SELECT r.id::text FROM public.%1 r WHERE NOT EXISTS "
                                            "(SELECT 1 FROM kumiko_events e WHERE e.aggregate_id = r.id)")
                                 .arg(m_table));
            !opened)
            return opened;
        for (;;) {
            auto rows = orphans.fetch();
            if (!rows)
                return rows.error();
            size_t fetched = 0;
            for (; rows->next(); ++fetched)
                add(ConsistencyFinding::Kind::RowWithoutEvents, QString(), rows->value(0).toString());
            m_report.rows += qint64(fetched);
            if (fetched < kFetchSize)
                return {};
        }
    }

private:
    // Expected rows through jsonb_populate_recordset and to_jsonb, so types, time zones and precision
    // are the table's own; the server returns missing rows and the names of differing columns.
    Status compareRows()
    {
        if (m_rows.empty())
            return {};
        const qint64 expected = qint64(m_rows.size());
        auto result = db::Sql::exec(
            m_db,
            QStringLiteral(
                "WITH e AS (SELECT * FROM jsonb_populate_recordset(NULL::public.%1, ?::jsonb)) "
                "SELECT e.id::text, l.id IS NULL, (SELECT string_agg(j.key, ',' ORDER BY j.key) "
                "FROM jsonb_each(to_jsonb(l)) j WHERE j.value IS DISTINCT FROM to_jsonb(e) -> j.key) "
                "FROM e LEFT JOIN public.%1 l ON l.id = e.id "
                "WHERE l.id IS NULL OR to_jsonb(l) IS DISTINCT FROM to_jsonb(e)")
                .arg(m_table),
            {QString::fromStdString(m_rows.dump())});
        m_rows = json::array();
        if (!result)
            return result.error();
        qint64 missing = 0;
        while (result->next()) {
            const QString id = result->value(0).toString();
            if (result->value(1).toBool()) {
                ++missing;
                add(ConsistencyFinding::Kind::RowMissing, m_types.value(id), id);
            } else {
                add(ConsistencyFinding::Kind::RowDiffers, m_types.value(id), id,
                    result->value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
            }
        }
        m_report.rows += expected - missing;
        return {};
    }

    // Rows that exist although their aggregate's events never create them or delete them.
    Status compareAbsent()
    {
        if (m_absent.isEmpty())
            return {};
        auto result = db::Sql::exec(
            m_db, QStringLiteral("SELECT id::text FROM public.%1 WHERE id = ANY(?::uuid[])").arg(m_table),
            {db::SqlArray::literal(m_absent)});
        m_absent.clear();
        if (!result)
            return result.error();
        while (result->next()) {
            const QString id = result->value(0).toString();
            ++m_report.rows;
            add(ConsistencyFinding::Kind::RowWithoutEvents, m_types.value(id), id);
        }
        return {};
    }

    void add(ConsistencyFinding::Kind kind, const QString& aggregateType, const QString& id,
             const QStringList& columns = {})
    {
        ConsistencyFinding finding;
        finding.kind = kind;
        finding.aggregateType = aggregateType;
        finding.aggregateId = id;
        finding.table = m_table;
        finding.columns = columns;
        m_findings.add(std::move(finding));
    }

    const QSqlDatabase& m_db;
    QString m_table;
    Findings& m_findings;
    ConsistencyReport& m_report;
    QHash<QString, QString> m_types; ///< aggregate id → type, for this batch
    json m_rows = json::array();
    QStringList m_absent;
};

// Checks one aggregate's events (in id order) and hands the row they produce to its table.
class AggregateCheck
{
public:
    AggregateCheck(Findings& findings, QHash<QString, TableComparison*> tables)
        : m_findings(findings)
        , m_tables(std::move(tables))
    {}

    Status check(const std::vector<es::StoredEvent>& events)
    {
        const es::StoredEvent& first = events.front();
        checkStreams(events);
        TableComparison* table = m_tables.value(RowReplay::tableOf(first.aggregateType));
        if (!table) {
            reportUnknownType(first);
            return {};
        }
        return table->expect(first.aggregateType, first.aggregateId, RowReplay::rowAfter(events));
    }

private:
    void checkStreams(const std::vector<es::StoredEvent>& events)
    {
        QHash<QString, int> versions; // stream tenant → last version seen
        for (const es::StoredEvent& event : events) {
            const int expected = versions.value(event.tenantId) + 1;
            if (event.version != expected) {
                ConsistencyFinding gap = findingFor(ConsistencyFinding::Kind::VersionGap, event);
                gap.tenants = {event.tenantId};
                gap.expectedVersion = expected;
                gap.foundVersion = event.version;
                m_findings.add(std::move(gap));
            }
            versions.insert(event.tenantId, event.version);
        }
        if (versions.size() > 1) {
            ConsistencyFinding fork = findingFor(ConsistencyFinding::Kind::ForkedAggregate, events.front());
            fork.tenants = versions.keys();
            fork.tenants.sort();
            m_findings.add(std::move(fork));
        }
    }

    void reportUnknownType(const es::StoredEvent& event)
    {
        if (m_unknownTypes.contains(event.aggregateType))
            return;
        m_unknownTypes.insert(event.aggregateType);
        m_findings.add(findingFor(ConsistencyFinding::Kind::UnknownAggregateType, event));
    }

    static ConsistencyFinding findingFor(ConsistencyFinding::Kind kind, const es::StoredEvent& event)
    {
        ConsistencyFinding finding;
        finding.kind = kind;
        finding.aggregateType = event.aggregateType;
        finding.aggregateId = event.aggregateId;
        finding.table = RowReplay::tableOf(event.aggregateType);
        return finding;
    }

    Findings& m_findings;
    QHash<QString, TableComparison*> m_tables;
    QSet<QString> m_unknownTypes;
};

Result<qint64> estimatedEvents(const QSqlDatabase& db)
{
    auto estimate = db::Sql::scalar(
        db, QStringLiteral(
                "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'kumiko_events'::regclass"));
    if (!estimate)
        return estimate.error();
    return estimate->toLongLong();
}

} // namespace

QString ConsistencyFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RowDiffers:
        return QStringLiteral("row_differs");
    case Kind::RowMissing:
        return QStringLiteral("row_missing");
    case Kind::RowWithoutEvents:
        return QStringLiteral("row_without_events");
    case Kind::ForkedAggregate:
        return QStringLiteral("forked_aggregate");
    case Kind::VersionGap:
        return QStringLiteral("version_gap");
    case Kind::UnknownAggregateType:
        return QStringLiteral("unknown_aggregate_type");
    }
    return {};
}

json ConsistencyFinding::toJson() const
{
    const auto list = [](const QStringList& values) {
        json array = json::array();
        for (const QString& value : values)
            array.push_back(value.toStdString());
        return array;
    };
    json finding = {{"kind", kindName(kind).toStdString()},
                    {"aggregateType", aggregateType.toStdString()},
                    {"aggregateId", aggregateId.toStdString()},
                    {"table", table.toStdString()}};
    if (kind == Kind::RowDiffers)
        finding["columns"] = list(columns);
    if (kind == Kind::ForkedAggregate || kind == Kind::VersionGap)
        finding["tenants"] = list(tenants);
    if (kind == Kind::VersionGap) {
        finding["expectedVersion"] = expectedVersion;
        finding["foundVersion"] = foundVersion;
    }
    return finding;
}

qint64 ConsistencyReport::problems() const
{
    qint64 total = 0;
    for (const auto& [kind, count] : counts)
        total += count;
    return total;
}

json ConsistencyReport::toJson() const
{
    json byKind = json::object();
    for (auto kind : {ConsistencyFinding::Kind::RowDiffers, ConsistencyFinding::Kind::RowMissing,
                      ConsistencyFinding::Kind::RowWithoutEvents, ConsistencyFinding::Kind::ForkedAggregate,
                      ConsistencyFinding::Kind::VersionGap, ConsistencyFinding::Kind::UnknownAggregateType}) {
        const auto count = counts.find(kind);
        byKind[ConsistencyFinding::kindName(kind).toStdString()] = count == counts.end() ? 0 : count->second;
    }
    json list = json::array();
    for (const ConsistencyFinding& finding : findings)
        list.push_back(finding.toJson());
    return {{"clean", clean()}, {"cancelled", cancelled}, {"events", events}, {"aggregates", aggregates},
            {"rows", rows},     {"counts", byKind},       {"findings", list}, {"truncated", truncated()}};
}

Result<ConsistencyReport> ConsistencyCheck::run(const QSqlDatabase& db, const Options& options)
{
    db::Transaction transaction(db);
    if (Status begun = transaction.beginReadOnly(); !begun)
        return begun.error();
    // The event cursor reads the whole log: plan for all rows (a sort), not for the first ones.
    if (Status planned = db::Sql::run(db, QStringLiteral("SET LOCAL cursor_tuple_fraction = 1.0")); !planned)
        return planned.error();
    auto estimate = estimatedEvents(db);
    if (!estimate)
        return estimate.error();
    ConsistencyReport report;
    Findings findings(report, options.keepFindings);
    std::vector<std::unique_ptr<TableComparison>> comparisons;
    QHash<QString, TableComparison*> tables;
    for (const QString& table : RowReplay::tables()) {
        comparisons.push_back(std::make_unique<TableComparison>(db, table, findings, report));
        tables.insert(table, comparisons.back().get());
    }
    AggregateCheck aggregates(findings, tables);
    Cursor events(db, QStringLiteral("kumiko_check_events"));
    if (Status opened = events.open(QStringLiteral("SELECT %1 FROM kumiko_events ORDER BY aggregate_id, id")
                                        .arg(es::EventStore::selectColumns(es::EventStore::Metadata::Skip)));
        !opened)
        return opened.error();
    std::vector<es::StoredEvent> aggregate;
    const auto finishAggregate = [&]() -> Status {
        if (aggregate.empty())
            return {};
        ++report.aggregates;
        Status checked = aggregates.check(aggregate);
        aggregate.clear();
        return checked;
    };
    for (bool more = true; more;) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
        auto fetched = events.fetchEvents();
        if (!fetched)
            return fetched.error();
        for (es::StoredEvent& event : fetched.value()) {
            if (!aggregate.empty() && aggregate.front().aggregateId != event.aggregateId) {
                if (Status checked = finishAggregate(); !checked)
                    return checked.error();
            }
            aggregate.push_back(std::move(event));
        }
        report.events += qint64(fetched->size());
        more = fetched->size() == kFetchSize;
        if (options.progress)
            options.progress(report.events, estimate.value());
    }
    if (Status checked = finishAggregate(); !checked)
        return checked.error();
    for (const auto& comparison : comparisons) {
        if (Status compared = comparison->compare(); !compared)
            return compared.error();
        if (Status orphans = comparison->reportOrphans(); !orphans)
            return orphans.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace kumiko::domain
