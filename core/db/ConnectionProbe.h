#pragma once

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>

namespace kumiko::db {

/// The "test connection" use case: which server and database a connection reaches and whether the
/// Kumiko schema is installed there.
class ConnectionProbe
{
public:
    struct Report
    {
        QString serverVersion;
        QString databaseName;
        int schemaVersion = 0;       ///< 0 when the console's schema was never installed
        int latestSchemaVersion = 0; ///< what this build would install
        /// Reached through a pooler in transaction pooling mode (PoolerProbe), where LISTEN cannot work;
        /// filled in by the caller, like DatabaseStatus::transactionPooling.
        bool transactionPooling = false;

        /// True when the schema is installed up to what this build needs.
        bool hasKumikoSchema() const { return schemaVersion > 0 && schemaVersion >= latestSchemaVersion; }
    };

    /// Connects with `settings` on a short-lived connection of its own (the program's connections
    /// stay untouched) and inspects it. Errors: the connection codes (`connection_failed`, …).
    static Result<Report> probe(const ConnectionSettings& settings);

    /// Inspects an open connection.
    static Result<Report> inspect(const QSqlDatabase& db);

    /// inspect(), and whether `db` (opened with `settings`) goes through a pooler in transaction mode,
    /// detected by PoolerProbe as `db status` does: what the console needs to know after connecting.
    /// `db` must not be inside a transaction.
    static Result<Report> inspectSession(const QSqlDatabase& db, const ConnectionSettings& settings);

    /// The version of the PostgreSQL client library (libpq) this program runs with, e.g. "15.14".
    static QString clientLibraryVersion();
};

} // namespace kumiko::db
