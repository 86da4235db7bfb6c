// Event store throughput: (a) 10,000 tenant:write:create in one transaction, (b) 1,000 commands each in
// its own transaction, (c) one batch append of 10,000 new streams with their read rows.
#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"
#include "eventstore/EventStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUuid>
#include <cstdio>

using namespace kumiko;
using nlohmann::json;

namespace {

int failed(const Error& error)
{
    std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(error.toString()));
    return 1;
}

void report(const char* label, int count, qint64 nanoseconds)
{
    const double seconds = double(nanoseconds) / 1e9;
    std::printf("%s: %d in %.1f ms = %.0f /s\n", label, count, seconds * 1000.0, count / seconds);
    std::fflush(stdout);
}

Status createTenant(const QSqlDatabase& db, const domain::HandlerRegistry& registry, const QString& key)
{
    auto outcome = registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                     json{{"key", key.toStdString()}, {"name", "Bench tenant"}},
                                     domain::Actor::system());
    if (!outcome)
        return outcome.error();
    return {};
}

int runBenchmarks(const QSqlDatabase& db)
{
    const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    for (int i = 0; i < 200; ++i) { // warm-up: prepared statements, caches
        if (auto ok = createTenant(db, registry, QStringLiteral("warm-%1").arg(i)); !ok)
            return failed(ok.error());
    }

    // The machine's cost of one statement round trip, for reading the figures below.
    constexpr int kRoundTrips = 5000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRoundTrips; ++i) {
        if (auto ok = db::Sql::run(db, QStringLiteral("SELECT ?::int"), {i}); !ok)
            return failed(ok.error());
    }
    report("(0) baseline: SELECT ?::int round trips", kRoundTrips, timer.nsecsElapsed());

    constexpr int kOneTransaction = 10000;
    timer.restart();
    {
        db::Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return failed(ok.error());
        for (int i = 0; i < kOneTransaction; ++i) {
            if (auto ok = createTenant(db, registry, QStringLiteral("a-%1").arg(i)); !ok)
                return failed(ok.error());
        }
        if (auto ok = tx.commit(); !ok)
            return failed(ok.error());
    }
    report("(a) tenant:write:create, one transaction", kOneTransaction, timer.nsecsElapsed());

    constexpr int kOwnTransactions = 1000;
    timer.restart();
    for (int i = 0; i < kOwnTransactions; ++i) {
        db::Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return failed(ok.error());
        if (auto ok = createTenant(db, registry, QStringLiteral("b-%1").arg(i)); !ok)
            return failed(ok.error());
        if (auto ok = tx.commit(); !ok)
            return failed(ok.error());
    }
    report("(b) tenant:write:create, own transaction each", kOwnTransactions, timer.nsecsElapsed());

    constexpr int kBatch = 10000;
    std::vector<es::NewStream> streams;
    streams.reserve(kBatch);
    const std::string systemTenant = domain::WellKnownIds::systemTenantId().toStdString();
    for (int i = 0; i < kBatch; ++i) {
        const std::string key = QStringLiteral("bench:config:key-%1").arg(i).toStdString();
        es::NewStream s;
        s.tenantId = domain::WellKnownIds::systemTenantId();
        s.aggregateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.type = QStringLiteral("config-value.created");
        s.payload = {{"key", key}, {"value", "100"}, {"userId", nullptr}, {"tenantId", systemTenant}};
        s.metadata = {{"userId", domain::WellKnownIds::systemUserId().toStdString()}};
        s.rowColumns = {{"tenant_id", systemTenant}, {"key", key}, {"value", "100"}, {"user_id", nullptr}};
        streams.push_back(std::move(s));
    }
    timer.restart();
    {
        db::Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return failed(ok.error());
        auto appended = es::EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                                         QStringLiteral("read_config_values"), streams);
        if (!appended)
            return failed(appended.error());
        if (appended->appendedIds.size() != streams.size())
            return failed(
                Error::make(ErrorCode::InvalidState, QStringLiteral("batch appended too few streams")));
        if (auto ok = tx.commit(); !ok)
            return failed(ok.error());
    }
    report("(c) batch append with read rows (COPY)", kBatch, timer.nsecsElapsed());
    return 0;
}

int prepareAndRun()
{
    auto db = db::ThreadConnection::get();
    if (!db)
        return failed(db.error());
    if (auto schema = db::SchemaBootstrap::run(db.value()); !schema)
        return failed(schema.error());
    return runBenchmarks(db.value());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QStringLiteral("/tmp/kumiko-bench-a");
    QDir(dir).removeRecursively(); // fresh cluster: the keys of a previous run would collide
    db::EmbeddedPostgres cluster(dir, 55501, db::EmbeddedPostgres::Durability::Throwaway);
    if (auto ok = cluster.ensureRunning(); !ok)
        return failed(ok.error());
    int exitCode = 1;
    if (auto ok = cluster.ensureDatabase(QStringLiteral("bench_eventstore")); !ok) {
        exitCode = failed(ok.error());
    } else {
        db::ThreadConnection::configure(cluster.connectionSettings(QStringLiteral("bench_eventstore")));
        exitCode = prepareAndRun();
        db::ThreadConnection::closeThisThread();
    }
    if (auto ok = cluster.stop(); !ok)
        failed(ok.error());
    QDir(dir).removeRecursively();
    return exitCode;
}
