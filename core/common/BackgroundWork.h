#pragma once

#include "db/ThreadConnection.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>
#include <utility>

namespace kumiko {

/// Runs blocking work (SQL, argon2, process starts) off the calling thread on a shared pool whose
/// threads keep their own database connections between jobs.
class BackgroundWork
{
public:
    static QThreadPool* pool();

    /// Waits until no work runs or waits on the pool. Unlike QThreadPool::waitForDone(), which also
    /// ends the threads, the threads and their connections stay: closing a connection's prepared
    /// queries from a thread's exit path crashed in the QPSQL driver now and then.
    static void drain();
    /// Closes every pool thread's database connection in that thread. Runs by itself when the
    /// application object is destroyed: the threads outlive it, and Qt's SQL registry would otherwise
    /// close their connections from the exiting main thread.
    static void closeConnections();

    /// Returns a QFuture; deliver the result with `future.then(context, …)` on the GUI thread. Work
    /// that takes a `QPromise<T>&` as its first parameter can report progress
    /// (`setProgressRange/Value`) and should stop between steps when `promise.isCanceled()`.
    template <typename Work>
    static auto run(Work&& work)
    {
        return QtConcurrent::run(pool(), std::forward<Work>(work));
    }

    /// Runs `work(QSqlDatabase&)` on the pool with that pool thread's own connection and returns
    /// QFuture<R>, R being what `work` returns (Result<T> or Status); a connection failure becomes
    /// R's error. Services called from `work` own their transactions.
    template <typename Work>
    static auto withDatabase(Work&& work)
    {
        return run([work = std::forward<Work>(work)]() mutable { return db::ThreadConnection::with(work); });
    }

    /// Like withDatabase(), for work that reports progress or checks for cancellation:
    /// `work(QPromise<R>&, QSqlDatabase&)` adds its result itself; a connection failure is added as
    /// R(error), so R must be constructible from an Error.
    template <typename R, typename Work>
    static QFuture<R> withDatabaseReporting(Work&& work)
    {
        return run([work = std::forward<Work>(work)](QPromise<R>& promise) mutable {
            auto db = db::ThreadConnection::get();
            if (!db) {
                promise.addResult(R(db.error()));
                return;
            }
            work(promise, db.value());
        });
    }
};

} // namespace kumiko
