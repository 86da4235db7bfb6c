#pragma once

#include "common/Result.h"
#include "db/LibpqCursor.h"
#include "domain/ConsistencyCheck.h"

#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kumiko::domain {

class ConsistencyTally;

/// One read table walked in id order next to the aggregates, which arrive in aggregate id order:
/// a merge that finds rows without events, missing rows and rows that differ from their replay.
/// A row whose replayed values equal the table's text column by column is sound; the few others
/// (a real difference, or a value the column's type converts, like a timestamp written another
/// way) are compared by the server with the table's own types, which names the differing columns.
class ReadTableScan
{
public:
    ReadTableScan(db::LibpqPipeline& pipeline, QString table, ConsistencyTally& tally);

    const QString& table() const { return m_table; }
    Status open();
    /// An aggregate of another table or of an unknown type: a row here with its id is no orphan
    /// and is not looked at.
    Status pass(std::string_view aggregateId);
    /// An aggregate this table holds, and the row its events leave (nullopt: none).
    Status expect(std::string_view aggregateType, const std::string& aggregateId,
                  std::optional<nlohmann::json> row);
    /// After the last aggregate: the rows left have no events; rows still waiting are compared.
    Status finish();

private:
    enum class ColumnKind
    {
        Text, ///< text, varchar, uuid, timestamptz: equal output text means equal values
        Boolean,
        Integer,
        Other, ///< always left to the server
    };
    struct Column
    {
        std::string name;
        ColumnKind kind = ColumnKind::Other;
    };

    Status refill();
    Result<bool> reach(std::string_view aggregateId);
    bool matches(const nlohmann::json& row) const;
    static bool sameValue(const nlohmann::json& value, ColumnKind kind, std::string_view text);
    Status compareOnServer();
    void add(ConsistencyFinding::Kind kind, std::string_view aggregateType, std::string_view aggregateId,
             const QStringList& columns = {});

    db::LibpqPipeline& m_pipeline;
    QString m_table;
    ConsistencyTally& m_tally;
    db::LibpqCursor m_cursor;
    std::optional<db::LibpqResult> m_batch;
    int m_position = 0;
    std::vector<Column> m_columns;
    int m_idColumn = -1;
    nlohmann::json m_undecided = nlohmann::json::array();          ///< rows for the server to compare
    std::unordered_map<std::string, std::string> m_undecidedTypes; ///< their aggregate types by id
};

} // namespace kumiko::domain
