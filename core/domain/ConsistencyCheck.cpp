#include "domain/ConsistencyCheck.h"

#include "db/LibpqCursor.h"
#include "db/LibpqPipeline.h"
#include "db/Transaction.h"
#include "domain/AggregateCheck.h"
#include "domain/ConsistencyTally.h"
#include "domain/ReadTableScan.h"
#include "domain/RowReplay.h"
#include "eventstore/EventStore.h"

#include <charconv>

namespace kumiko::domain {
namespace {

using nlohmann::json;

constexpr int kFetchSize = 10000;

// The log by aggregate in the order of its (aggregate_id, version) index: the server streams it
// without sorting, and the read tables' primary keys give the same uuid order for the merge.
const QString kEventSelect = QStringLiteral(
    "SELECT e.id, e.aggregate_id, e.aggregate_type, e.tenant_id, e.version, e.type, e.payload, "
    "e.created_at, e.created_by FROM kumiko_events e ORDER BY e.aggregate_id, e.version");

template <typename Number>
Number number(std::string_view text)
{
    Number value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

ReplayEvent eventAt(const db::LibpqResult& rows, int row)
{
    ReplayEvent event;
    event.id = number<qint64>(rows.text(row, 0));
    event.aggregateType = rows.text(row, 2);
    event.tenantId = rows.text(row, 3);
    event.version = number<int>(rows.text(row, 4));
    event.type = rows.text(row, 5);
    event.payload = es::EventStore::parseStoredJson(rows.text(row, 6));
    event.createdAt = rows.text(row, 7);
    event.createdBy = rows.text(row, 8);
    return event;
}

Result<qint64> estimatedEvents(db::LibpqPipeline& pipeline)
{
    auto estimate = pipeline.exec(QStringLiteral(
        "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'kumiko_events'::regclass"));
    if (!estimate)
        return estimate.error();
    return estimate->rows() == 1 ? number<qint64>(estimate->text(0, 0)) : 0;
}

Result<std::vector<std::unique_ptr<ReadTableScan>>> openScans(db::LibpqPipeline& pipeline,
                                                              ConsistencyTally& tally)
{
    std::vector<std::unique_ptr<ReadTableScan>> scans;
    for (const QString& table : RowReplay::tables()) {
        scans.push_back(std::make_unique<ReadTableScan>(pipeline, table, tally));
        if (Status opened = scans.back()->open(); !opened)
            return opened.error();
    }
    return scans;
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
    db::LibpqPipeline pipeline(db);
    if (Status opened = pipeline.open(); !opened)
        return opened.error();
    auto estimate = estimatedEvents(pipeline);
    if (!estimate)
        return estimate.error();
    ConsistencyReport report;
    ConsistencyTally tally(report, options.keepFindings);
    auto scans = openScans(pipeline, tally);
    if (!scans)
        return scans.error();
    AggregateCheck aggregates(tally, scans.value());
    db::LibpqCursor events(pipeline, QStringLiteral("kumiko_check_events"), kFetchSize);
    if (Status opened = events.open(kEventSelect); !opened)
        return opened.error();
    std::string aggregateId;
    std::vector<ReplayEvent> aggregate;
    const auto finishAggregate = [&]() -> Status {
        if (aggregate.empty())
            return {};
        ++report.aggregates;
        Status checked = aggregates.check(aggregateId, aggregate);
        aggregate.clear();
        return checked;
    };
    while (!events.done()) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
        auto fetched = events.fetch();
        if (!fetched)
            return fetched.error();
        for (int row = 0; row < fetched->rows(); ++row) {
            if (fetched->text(row, 1) != aggregateId) {
                if (Status checked = finishAggregate(); !checked)
                    return checked.error();
                aggregateId = fetched->text(row, 1);
            }
            aggregate.push_back(eventAt(fetched.value(), row));
        }
        report.events += fetched->rows();
        if (options.progress)
            options.progress(report.events, estimate.value());
    }
    if (Status checked = finishAggregate(); !checked)
        return checked.error();
    for (const auto& scan : scans.value()) {
        if (Status finished = scan->finish(); !finished)
            return finished.error();
    }
    if (Status closed = pipeline.close(); !closed)
        return closed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace kumiko::domain
