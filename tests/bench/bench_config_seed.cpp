// Config seeding: `kumiko config seed` as a whole process for 10,000 tenant seeds (100 keys x 100
// tenants, tenants referenced by key) on a fresh database, then again (all skipped).
// Targets: first run <= 600 ms, re-run <= 150 ms (median of 5).
#include "BenchFigures.h"
#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

using namespace kumiko;
using Json = nlohmann::json;

namespace {

constexpr int kPort = 55502;
constexpr int kKeys = 100;
constexpr int kTenants = 100;
constexpr int kRounds = 5;

QByteArray manifest()
{
    Json keys = Json::object();
    Json seeds = Json::array();
    for (int k = 0; k < kKeys; ++k)
        keys[QStringLiteral("limit%1").arg(k).toStdString()] = {
            {"scope", "tenant"}, {"type", "number"}, {"bounds", {{"min", 0}}}};
    for (int t = 0; t < kTenants; ++t)
        for (int k = 0; k < kKeys; ++k)
            seeds.push_back({{"key", QStringLiteral("limit%1").arg(k).toStdString()},
                             {"tenant", QStringLiteral("t%1").arg(t).toStdString()},
                             {"value", t * k}});
    return QByteArray::fromStdString(
        Json({{"features", {{"bench", {{"config", {{"keys", keys}, {"seeds", seeds}}}}}}}}).dump());
}

// A fresh, bootstrapped database with the benchmark's tenants.
Status freshDatabase(db::EmbeddedPostgres& cluster, const QString& name)
{
    if (auto ok = cluster.ensureDatabase(name); !ok)
        return ok;
    db::ThreadConnection::configure(cluster.connectionSettings(name));
    auto db = db::ThreadConnection::get();
    if (!db)
        return db.error();
    if (auto report = db::SchemaBootstrap::run(db.value()); !report)
        return report.error();
    const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    db::Transaction transaction(db.value());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (int t = 0; t < kTenants; ++t) {
        auto created =
            registry.dispatch(db.value(), QStringLiteral("tenant:write:create"),
                              Json{{"key", QStringLiteral("t%1").arg(t).toStdString()}, {"name", "Tenant"}},
                              domain::Actor::systemAdmin());
        if (!created)
            return created.error();
    }
    return transaction.commit();
}

Result<double> timeSeed(const QString& url, const QString& project, int expectedCreated)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KUMIKO_CLI_PATH),
                  {QStringLiteral("config"), QStringLiteral("seed"), QStringLiteral("--json"),
                   QStringLiteral("--project"), project, QStringLiteral("--database-url"), url});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return Error::make(ErrorCode::InvalidState, QString::fromUtf8(process.readAllStandardError()));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const Json result = Json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    if (result.is_discarded() || result.value("created", -1) != expectedCreated)
        return Error::make(ErrorCode::InvalidState, QStringLiteral("unexpected created count"));
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    db::EmbeddedPostgres cluster(QStringLiteral("/tmp/kb-bench-b"), kPort,
                                 db::EmbeddedPostgres::Durability::Throwaway);
    if (auto ok = cluster.ensureRunning(); !ok)
        return bench::BenchFigures::failed(ok.error().toString());
    QTemporaryDir project;
    QFile file(project.filePath(QStringLiteral("kumiko.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest()) <= 0)
        return bench::BenchFigures::failed(QStringLiteral("cannot write kumiko.json"));
    file.close();
    QList<double> first;
    QList<double> again;
    for (int round = 0; round < kRounds; ++round) {
        // A new database name every run: the throwaway cluster's folder may survive a previous run.
        const QString name =
            QStringLiteral("bench_config_seed_%1_%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(round);
        const Status prepared = freshDatabase(cluster, name);
        // Closed here, after freshDatabase's handles are gone, so no one holds the connection.
        db::ThreadConnection::closeThisThread();
        if (!prepared)
            return bench::BenchFigures::failed(prepared.error().toString());
        const QString url = bench::BenchFigures::url(cluster.connectionSettings(name));
        auto created = timeSeed(url, project.path(), kKeys * kTenants);
        if (!created)
            return bench::BenchFigures::failed(created.error().toString());
        auto skipped = timeSeed(url, project.path(), 0);
        if (!skipped)
            return bench::BenchFigures::failed(skipped.error().toString());
        first << created.value();
        again << skipped.value();
    }
    bench::BenchFigures::print("config seed, 10,000 tenant seeds, fresh database (whole process)", first,
                               600);
    bench::BenchFigures::print("config seed, 10,000 tenant seeds, all skipped (whole process)", again, 150);
    if (auto stopped = cluster.stop(); !stopped)
        return bench::BenchFigures::failed(stopped.error().toString());
    return 0;
}
