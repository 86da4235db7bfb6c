// Seed migrations: (a) `kumiko ops seed:status` as a whole process on 1,000 applied migration files
// (target ≤ 60 ms median) and on 5,000 (target ≤ 150 ms), (b) applying 100 pending migrations with one
// config.set each (target ≤ 400 ms), in-process through SeedRunner and as a `kumiko ops seed:apply` process.
#include "BenchFigures.h"
#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "esops/SeedRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cstdio>

using namespace kumiko;

namespace {

constexpr int kPort = 55504;

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A project with kumiko.json (one system-scope number key) and `count` migrations made by `content(i)`.
bool makeProject(const QString& dir, int count, const std::function<QByteArray(int)>& content)
{
    QDir(dir).mkpath(QStringLiteral("seeds"));
    if (!writeFile(dir + QStringLiteral("/kumiko.json"),
                   R"({"features": {"bench": {"config": {"keys": {
                        "limit": {"scope": "system", "type": "number", "bounds": {"min": 0, "max": 100000}}}}}}})"))
        return false;
    for (int i = 0; i < count; ++i) {
        const QString name =
            QStringLiteral("%1/seeds/2026-01-01-m%2.json").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
        if (!writeFile(name, content(i)))
            return false;
    }
    return true;
}

Result<double> timeProcess(const QStringList& args)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KUMIKO_CLI_PATH), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return Error::make(
            ErrorCode::InvalidState,
            QStringLiteral("kumiko %1: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError())));
    return timer.nsecsElapsed() / 1e6;
}

Status freshDatabase(db::EmbeddedPostgres& cluster, const QString& name)
{
    db::ThreadConnection::configure(cluster.connectionSettings(QStringLiteral("postgres")));
    auto admin = db::ThreadConnection::get();
    if (!admin)
        return admin.error();
    if (auto ok = db::Sql::run(*admin, QStringLiteral("DROP DATABASE IF EXISTS ") + name); !ok)
        return ok;
    if (auto ok = db::Sql::run(*admin, QStringLiteral("CREATE DATABASE ") + name); !ok)
        return ok;
    db::ThreadConnection::configure(cluster.connectionSettings(name));
    return {};
}

int statusBenchmark(db::EmbeddedPostgres& cluster, int files, double targetMs)
{
    const QString database = QStringLiteral("bench_status_%1").arg(files);
    if (auto ok = freshDatabase(cluster, database); !ok)
        return bench::BenchFigures::failed(ok.error().toString());
    QTemporaryDir project;
    if (!makeProject(project.path(), files, [](int i) {
            return QStringLiteral(R"({"description": "bench migration %1", "steps": []})").arg(i).toUtf8();
        }))
        return bench::BenchFigures::failed(QStringLiteral("cannot write the project"));
    auto applied = db::ThreadConnection::with([&project](QSqlDatabase& db) {
        return esops::SeedRunner(project.path()).apply(db, domain::Actor::systemAdmin());
    });
    if (!applied || applied->applied.size() != files)
        return bench::BenchFigures::failed(applied ? QStringLiteral("not all applied")
                                                   : applied.error().toString());
    const QStringList args{QStringLiteral("ops"),
                           QStringLiteral("seed:status"),
                           QStringLiteral("--project"),
                           project.path(),
                           QStringLiteral("--database-url"),
                           bench::BenchFigures::url(cluster.connectionSettings(database))};
    for (const bool json : {false, true}) {
        QList<double> ms;
        for (int run = 0; run < 23; ++run) {
            auto elapsed = timeProcess(json ? args + QStringList{QStringLiteral("--json")} : args);
            if (!elapsed)
                return bench::BenchFigures::failed(elapsed.error().message);
            if (run >= 3) // warm-up: page cache, first connection
                ms.append(*elapsed);
        }
        const QByteArray label = QStringLiteral("seed:status%1, %L2 applied files, whole process")
                                     .arg(json ? QStringLiteral(" --json") : QString())
                                     .arg(files)
                                     .toUtf8();
        bench::BenchFigures::print(label.constData(), ms, targetMs);
    }
    return 0;
}

QByteArray configSetMigration(int i)
{
    return QStringLiteral(R"({"description": "set the limit to %1", "steps": [
        {"op": "config.set", "key": "bench:config:limit", "scope": "system", "value": %1}]})")
        .arg(i + 1)
        .toUtf8();
}

int applyBenchmark(db::EmbeddedPostgres& cluster)
{
    QList<double> inProcess;
    QList<double> asProcess;
    for (int run = 0; run < 10; ++run) {
        QTemporaryDir project;
        if (!makeProject(project.path(), 100, configSetMigration))
            return bench::BenchFigures::failed(QStringLiteral("cannot write the project"));
        const QString name = QStringLiteral("bench_apply_%1").arg(run);
        if (auto ok = freshDatabase(cluster, name); !ok)
            return bench::BenchFigures::failed(ok.error().toString());
        // The schema exists already (kumiko db init); the figure is about the migrations.
        if (auto db = db::ThreadConnection::get(); !db || !db::SchemaBootstrap::run(*db))
            return bench::BenchFigures::failed(QStringLiteral("schema bootstrap failed"));
        if (run % 2 == 0) {
            QElapsedTimer timer;
            timer.start();
            auto report = db::ThreadConnection::with([&project](QSqlDatabase& db) {
                return esops::SeedRunner(project.path()).apply(db, domain::Actor::systemAdmin());
            });
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!report || report->applied.size() != 100)
                return bench::BenchFigures::failed(report ? QStringLiteral("not all applied")
                                                          : report.error().toString());
            inProcess.append(ms);
        } else {
            auto elapsed =
                timeProcess({QStringLiteral("ops"), QStringLiteral("seed:apply"), QStringLiteral("--project"),
                             project.path(), QStringLiteral("--database-url"),
                             bench::BenchFigures::url(cluster.connectionSettings(name))});
            if (!elapsed)
                return bench::BenchFigures::failed(elapsed.error().message);
            asProcess.append(*elapsed);
        }
        db::ThreadConnection::closeThisThread();
    }
    bench::BenchFigures::print(
        "apply 100 migrations x 1 config.set, SeedRunner in-process (fresh database, schema present)",
        inProcess, 400);
    bench::BenchFigures::print(
        "apply 100 migrations x 1 config.set, `kumiko ops seed:apply` process (fresh database, "
        "schema present)",
        asProcess, 400);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QStringLiteral("/tmp/kumiko-bench-d");
    QDir(dir).removeRecursively();
    db::EmbeddedPostgres cluster(dir, kPort, db::EmbeddedPostgres::Durability::Throwaway);
    if (auto ok = cluster.ensureRunning(); !ok)
        return bench::BenchFigures::failed(ok.error().toString());
    int exitCode = statusBenchmark(cluster, 1000, 60);
    if (exitCode == 0)
        exitCode = statusBenchmark(cluster, 5000, 150);
    if (exitCode == 0)
        exitCode = applyBenchmark(cluster);
    db::ThreadConnection::closeThisThread();
    if (auto ok = cluster.stop(); !ok)
        bench::BenchFigures::failed(ok.error().toString());
    QDir(dir).removeRecursively();
    return exitCode;
}
