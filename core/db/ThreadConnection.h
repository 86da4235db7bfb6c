#pragma once

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <type_traits>

namespace kumiko::db {

/// Hands each thread its own QSqlDatabase (QPSQL), opened on first use and removed when the thread ends.
///
/// A QSqlDatabase may only be used in the thread that opened it, so core code never passes
/// connections between threads: it asks for "the connection of this thread" instead.
class ThreadConnection
{
public:
    /// Sets the server every thread connects to from now on; open connections reconnect lazily.
    static void configure(const ConnectionSettings& settings);
    static ConnectionSettings settings();
    static bool isConfigured();
    /// Every thread opens a fresh connection on its next use (the server was lost, old sockets are dead).
    static void reopenAll();

    /// The calling thread's connection, opened (SET TIME ZONE 'UTC', application_name) if needed.
    /// A connection whose socket broke is replaced transparently.
    static Result<QSqlDatabase> get();

    /// Runs `work(QSqlDatabase&)` with the calling thread's connection; when there is none, its
    /// error is the result. `work` returns a Result<T> or Status. The one place that hands out
    /// connections: pages reach it through BackgroundWork::withDatabase, commands through CliContext.
    template <typename Work>
    static auto with(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
    {
        auto db = get();
        if (!db)
            return db.error();
        return std::invoke(std::forward<Work>(work), db.value());
    }

    /// Closes and removes the calling thread's connection now (also happens at thread exit).
    static void closeThisThread();

    /// True when `db` sends bound values inside the statement text instead of as a server-side
    /// prepared statement: the server sees another client port than ours, so a proxy or a pooler
    /// (PgBouncer in transaction mode hands each transaction to any server connection, where named
    /// prepared statements of other clients live or ours are missing) stands between us.
    static bool inlinesValues(const QSqlDatabase& db);
    /// Marks `db` (opening a connection does it when it finds a proxy in between).
    static void setInlinesValues(const QSqlDatabase& db, bool inlines);

    /// True when the connection's socket is known to be broken (libpq CONNECTION_BAD).
    static bool isBroken(const QSqlDatabase& db);

    using StatementCache = QHash<QString, std::shared_ptr<QSqlQuery>>;
    /// Prepared statements of the calling thread's own connection `connectionName`; nullptr for any
    /// other connection. They live exactly as long as that connection.
    static StatementCache* statementCache(const QString& connectionName);

    /// Opens a connection under `name` in the calling thread; the caller owns and removes it.
    static Result<QSqlDatabase> openNamed(const QString& name, const ConnectionSettings& settings);
};

} // namespace kumiko::db
