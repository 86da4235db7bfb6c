// `kumiko db check` on a large log: 1,000,000 events (500,000 config values, each created and updated
// once) with their read rows. Target: at least 100,000 events/s, i.e. <= 10,000 ms for the whole log
// (median of 3), with a clean report.
#include "BenchFigures.h"
#include "db/Sql.h"
#include "domain/ConsistencyCheck.h"
#include "domain/WellKnownIds.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace kumiko;

namespace {

constexpr int kPort = 55507;
constexpr int kAggregates = 500000;
constexpr int kRounds = 3;
constexpr double kTargetMs = 2.0 * kAggregates / 100000.0 * 1000.0;

// Events as the handlers write them (created at version 1, updated at 2) and the rows they produce.
Status fill(const QSqlDatabase& db)
{
    const QString system = domain::WellKnownIds::systemTenantId();
    if (auto events = db::Sql::run(
            db,
            QStringLiteral(
                "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
                "metadata, created_by, created_at) "
                "SELECT md5(n::text)::uuid, 'config-value', ?::uuid, v, "
                "CASE v WHEN 1 THEN 'config-value.created' ELSE 'config-value.updated' END, "
                "CASE v WHEN 1 THEN jsonb_build_object('key', 'bench:config:k' || n, 'value', n::text, "
                "'userId', NULL, 'tenantId', ?::text) "
                "ELSE jsonb_build_object('changes', jsonb_build_object('value', (n + 1)::text)) END, "
                "'{\"userId\": \"bench\"}', 'bench', "
                "timestamptz '2026-01-01 00:00:00+00' + n * interval '1 ms' + v * interval '1 day' "
                "FROM generate_series(1, ?) n CROSS JOIN generate_series(1, 2) v ORDER BY n, v"),
            {system, system, kAggregates});
        !events)
        return events;
    return db::Sql::run(
        db,
        QStringLiteral("INSERT INTO read_config_values (id, tenant_id, version, inserted_at, modified_at, "
                       "inserted_by_id, modified_by_id, key, value, user_id) "
                       "SELECT md5(n::text)::uuid, ?::uuid, 2, "
                       "timestamptz '2026-01-01 00:00:00+00' + n * interval '1 ms' + interval '1 day', "
                       "timestamptz '2026-01-01 00:00:00+00' + n * interval '1 ms' + interval '2 days', "
                       "'bench', 'bench', 'bench:config:k' || n, (n + 1)::text, NULL "
                       "FROM generate_series(1, ?) n"),
        {system, kAggregates});
}

int measure(const QSqlDatabase& db)
{
    QList<double> ms;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto report = domain::ConsistencyCheck::run(db, {});
        ms << double(timer.nsecsElapsed()) / 1e6;
        if (!report)
            return bench::BenchFigures::failed(report.error().toString());
        if (!report->clean() || report->events != 2 * kAggregates)
            return bench::BenchFigures::failed(QString::fromStdString(report->toJson().dump()).left(2000));
    }
    bench::BenchFigures::print("db check: 1,000,000 events, 500,000 rows", ms, kTargetMs);
    const double perSecond = 2.0 * kAggregates / (bench::BenchFigures::median(ms) / 1000.0);
    std::printf("db check: %.0f events/s (target >= 100000): %s\n", perSecond,
                perSecond >= 100000 ? "met" : "NOT met");
    return perSecond >= 100000 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return bench::BenchFigures::withDatabase(
        QStringLiteral("/tmp/kb-bench-check"), kPort, QStringLiteral("bench_db_check"),
        [](const QSqlDatabase& db) {
            auto count = db::Sql::scalar(db, QStringLiteral("SELECT count(*) FROM kumiko_events"));
            if (count && count->toLongLong() < 2 * kAggregates) {
                std::printf("filling kumiko_events with %d events and read_config_values with %d rows...\n",
                            2 * kAggregates, kAggregates);
                std::fflush(stdout);
                if (auto ok = fill(db); !ok)
                    return bench::BenchFigures::failed(ok.error().toString());
                if (auto ok = db::Sql::run(db, QStringLiteral("VACUUM ANALYZE")); !ok)
                    return bench::BenchFigures::failed(ok.error().toString());
            }
            return measure(db);
        });
}
