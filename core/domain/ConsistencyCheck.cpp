#include "domain/ConsistencyCheck.h"

#include "db/LibpqCursor.h"
#include "db/LibpqPipeline.h"
#include "db/Transaction.h"
#include "domain/AggregateCheck.h"
#include "domain/ConsistencyTally.h"
#include "domain/ReadTableScan.h"
#include "domain/RowReplay.h"
#include "eventstore/EventStore.h"

namespace kumiko::domain {
namespace {

using nlohmann::json;

constexpr int kFetchSize = 10000;

// The log by aggregate (uuid order, as the read tables by id, for the merge), each aggregate's events
// by version: a fork's streams interleave, and the replay puts them in id order itself.
const QString kEventSelect = QStringLiteral(
    "SELECT e.id, e.aggregate_id, e.aggregate_type, e.tenant_id, e.version, e.type, e.payload, "
    "e.created_at, e.created_by FROM kumiko_events e ORDER BY e.aggregate_id, e.version");

ReplayEvent eventAt(const db::LibpqResult& rows, int row)
{
    ReplayEvent event;
    event.id = rows.integer(row, 0);
    event.aggregateType = rows.text(row, 2);
    event.tenantId = rows.text(row, 3);
    event.version = int(rows.integer(row, 4));
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
    return estimate->rows() == 1 ? estimate->integer(0, 0) : 0;
}

// Sorting the log and the tables once costs the server far less than reading them in index order,
// which fetches a heap page for each row (most of them not cached on a large log); the sorts answer
// late, and the pipeline reports progress and takes a cancel while they run. The server's row
// comparisons look rows up by id again.
Status openCursors(db::LibpqPipeline& pipeline, ConsistencyTally& tally,
                   std::vector<std::unique_ptr<ReadTableScan>>& scans, db::LibpqCursor& events)
{
    if (auto sorted = pipeline.exec(QStringLiteral("SET LOCAL enable_indexscan = off")); !sorted)
        return sorted.error();
    for (const QString& table : RowReplay::tables()) {
        scans.push_back(std::make_unique<ReadTableScan>(pipeline, table, tally));
        if (Status opened = scans.back()->open(); !opened)
            return opened;
    }
    if (Status opened = events.open(kEventSelect); !opened)
        return opened;
    auto indexed = pipeline.exec(QStringLiteral("SET LOCAL enable_indexscan = on"));
    if (!indexed)
        return indexed.error();
    return {};
}

// Hands the log to `aggregates` one aggregate at a time; stops early when cancelled.
Status replayLog(db::LibpqCursor& events, AggregateCheck& aggregates,
                 const ConsistencyCheck::Options& options, ConsistencyReport& report, qint64 estimate)
{
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
            return {};
        }
        auto fetched = events.fetch();
        if (!fetched)
            return fetched.error();
        for (int row = 0; row < fetched->rows(); ++row) {
            if (fetched->text(row, 1) != aggregateId) {
                if (Status checked = finishAggregate(); !checked)
                    return checked;
                aggregateId = fetched->text(row, 1);
            }
            aggregate.push_back(eventAt(fetched.value(), row));
        }
        report.events += fetched->rows();
        if (options.progress)
            options.progress(report.events, estimate);
    }
    return finishAggregate();
}

// The whole check inside the caller's transaction; stops early when cancelled.
Status checkAll(db::LibpqPipeline& pipeline, const ConsistencyCheck::Options& options,
                ConsistencyReport& report, qint64& estimate)
{
    auto estimated = estimatedEvents(pipeline);
    if (!estimated)
        return estimated.error();
    estimate = estimated.value();
    ConsistencyTally tally(report, options.keepFindings);
    std::vector<std::unique_ptr<ReadTableScan>> scans;
    db::LibpqCursor events(pipeline, QStringLiteral("kumiko_check_events"), kFetchSize);
    if (Status opened = openCursors(pipeline, tally, scans, events); !opened)
        return opened;
    AggregateCheck aggregates(tally, scans);
    if (Status replayed = replayLog(events, aggregates, options, report, estimate);
        !replayed || report.cancelled)
        return replayed;
    for (const auto& scan : scans) {
        if (Status finished = scan->finish(); !finished)
            return finished;
    }
    return {};
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
    ConsistencyReport report;
    qint64 estimate = 0;
    const auto cancelled = [&options] {
        return options.cancel && options.cancel->load();
    };
    pipeline.setWaiting([&] {
        if (options.progress)
            options.progress(report.events, estimate);
        return !cancelled();
    });
    if (Status checked = checkAll(pipeline, options, report, estimate); !checked) {
        if (!cancelled())
            return checked.error();
        report.cancelled = true; // the server stopped the statement that was running
    }
    if (report.cancelled)
        return report;
    if (Status closed = pipeline.close(); !closed)
        return closed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace kumiko::domain
