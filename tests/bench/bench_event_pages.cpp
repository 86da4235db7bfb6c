// Reading pages of a large event log, as the console's Events page does: 1,000,000 events, then the
// newest page, a page deep in the log (keyset), a page of a rare event type and one aggregate's
// stream. Target: every page <= 50 ms (median of 20), so the list opens and scrolls at once.
#include "BenchFigures.h"
#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "eventstore/EventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace kumiko;

namespace {

constexpr int kPort = 55503;
constexpr int kEvents = 1000000;
constexpr int kRounds = 20;
constexpr double kTargetMs = 50;
const QString kStream = QStringLiteral("33333333-3333-4333-8333-333333333333");

// Types and tenants vary like a real log: 1% "user.updated", one aggregate with 1,000 events.
Status fill(const QSqlDatabase& db)
{
    return db::Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) SELECT CASE WHEN n % 1000 = 0 THEN ?::uuid ELSE gen_random_uuid() END, "
            "CASE WHEN n % 100 = 1 THEN 'user' ELSE 'tenant' END, "
            "('00000000-0000-4000-8000-' || lpad((n % 50)::text, 12, '0'))::uuid, "
            "CASE WHEN n % 1000 = 0 THEN n / 1000 ELSE 1 END, "
            "CASE WHEN n % 100 = 1 THEN 'user.updated' ELSE 'tenant.created' END, "
            "jsonb_build_object('n', n, 'name', 'Tenant ' || n), jsonb_build_object('userId', 'bench'), "
            "'bench' "
            "FROM generate_series(1, ?) n"),
        {kStream, kEvents});
}

Result<double> timePage(const QSqlDatabase& db, const es::EventFilter& filter, size_t expected)
{
    QElapsedTimer timer;
    timer.start();
    auto page = es::EventStore::read(db, filter);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!page)
        return page.error();
    if (page->events.size() != expected)
        return Error::make(ErrorCode::InvalidState,
                           QStringLiteral("%1 events instead of %2").arg(page->events.size()).arg(expected));
    return ms;
}

int measure(const QSqlDatabase& db, const char* label, const es::EventFilter& filter, size_t expected)
{
    QList<double> ms;
    for (int round = 0; round < kRounds; ++round) {
        auto one = timePage(db, filter, expected);
        if (!one)
            return bench::BenchFigures::failed(one.error().toString());
        ms << one.value();
    }
    bench::BenchFigures::print(label, ms, kTargetMs);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    db::EmbeddedPostgres cluster(QStringLiteral("/tmp/kb-bench-pages"), kPort,
                                 db::EmbeddedPostgres::Durability::Throwaway);
    if (auto ok = cluster.ensureRunning(); !ok)
        return bench::BenchFigures::failed(ok.error().toString());
    const QString name = QStringLiteral("bench_event_pages");
    if (auto ok = cluster.ensureDatabase(name); !ok)
        return bench::BenchFigures::failed(ok.error().toString());
    db::ThreadConnection::configure(cluster.connectionSettings(name));
    int rc = 0;
    {
        auto db = db::ThreadConnection::get();
        if (!db)
            return bench::BenchFigures::failed(db.error().toString());
        if (auto schema = db::SchemaBootstrap::run(db.value()); !schema)
            return bench::BenchFigures::failed(schema.error().toString());
        auto count = db::Sql::scalar(db.value(), QStringLiteral("SELECT count(*) FROM kumiko_events"));
        if (count && count->toLongLong() < kEvents) {
            std::printf("filling kumiko_events with %d events...\n", kEvents);
            std::fflush(stdout);
            if (auto ok = fill(db.value()); !ok)
                return bench::BenchFigures::failed(ok.error().toString());
            if (auto ok = db::Sql::run(db.value(), QStringLiteral("VACUUM ANALYZE kumiko_events")); !ok)
                return bench::BenchFigures::failed(ok.error().toString());
        }
        auto newest = db::Sql::scalar(db.value(), QStringLiteral("SELECT max(id) FROM kumiko_events"));
        if (!newest)
            return bench::BenchFigures::failed(newest.error().toString());
        es::EventFilter page;
        page.newestFirst = true;
        page.limit = 200;
        rc |= measure(db.value(), "events page: newest 200 of 1,000,000", page, 200);
        es::EventFilter deep = page;
        deep.beforeId = newest->toLongLong() / 2;
        rc |= measure(db.value(), "events page: 200 in the middle (keyset)", deep, 200);
        es::EventFilter rare = page;
        rare.type = QStringLiteral("user.updated");
        rc |= measure(db.value(), "events page: newest 200 of type user.updated (1%)", rare, 200);
        es::EventFilter stream = page;
        stream.aggregateId = kStream;
        rc |= measure(db.value(), "events page: newest 200 of one aggregate's stream", stream, 200);
    }
    db::ThreadConnection::closeThisThread();
    if (auto stopped = cluster.stop(); !stopped)
        return bench::BenchFigures::failed(stopped.error().toString());
    return rc;
}
