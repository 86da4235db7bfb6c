// Reading pages of a large event log, as the console's Events page does (es::EventSearch): 10,000,000
// events, generated once in slices with generate_series and reused when present. Measured: the newest
// page, a page deep in the log (keyset), a type with 1 % of the log (newest and deep), one aggregate's
// stream, a small and a large tenant, and for a type no index finds quickly (a rare one) how soon the
// page can say "searching…" with progress. Target: first rows <= 300 ms (median of 20).
#include "BenchFigures.h"
#include "db/Sql.h"
#include "eventstore/EventSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace kumiko;

namespace {

constexpr int kPort = 55503;
constexpr qint64 kEvents = 10000000;
constexpr qint64 kSlice = 500000;
constexpr int kRounds = 20;
constexpr double kTargetMs = 300;
const QString kStream = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString kLargeTenant = QStringLiteral("00000000-0000-4000-8000-999999999999");
const QString kSmallTenant = QStringLiteral("00000000-0000-4000-8000-000000004711");

// Like a real log: 100,000 tenants of about 100 events each plus one with 1 % of the log; 1 %
// "user.updated", 0.001 % "tenant.deleted"; one aggregate with 1,000 events.
Status fillSlice(const QSqlDatabase& db, qint64 first, qint64 last)
{
    return db::Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) SELECT CASE WHEN n % 10000 = 0 THEN ?::uuid ELSE gen_random_uuid() END, "
            "CASE WHEN n % 100 = 1 THEN 'user' ELSE 'tenant' END, "
            "CASE WHEN n % 100 = 50 THEN ?::uuid "
            "ELSE ('00000000-0000-4000-8000-' || lpad((n % 100000)::text, 12, '0'))::uuid END, "
            "CASE WHEN n % 10000 = 0 THEN n / 10000 ELSE 1 END, "
            "CASE WHEN n % 100 = 1 THEN 'user.updated' WHEN n % 100000 = 3 THEN 'tenant.deleted' "
            "ELSE 'tenant.created' END, "
            "jsonb_build_object('n', n, 'name', 'Tenant ' || n), jsonb_build_object('userId', 'bench'), "
            "'bench' FROM generate_series(?::bigint, ?::bigint) n"),
        {kStream, kLargeTenant, first, last});
}

Status fill(const QSqlDatabase& db)
{
    auto present = db::Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM kumiko_events"));
    if (!present)
        return present.error();
    qint64 next = present->toLongLong() + 1;
    if (next > kEvents)
        return {};
    for (; next <= kEvents; next += kSlice) {
        std::printf("generating events %lld to %lld of %lld...\n", static_cast<long long>(next),
                    static_cast<long long>(std::min(next + kSlice - 1, kEvents)),
                    static_cast<long long>(kEvents));
        std::fflush(stdout);
        if (Status ok = fillSlice(db, next, std::min(next + kSlice - 1, kEvents)); !ok)
            return ok;
    }
    return db::Sql::run(db, QStringLiteral("VACUUM ANALYZE kumiko_events"));
}

Result<double> timePage(const QSqlDatabase& db, const es::EventFilter& filter, size_t expected)
{
    QElapsedTimer timer;
    timer.start();
    auto page = es::EventSearch::page(db, filter);
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
            return bench::BenchFigures::failed(QStringLiteral("%1: %2").arg(label, one.error().toString()));
        ms << one.value();
    }
    bench::BenchFigures::print(label, ms, kTargetMs);
    return 0;
}

// Until the search first says how far it got (then the page shows "searching…" and Cancel), and
// until it gave up on the user's behalf.
int measureFirstProgress(const QSqlDatabase& db, const char* label, const es::EventFilter& filter)
{
    QList<double> ms;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        double first = -1;
        auto page = es::EventSearch::page(db, filter, [&](qint64, qint64) {
            first = double(timer.nsecsElapsed()) / 1e6;
            return false; // Cancel at once
        });
        if (page || page.error().code != ErrorCode::QueryCanceled || first < 0)
            return bench::BenchFigures::failed(QStringLiteral("%1: no progress before the end").arg(label));
        ms << first;
    }
    bench::BenchFigures::print(label, ms, kTargetMs);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return bench::BenchFigures::withDatabase(
        QStringLiteral("/tmp/kb-bench-pages"), kPort, QStringLiteral("bench_event_pages"),
        [](const QSqlDatabase& db) {
            int rc = 0;
            if (auto ok = fill(db); !ok)
                return bench::BenchFigures::failed(ok.error().toString());
            es::EventFilter page;
            page.newestFirst = true;
            page.limit = 200;
            rc |= measure(db, "events page: newest 200 of 10,000,000", page, 200);
            es::EventFilter deep = page;
            deep.beforeId = kEvents / 2;
            rc |= measure(db, "events page: 200 in the middle (keyset)", deep, 200);
            es::EventFilter frequent = page;
            frequent.type = QStringLiteral("user.updated");
            rc |= measure(db, "events page: newest 200 of type user.updated (1 %)", frequent, 200);
            frequent.beforeId = kEvents / 2;
            rc |= measure(db, "events page: 200 of type user.updated in the middle (keyset)", frequent, 200);
            es::EventFilter stream = page;
            stream.aggregateId = kStream;
            rc |= measure(db, "events page: newest 200 of one aggregate's stream", stream, 200);
            es::EventFilter small = page;
            small.tenantId = kSmallTenant;
            rc |= measure(db, "events page: one tenant of 100,000 (about 100 events)", small, 100);
            es::EventFilter large = page;
            large.tenantId = kLargeTenant;
            rc |= measure(db, "events page: newest 200 of one tenant with 1 % of the log", large, 200);
            es::EventFilter rare = page;
            rare.type = QStringLiteral("tenant.deleted");
            rc |= measureFirstProgress(db, "events page: a rare type (0.001 %) until \"searching…\"", rare);
            return rc;
        });
}
