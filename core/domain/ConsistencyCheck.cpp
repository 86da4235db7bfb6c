#include "domain/ConsistencyCheck.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/RowReplay.h"
#include "eventstore/EventStore.h"

#include <QHash>
#include <QSet>
#include <deque>
#include <optional>

namespace kumiko::domain {
namespace {

using nlohmann::json;

constexpr int kFetchSize = 5000;
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

private:
    const QSqlDatabase& m_db;
    QString m_name;
};

json parsed(const QVariant& text)
{
    return json::parse(text.toString().toStdString(), nullptr, false);
}

// The names of the columns whose values differ (never the values: they may be secrets).
QStringList differingColumns(const json& live, const json& expected)
{
    QStringList columns;
    for (const auto& [column, value] : live.items()) {
        const auto other = expected.find(column);
        if (other == expected.end() || *other != value)
            columns << QString::fromStdString(column);
    }
    return columns;
}

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

// One read table: the rows the events call for, compared batch by batch with the table's rows, both
// in id order.
class TableComparison
{
public:
    TableComparison(const QSqlDatabase& db, QString table, Findings& findings, ConsistencyReport& report)
        : m_db(db)
        , m_table(std::move(table))
        , m_live(db, QStringLiteral("kumiko_check_") + m_table)
        , m_findings(findings)
        , m_report(report)
    {}

    Status open()
    {
        return m_live.open(
            QStringLiteral("SELECT r.id::text, to_jsonb(r)::text FROM public.%1 r ORDER BY r.id")
                .arg(m_table));
    }

    Status expect(const QString& aggregateType, const QString& id, std::optional<json> row)
    {
        m_expected.push_back({aggregateType, id, std::move(row)});
        return m_expected.size() >= kCompareBatch ? compare() : Status();
    }

    // Compares what is expected so far; with `toTheEnd`, every remaining table row too.
    Status compare(bool toTheEnd = false)
    {
        auto rows = normalised();
        if (!rows)
            return rows.error();
        for (const Expected& expected : m_expected) {
            if (Status ok = skipRowsBefore(expected.id); !ok)
                return ok;
            const bool present = !m_rows.empty() && m_rows.front().first == expected.id;
            if (present && expected.row) {
                if (QStringList columns = differingColumns(m_rows.front().second, rows->value(expected.id));
                    !columns.isEmpty())
                    add(ConsistencyFinding::Kind::RowDiffers, expected.aggregateType, expected.id, columns);
            } else if (present) {
                add(ConsistencyFinding::Kind::RowWithoutEvents, expected.aggregateType, expected.id);
            } else if (expected.row) {
                add(ConsistencyFinding::Kind::RowMissing, expected.aggregateType, expected.id);
            }
            if (present)
                m_rows.pop_front();
        }
        m_expected.clear();
        return toTheEnd ? skipRowsBefore(QString()) : Status();
    }

private:
    struct Expected
    {
        QString aggregateType;
        QString id;
        std::optional<json> row;
    };

    // The expected rows as the table would hold them: through jsonb_populate_recordset and to_jsonb,
    // so types, time zones and precision are the table's own.
    Result<QHash<QString, json>> normalised()
    {
        json rows = json::array();
        for (const Expected& expected : m_expected) {
            if (expected.row)
                rows.push_back(*expected.row);
        }
        QHash<QString, json> byId;
        if (rows.empty())
            return byId;
        auto result =
            db::Sql::exec(m_db,
                          QStringLiteral("SELECT r.id::text, to_jsonb(r)::text "
                                         "FROM jsonb_populate_recordset(NULL::public.%1, ?::jsonb) r")
                              .arg(m_table),
                          {QString::fromStdString(rows.dump())});
        if (!result)
            return result.error();
        while (result->next())
            byId.insert(result->value(0).toString(), parsed(result->value(1)));
        return byId;
    }

    // Reports the table rows ordered before `id` (all remaining ones for an empty id): no event
    // produces them.
    Status skipRowsBefore(const QString& id)
    {
        for (;;) {
            if (m_rows.empty()) {
                if (Status filled = fill(); !filled)
                    return filled;
                if (m_rows.empty())
                    return {};
            }
            if (!id.isEmpty() && m_rows.front().first >= id)
                return {};
            add(ConsistencyFinding::Kind::RowWithoutEvents, QString(), m_rows.front().first);
            m_rows.pop_front();
        }
    }

    Status fill()
    {
        if (m_exhausted)
            return {};
        auto rows = m_live.fetch();
        if (!rows)
            return rows.error();
        qsizetype fetched = 0;
        while (rows->next()) {
            m_rows.emplace_back(rows->value(0).toString(), parsed(rows->value(1)));
            ++fetched;
        }
        m_report.rows += fetched;
        m_exhausted = fetched < kFetchSize;
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
    Cursor m_live;
    Findings& m_findings;
    ConsistencyReport& m_report;
    std::vector<Expected> m_expected;
    std::deque<std::pair<QString, json>> m_rows;
    bool m_exhausted = false;
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
    auto estimate = estimatedEvents(db);
    if (!estimate)
        return estimate.error();
    ConsistencyReport report;
    Findings findings(report, options.keepFindings);
    std::vector<std::unique_ptr<TableComparison>> comparisons;
    QHash<QString, TableComparison*> tables;
    for (const QString& table : RowReplay::tables()) {
        comparisons.push_back(std::make_unique<TableComparison>(db, table, findings, report));
        if (Status opened = comparisons.back()->open(); !opened)
            return opened.error();
        tables.insert(table, comparisons.back().get());
    }
    AggregateCheck aggregates(findings, tables);
    Cursor events(db, QStringLiteral("kumiko_check_events"));
    if (Status opened = events.open(QStringLiteral("SELECT %1 FROM kumiko_events ORDER BY aggregate_id, id")
                                        .arg(es::EventStore::selectColumns()));
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
        auto rows = events.fetch();
        if (!rows)
            return rows.error();
        // Read to the end before checking: QPSQL reads forward-only results row by row, and the
        // statements the comparisons run on this connection would discard the rest of the batch.
        std::vector<es::StoredEvent> batch;
        while (rows->next())
            batch.push_back(es::EventStore::fromRow(rows.value()));
        for (es::StoredEvent& event : batch) {
            if (!aggregate.empty() && aggregate.front().aggregateId != event.aggregateId) {
                if (Status checked = finishAggregate(); !checked)
                    return checked.error();
            }
            aggregate.push_back(std::move(event));
        }
        report.events += qint64(batch.size());
        more = batch.size() == std::size_t(kFetchSize);
        if (options.progress)
            options.progress(report.events, estimate.value());
    }
    if (Status checked = finishAggregate(); !checked)
        return checked.error();
    for (const auto& comparison : comparisons) {
        if (Status compared = comparison->compare(true); !compared)
            return compared.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace kumiko::domain
