#pragma once

#include "common/Result.h"
#include "db/ConnectionSettings.h"
#include "db/EmbeddedPostgres.h"

namespace kumiko::db {

/// Decides which database a program talks to: an explicit URL, or else the embedded local cluster.
class DatabaseLocator
{
public:
    /// Database name used inside the embedded cluster.
    static QString embeddedDatabaseName() { return QStringLiteral("kumiko"); }
    /// The embedded cluster in its folders of DataLocations::current().
    static EmbeddedPostgres embedded();

    /// Starts (or reuses) the embedded cluster and returns how to reach its database.
    static Result<ConnectionSettings> startEmbedded(const QString& applicationName);

    /// `--database-url`, KUMIKO_DATABASE_URL, DATABASE_URL; otherwise starts (or reuses) the embedded
    /// cluster. `applicationName` is reported to the server unless the URL names one.
    static Result<ConnectionSettings> resolve(const QString& commandLineUrl, const QString& applicationName);
};

} // namespace kumiko::db
