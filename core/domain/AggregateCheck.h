#pragma once

#include "common/Result.h"
#include "domain/ConsistencyCheck.h"
#include "domain/RowReplay.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace kumiko::domain {

class ConsistencyTally;
class ReadTableScan;

/// Checks one aggregate at a time, in aggregate id order: its streams (forks, version gaps), its
/// type, and the row its events leave, which the scan of its table compares; the other tables'
/// scans move past its id.
class AggregateCheck
{
public:
    AggregateCheck(ConsistencyTally& tally, const std::vector<std::unique_ptr<ReadTableScan>>& scans);

    /// `events`: all of one aggregate's, in any order (replayed in id order).
    Status check(const std::string& aggregateId, std::vector<ReplayEvent>& events);

private:
    void checkStreams(const std::string& aggregateId, const std::vector<ReplayEvent>& events);
    void reportUnknownType(const std::string& aggregateId, const ReplayEvent& event);
    static ConsistencyFinding findingFor(ConsistencyFinding::Kind kind, const std::string& aggregateId,
                                         const ReplayEvent& event);

    ConsistencyTally& m_tally;
    const std::vector<std::unique_ptr<ReadTableScan>>& m_scans;
    std::set<std::string> m_unknownTypes;
};

} // namespace kumiko::domain
