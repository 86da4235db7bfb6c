#include "common/BackgroundWork.h"

namespace kumiko {

QThreadPool* BackgroundWork::pool()
{
    static QThreadPool* instance = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("kumiko-background"));
        // Few threads: each holds a database connection while it lives.
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(120000);
        return p;
    }();
    return instance;
}

} // namespace kumiko
