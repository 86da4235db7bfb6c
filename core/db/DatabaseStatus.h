#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::db {

/// A snapshot of what is in a database: server version, the console's schema version, row counts.
struct DatabaseStatus
{
    struct Table
    {
        QString name;
        bool exists = false;
        qint64 rows = 0;
    };

    QString serverVersion;
    QString databaseName;
    int schemaVersion = 0;       ///< 0 when the console's schema was never installed
    int latestSchemaVersion = 0; ///< what this build would install
    QList<Table> tables;
    /// Reached through a pooler in transaction pooling mode (PoolerProbe); filled in by the caller.
    bool transactionPooling = false;

    static Result<DatabaseStatus> read(const QSqlDatabase& db);
    nlohmann::json toJson() const;
    QString toText() const;
};

} // namespace kumiko::db
