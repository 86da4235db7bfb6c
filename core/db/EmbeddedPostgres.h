#pragma once

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QString>
#include <QStringList>

namespace kumiko::db {

/// A private PostgreSQL cluster in a folder of ours, reachable only through a Unix socket.
///
/// Used as the console's default database and as the tests' throwaway server. When the process
/// runs as root the server runs as the unprivileged `postgres` user, because PostgreSQL refuses root.
class EmbeddedPostgres
{
public:
    enum class Durability
    {
        Durable,
        Throwaway
    };

    explicit EmbeddedPostgres(QString baseDir, int port = 5432, Durability durability = Durability::Durable);

    QString baseDir() const { return m_baseDir; }
    QString dataDir() const;
    QString socketDir() const;
    /// The server's log file, in the log folder (by default `log/` below the base folder).
    QString logFile() const;
    /// Puts the server's log into `logDir` instead (created like the other folders, private).
    void setLogDir(const QString& logDir);
    int port() const { return m_port; }

    /// Creates the cluster if needed, starts it if it is not running, waits until it accepts connections.
    Status ensureRunning();
    /// Stops the server (fast shutdown); succeeds if it was not running.
    Status stop();
    bool isRunning() const;
    /// Creates the database if it does not exist yet.
    Status ensureDatabase(const QString& name) const;

    /// How to connect as the cluster's superuser to `database`.
    ConnectionSettings connectionSettings(const QString& database) const;

    static QString superuser() { return QStringLiteral("postgres"); }

private:
    Result<QString> binDir() const;
    Status prepareFolders() const;
    Status initCluster(const QString& bin) const;
    Status checkSocketFree() const;
    Status start(const QString& bin) const;
    Result<int> runServerProgram(const QString& program, const QStringList& args, QString* output,
                                 int timeoutMs) const;
    QString serverLogTail() const;

    QString m_baseDir;
    QString m_logDir;
    int m_port;
    Durability m_durability;
};

} // namespace kumiko::db
