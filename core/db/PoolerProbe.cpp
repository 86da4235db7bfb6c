#include "db/PoolerProbe.h"

#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QAtomicInteger>

namespace kumiko::db {
namespace {

QAtomicInteger<quint64> probeCounter;

Result<qint64> serverProcess(const QSqlDatabase& db)
{
    auto pid = Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid)
        return pid.error();
    return pid->toLongLong();
}

} // namespace

Result<bool> PoolerProbe::sharesServerSessions(const QSqlDatabase& db, const ConnectionSettings& settings)
{
    auto first = serverProcess(db);
    if (!first)
        return first.error();
    const QString name = QStringLiteral("kumiko-pooler-probe-%1").arg(++probeCounter);
    Result<qint64> second = qint64(0);
    {
        // The handle must be gone before removeDatabase(), hence the scope.
        auto other = ThreadConnection::openNamed(name, settings);
        second = other ? serverProcess(other.value()) : Result<qint64>(other.error());
        if (other)
            other.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!second)
        return second.error();
    return first.value() == second.value();
}

} // namespace kumiko::db
