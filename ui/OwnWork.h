#pragma once

#include <QFuture>
#include <QList>

namespace kumiko::ui {

/// The background work one widget started and receives the results of (`QFuture::then(this, …)`):
/// its destructor waits for exactly that work, not for the whole pool — closing a dialog must not
/// wait for migrations another page applies. Qt 6.4 asserts when a continuation's context is gone.
class OwnWork
{
public:
    OwnWork() = default;
    OwnWork(const OwnWork&) = delete;
    OwnWork& operator=(const OwnWork&) = delete;
    ~OwnWork() { waitForAll(); }

    /// Keeps `future` to wait for; returns it for `.then(this, …)`.
    template <typename T>
    QFuture<T> track(QFuture<T> future)
    {
        m_running.removeIf([](const QFuture<void>& done) { return done.isFinished(); });
        m_running.append(QFuture<void>(future));
        return future;
    }

    void waitForAll()
    {
        for (QFuture<void>& future : m_running)
            future.waitForFinished();
        m_running.clear();
    }

private:
    QList<QFuture<void>> m_running;
};

} // namespace kumiko::ui
