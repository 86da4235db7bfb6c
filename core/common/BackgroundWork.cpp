#include "common/BackgroundWork.h"

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
        return p;
    }();
    return instance;
}

void BackgroundWork::drain()
{
    while (pool()->activeThreadCount() > 0)
        QThread::msleep(5);
}

} // namespace kumiko
