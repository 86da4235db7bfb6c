#include "BenchFigures.h"

#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/ThreadConnection.h"

#include <QUrl>
#include <algorithm>
#include <cstdio>

namespace kumiko::bench {

double BenchFigures::median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool BenchFigures::print(const char* label, const QList<double>& ms, double targetMs)
{
    const bool met = median(ms) <= targetMs;
    std::printf("%s: median %.1f ms (min %.1f, max %.1f, n=%lld) target <= %.0f ms: %s\n", label, median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                static_cast<long long>(ms.size()), targetMs, met ? "met" : "NOT met");
    std::fflush(stdout);
    return met;
}

bool BenchFigures::printValue(const char* label, double value, const char* unit, double target)
{
    const bool met = value <= target;
    std::printf("%s: %.1f %s target <= %.0f %s: %s\n", label, value, unit, target, unit,
                met ? "met" : "NOT met");
    std::fflush(stdout);
    return met;
}

int BenchFigures::failed(const QString& message)
{
    std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(message));
    return 1;
}

int BenchFigures::withDatabase(const QString& dir, int port, const QString& database,
                               const std::function<int(const QSqlDatabase&)>& work)
{
    db::EmbeddedPostgres cluster(dir, port, db::EmbeddedPostgres::Durability::Throwaway);
    if (auto ok = cluster.ensureRunning(); !ok)
        return failed(ok.error().toString());
    if (auto ok = cluster.ensureDatabase(database); !ok)
        return failed(ok.error().toString());
    db::ThreadConnection::configure(cluster.connectionSettings(database));
    int rc = 0;
    {
        auto db = db::ThreadConnection::get();
        if (!db)
            return failed(db.error().toString());
        if (auto schema = db::SchemaBootstrap::run(db.value()); !schema)
            return failed(schema.error().toString());
        rc = work(db.value());
    }
    db::ThreadConnection::closeThisThread();
    if (auto stopped = cluster.stop(); !stopped)
        return failed(stopped.error().toString());
    return rc;
}

QString BenchFigures::url(const db::ConnectionSettings& settings)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(settings.user, QString::fromUtf8(QUrl::toPercentEncoding(settings.host)),
             QString::number(settings.port), settings.database);
}

} // namespace kumiko::bench
