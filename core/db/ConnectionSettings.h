#pragma once

#include "common/Result.h"

#include <QString>

namespace kumiko::db {

/// Where and how to reach a PostgreSQL server; parsed from a libpq connection URL.
class ConnectionSettings
{
public:
    QString host; ///< host name, IP address, or a Unix-socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode;               ///< empty = libpq default
    int connectTimeoutSeconds = 0; ///< 0 = libpq default
    QString applicationName;
    bool embedded = false; ///< the private local cluster DatabaseLocator started (no URL given)

    /// Parses `postgresql://` / `postgres://` URLs. Error messages never contain the password.
    static Result<ConnectionSettings> fromUrl(const QString& url);

    /// `--database-url`, then KUMIKO_DATABASE_URL, then DATABASE_URL. Error code `no_database_url`
    /// when none is set, so callers can fall back to the embedded database.
    static Result<ConnectionSettings> fromCommandLineOrEnvironment(const QString& commandLineUrl);

    /// For settings parsed from a URL: a warning that its password can be read by others (process list,
    /// environment, shell history) and what to use instead; empty when the URL has no password.
    QString urlPasswordWarning() const;
    /// The URL with the password replaced by "***", for status lines and logs.
    QString redactedUrl() const;
    /// Options for QSqlDatabase::setConnectOptions (libpq keywords), without the password.
    QString qtConnectOptions() const;
    bool isUnixSocket() const { return host.startsWith(QLatin1Char('/')); }
};

} // namespace kumiko::db
