#include "db/ThreadConnection.h"

#include "db/LibpqHandle.h"
#include "db/Sql.h"
#include "db/SqlError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace kumiko::db {
namespace {

struct SharedConfiguration
{
    QMutex mutex;
    ConnectionSettings settings;
    bool configured = false;
    int generation = 0;
};

SharedConfiguration& shared()
{
    static SharedConfiguration instance;
    return instance;
}

QAtomicInteger<quint64> connectionCounter;

void removeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Owned by one thread; its destructor runs when that thread exits.
struct ThisThreadConnection
{
    QString name;
    int generation = -1;
    // On the heap, so that it can be left behind: see the destructor.
    ThreadConnection::StatementCache* statements = new ThreadConnection::StatementCache;

    ~ThisThreadConnection()
    {
        // Pool threads can outlive QCoreApplication at process exit; by then Qt's SQL layer may be
        // torn down, and destroying a prepared query would call into a driver that is gone (seen as
        // a crash at exit). The process is ending and the server closes the socket anyway. Without an
        // open connection (closed by closeThisThread()) the cache is empty and goes.
        if (!name.isEmpty() && !QCoreApplication::instance())
            return;
        drop();
        delete statements;
    }
    void drop()
    {
        statements->clear();
        if (!name.isEmpty())
            removeConnection(name);
        name.clear();
    }
};

thread_local ThisThreadConnection thisThread;

const char* const kInlineValuesProperty = "kumikoInlineValues";

// Our end of the TCP connection; 0 for a Unix socket.
int localPort(PGconn* connection)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(PQsocket(connection), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 0;
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
    return 0;
}

// A direct connection is seen by the server from our own port (or both ends are Unix sockets).
bool behindProxy(const QSqlDatabase& db)
{
    PGconn* connection = LibpqHandle::of(db);
    auto seen = Sql::scalar(db, QStringLiteral("SELECT coalesce(inet_client_port(), 0)"));
    return connection && seen && seen->toInt() != localPort(connection);
}

} // namespace

void ThreadConnection::configure(const ConnectionSettings& settings)
{
    QMutexLocker lock(&shared().mutex);
    shared().settings = settings;
    shared().configured = true;
    ++shared().generation;
}

ConnectionSettings ThreadConnection::settings()
{
    QMutexLocker lock(&shared().mutex);
    return shared().settings;
}

bool ThreadConnection::isConfigured()
{
    QMutexLocker lock(&shared().mutex);
    return shared().configured;
}

void ThreadConnection::reopenAll()
{
    QMutexLocker lock(&shared().mutex);
    ++shared().generation;
}

bool ThreadConnection::isBroken(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return true;
    PGconn* connection = LibpqHandle::of(db);
    return connection != nullptr && PQstatus(connection) == CONNECTION_BAD;
}

Result<QSqlDatabase> ThreadConnection::openNamed(const QString& name, const ConnectionSettings& settings)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Error::make(ErrorCode::DriverMissing,
                           QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(settings.qtConnectOptions());
    if (!db.open()) {
        Error e = SqlError::fromQSqlError(db.lastError(),
                                          QStringLiteral("connect to %1").arg(settings.redactedUrl()));
        db = {};
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    if (auto ok = Sql::run(db, QStringLiteral("SET TIME ZONE 'UTC'; SET client_min_messages TO warning"));
        !ok) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(name);
        return ok.error();
    }
    setInlinesValues(db, behindProxy(db));
    return db;
}

Result<QSqlDatabase> ThreadConnection::get()
{
    ConnectionSettings settings;
    int generation = 0;
    {
        QMutexLocker lock(&shared().mutex);
        if (!shared().configured)
            return Error::make(ErrorCode::NotConfigured, QStringLiteral("no database configured"));
        settings = shared().settings;
        generation = shared().generation;
    }
    if (!thisThread.name.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(thisThread.name, false);
        if (thisThread.generation == generation && !isBroken(db))
            return db;
        db = {};
        thisThread.drop();
    }
    const QString name = QStringLiteral("kumiko-%1").arg(++connectionCounter);
    auto opened = openNamed(name, settings);
    if (!opened)
        return opened.error();
    thisThread.name = name;
    thisThread.generation = generation;
    return opened;
}

bool ThreadConnection::inlinesValues(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->property(kInlineValuesProperty).toBool();
}

void ThreadConnection::setInlinesValues(const QSqlDatabase& db, bool inlines)
{
    // On the driver object, so the mark lives and dies with this connection.
    if (db.driver())
        db.driver()->setProperty(kInlineValuesProperty, inlines);
}

ThreadConnection::StatementCache* ThreadConnection::statementCache(const QString& connectionName)
{
    return !connectionName.isEmpty() && connectionName == thisThread.name ? thisThread.statements : nullptr;
}

void ThreadConnection::closeThisThread()
{
    thisThread.drop();
}

} // namespace kumiko::db
