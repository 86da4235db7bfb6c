#pragma once

#include <QFuture>
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

    /// Returns a QFuture; deliver the result with `future.then(context, …)` on the GUI thread. Work
    /// that takes a `QPromise<T>&` as its first parameter can report progress
    /// (`setProgressRange/Value`) and should stop between steps when `promise.isCanceled()`.
    template <typename Work>
    static auto run(Work&& work)
    {
        return QtConcurrent::run(pool(), std::forward<Work>(work));
    }
};

} // namespace kumiko
