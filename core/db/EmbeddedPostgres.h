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

    /// The user's application-data folder; /var/lib/kumiko-admin/embedded-pg when running as root
    /// (root's home is not reachable by the `postgres` user).
    static QString defaultBaseDir();

    QString baseDir() const { return m_baseDir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
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
    int m_port;
    Durability m_durability;
};

} // namespace kumiko::db
