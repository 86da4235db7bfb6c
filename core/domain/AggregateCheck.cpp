#include "domain/AggregateCheck.h"

#include "domain/ConsistencyTally.h"
#include "domain/ReadTableScan.h"

#include <algorithm>

namespace kumiko::domain {

AggregateCheck::AggregateCheck(ConsistencyTally& tally,
                               const std::vector<std::unique_ptr<ReadTableScan>>& scans)
    : m_tally(tally)
    , m_scans(scans)
{}

Status AggregateCheck::check(const std::string& aggregateId, std::vector<ReplayEvent>& events)
{
    const auto byId = [](const ReplayEvent& a, const ReplayEvent& b) {
        return a.id < b.id;
    };
    // The log arrives by version (the index order); a fork interleaves two streams' versions.
    if (!std::is_sorted(events.begin(), events.end(), byId))
        std::sort(events.begin(), events.end(), byId);
    checkStreams(aggregateId, events);
    const ReplayEvent& first = events.front();
    const QString& table = RowReplay::tableOf(first.aggregateType);
    if (table.isEmpty())
        reportUnknownType(aggregateId, first);
    for (const auto& scan : m_scans) {
        Status checked = scan->table() == table
                             ? scan->expect(first.aggregateType, aggregateId,
                                            RowReplay::rowAfter(aggregateId, std::move(events)))
                             : scan->pass(aggregateId);
        if (!checked)
            return checked;
    }
    return {};
}

void AggregateCheck::checkStreams(const std::string& aggregateId, const std::vector<ReplayEvent>& events)
{
    std::vector<std::pair<std::string_view, int>> versions; // stream tenant → last version seen
    for (const ReplayEvent& event : events) {
        auto stream = std::find_if(versions.begin(), versions.end(),
                                   [&event](const auto& seen) { return seen.first == event.tenantId; });
        if (stream == versions.end())
            stream = versions.insert(versions.end(), {event.tenantId, 0});
        const int expected = stream->second + 1;
        if (event.version != expected) {
            ConsistencyFinding gap = findingFor(ConsistencyFinding::Kind::VersionGap, aggregateId, event);
            gap.tenants = {QString::fromStdString(event.tenantId)};
            gap.expectedVersion = expected;
            gap.foundVersion = event.version;
            m_tally.add(std::move(gap));
        }
        stream->second = event.version;
    }
    if (versions.size() > 1) {
        ConsistencyFinding fork =
            findingFor(ConsistencyFinding::Kind::ForkedAggregate, aggregateId, events.front());
        for (const auto& [tenant, version] : versions)
            fork.tenants << QString::fromUtf8(tenant.data(), qsizetype(tenant.size()));
        fork.tenants.sort();
        m_tally.add(std::move(fork));
    }
}

void AggregateCheck::reportUnknownType(const std::string& aggregateId, const ReplayEvent& event)
{
    if (!m_unknownTypes.insert(event.aggregateType).second)
        return;
    m_tally.add(findingFor(ConsistencyFinding::Kind::UnknownAggregateType, aggregateId, event));
}

ConsistencyFinding AggregateCheck::findingFor(ConsistencyFinding::Kind kind, const std::string& aggregateId,
                                              const ReplayEvent& event)
{
    ConsistencyFinding finding;
    finding.kind = kind;
    finding.aggregateType = QString::fromStdString(event.aggregateType);
    finding.aggregateId = QString::fromStdString(aggregateId);
    finding.table = RowReplay::tableOf(event.aggregateType);
    return finding;
}

} // namespace kumiko::domain
