#include "common/BackgroundWork.h"

#include <QCoreApplication>
#include <latch>
#include <memory>

namespace kumiko {

QThreadPool* BackgroundWork::pool()
{
    static QThreadPool* instance = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("kumiko-background"));
        // Few threads, kept for the life of the process: each holds a database connection, and a
        // thread that expires closes it from its exit path (see drain()).
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(-1);
        qAddPostRoutine(closeConnections);
        return p;
    }();
    return instance;
}

void BackgroundWork::drain()
{
    while (pool()->activeThreadCount() > 0)
        QThread::msleep(5);
}

void BackgroundWork::closeConnections()
{
    const int threads = pool()->maxThreadCount();
    // Shared, so that no task touches a latch after this function has returned.
    auto allRunning = std::make_shared<std::latch>(threads);
    auto closed = std::make_shared<std::latch>(threads);
    for (int i = 0; i < threads; ++i) {
        run([allRunning, closed] {
            db::ThreadConnection::closeThisThread();
            // Held until every task runs, each task has a thread of its own: every thread closes.
            allRunning->arrive_and_wait();
            closed->count_down();
        });
    }
    closed->wait();
}

} // namespace kumiko
