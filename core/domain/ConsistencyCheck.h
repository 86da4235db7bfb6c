#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace kumiko::domain {

/// One disagreement between the event log and the read tables.
struct ConsistencyFinding
{
    enum class Kind
    {
        RowDiffers,           ///< the read row is not what its events produce (columns name where)
        RowMissing,           ///< the events leave a row, the table has none
        RowWithoutEvents,     ///< a read row no event produces (never created, or deleted by its events)
        ForkedAggregate,      ///< the aggregate's events lie in more than one tenant stream (tenants)
        VersionGap,           ///< a stream's versions do not run 1, 2, 3, … (expected/found)
        UnknownAggregateType, ///< events of an aggregate type no projection here knows
    };
    Kind kind = Kind::RowDiffers;
    QString aggregateType;
    QString aggregateId;
    QString table;
    QStringList columns; ///< RowDiffers: the columns that differ (names only: values may be secrets)
    QStringList tenants; ///< ForkedAggregate: every stream tenant; VersionGap: the stream's tenant
    int expectedVersion = 0;
    int foundVersion = 0;

    static QString kindName(Kind kind); ///< stable snake_case name, e.g. "forked_aggregate"
    nlohmann::json toJson() const;
};

/// What a check found; counts cover every finding, `findings` holds the first ones.
struct ConsistencyReport
{
    qint64 events = 0;
    qint64 aggregates = 0;
    qint64 rows = 0; ///< read rows looked at
    std::vector<ConsistencyFinding> findings;
    std::map<ConsistencyFinding::Kind, qint64> counts;
    bool cancelled = false;

    qint64 problems() const;
    bool clean() const { return problems() == 0 && !cancelled; }
    bool truncated() const { return qint64(findings.size()) < problems(); }
    /// The stable `db check --json` shape.
    nlohmann::json toJson() const;
};

/// Replays every aggregate's events and compares the result with the read tables, in one read-only
/// snapshot, streaming: events arrive ordered by aggregate through a cursor, each read table through
/// one in the same id order, and the two are merged, so memory stays flat however long the log is.
class ConsistencyCheck
{
public:
    struct Options
    {
        int keepFindings = 1000; ///< findings kept in the report; counts go on past it
        /// Called now and then with events read so far and the table's estimated size (0: unknown).
        std::function<void(qint64 done, qint64 estimate)> progress;
        const std::atomic<bool>* cancel = nullptr; ///< stops between batches; report.cancelled
    };

    static Result<ConsistencyReport> run(const QSqlDatabase& db, const Options& options);
};

} // namespace kumiko::domain
