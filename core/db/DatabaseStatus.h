#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::db {

/// How DatabaseStatus counts rows.
enum class RowCounts
{
    Estimated, ///< the planner's pg_class.reltuples: no table is read (never analysed ones: see read())
    Exact,     ///< count(*) per table: reads every table in full
};

/// A snapshot of what is in a database: server version, the console's schema version, row counts.
struct DatabaseStatus
{
    /// A table that has never been analysed has no estimate; it is counted up to this many rows.
    static constexpr qint64 UnanalysedCountCap = 10000;

    struct Table
    {
        QString name;
        bool exists = false;
        qint64 rows = 0;
        bool atLeast = false; ///< never analysed and larger than UnanalysedCountCap: `rows` is the cap
    };

    QString serverVersion;
    QString databaseName;
    int schemaVersion = 0;       ///< 0 when the console's schema was never installed
    int latestSchemaVersion = 0; ///< what this build would install
    RowCounts counts = RowCounts::Estimated;
    QList<Table> tables;
    /// Reached through a pooler in transaction pooling mode (PoolerProbe); filled in by the caller.
    bool transactionPooling = false;

    static Result<DatabaseStatus> read(const QSqlDatabase& db, RowCounts counts);
    nlohmann::json toJson() const;
    QString toText() const;
};

} // namespace kumiko::db
