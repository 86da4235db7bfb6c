// The GUI thread never waits: the longest gap between ticks of a 5 ms timer on the GUI thread while
// (a) each page of the console loads, and (b) the Migrations page applies 30 migrations. Target
// ≤ 100 ms for every figure. Runs offscreen on a throwaway cluster with the demo project plus 5,000
// users and 50,000 events, so that the pages have real work to hand to their models.
#include "BenchFigures.h"
#include "ConfigurationPage.h"
#include "EventsPage.h"
#include "MigrationsPage.h"
#include "UsersPage.h"
#include "auth/AuthConfiguration.h"
#include "common/BackgroundWork.h"
#include "db/EmbeddedPostgres.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "domain/Actor.h"
#include "esops/SeedRunner.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace kumiko;

namespace {

constexpr int kPort = 55507;
constexpr int kRuns = 7;

/// Ticks on the GUI thread and keeps the longest gap between ticks.
class GapMeter
{
public:
    GapMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    }

    /// Runs `start`, then serves the event loop until `finished` fires (or 60 s pass); returns the
    /// longest gap in milliseconds, or -1 when `finished` never came.
    template <typename Object, typename Signal>
    double measure(Object* sender, Signal finished, const std::function<void()>& start)
    {
        QSignalSpy done(sender, finished);
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
        start();
        const bool ok = !done.isEmpty() || done.wait(60000);
        m_timer.stop();
        return ok ? double(std::max(m_longest, m_sinceTick.elapsed())) : -1;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

Status freshDatabase(db::EmbeddedPostgres& cluster, const QString& name)
{
    db::ThreadConnection::configure(cluster.connectionSettings(QStringLiteral("postgres")));
    const Status created = db::ThreadConnection::with([&name](QSqlDatabase& admin) -> Status {
        if (auto ok = db::Sql::run(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + name); !ok)
            return ok;
        return db::Sql::run(admin, QStringLiteral("CREATE DATABASE ") + name);
    });
    db::ThreadConnection::closeThisThread();
    if (!created)
        return created;
    db::ThreadConnection::configure(cluster.connectionSettings(name));
    return {};
}

// The demo's migrations, then bulk rows straight in SQL: enough users and events that a page which
// did its work on the GUI thread would show it.
Status fillDatabase(const QString& demoProject)
{
    return db::ThreadConnection::with([&demoProject](QSqlDatabase& db) -> Status {
        if (auto schema = db::SchemaBootstrap::run(db); !schema)
            return schema.error();
        if (auto applied = esops::SeedRunner(demoProject).apply(db, domain::Actor::systemAdmin()); !applied)
            return applied.error();
        return db::Sql::run(
            db, QStringLiteral(
                    "INSERT INTO read_users (tenant_id, email, display_name, email_verified) "
                    "SELECT '00000000-0000-4000-8000-000000000000', 'bench' || i || '@example.com', "
                    "'Bench User ' || i, i % 3 = 0 FROM generate_series(1, 5000) AS i; "
                    "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
                    "payload, metadata, created_by) SELECT gen_random_uuid(), 'bench', "
                    "'00000000-0000-4000-8000-000000000000', 1, 'bench.created', "
                    "jsonb_build_object('n', i), '{}', 'bench' FROM generate_series(1, 50000) AS i"));
    });
}

// Migrations whose ids and keys are new for every run, so each run applies all of them.
bool writeMigrations(const QString& dir, int run, int count)
{
    QDir(dir).mkpath(QStringLiteral("seeds"));
    QFile manifest(dir + QStringLiteral("/kumiko.json"));
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write("{}") != 2)
        return false;
    for (int i = 0; i < count; ++i) {
        const QString tag = QStringLiteral("%1-%2").arg(run).arg(i, 3, 10, QLatin1Char('0'));
        QFile file(QStringLiteral("%1/seeds/2026-02-0%2-m%3.json").arg(dir).arg(run + 1).arg(tag));
        const QByteArray content = QStringLiteral(R"({"description": "bench %1", "steps": [
                {"op": "tenant.ensure", "key": "bench-%1", "name": "Bench %1"},
                {"op": "user.ensure", "email": "migrated%1@example.com", "displayName": "Migrated %1"},
                {"op": "membership.ensure", "email": "migrated%1@example.com", "tenant": "bench-%1",
                 "roles": ["Member"]}]})")
                                       .arg(tag)
                                       .toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return false;
    }
    return true;
}

void printGaps(const char* label, const QList<double>& gaps)
{
    bench::BenchFigures::print(label, gaps, 100);
}

int pageLoads(const QString& demoProject)
{
    GapMeter meter;
    ui::MigrationsPage migrations;
    ui::ConfigurationPage config;
    ui::UsersPage users;
    ui::EventsPage events;
    auto configuration = auth::AuthConfiguration::load(demoProject);
    if (!configuration)
        return bench::BenchFigures::failed(configuration.error().toString());
    users.setConfiguration(configuration.value());
    migrations.setProjectDir(demoProject);
    config.setProjectDir(demoProject);
    for (QWidget* page : std::initializer_list<QWidget*>{&migrations, &config, &users, &events}) {
        page->resize(1024, 700);
        page->show();
    }
    QList<double> migrationGaps, configGaps, userGaps, eventGaps;
    for (int run = 0; run < kRuns; ++run) {
        migrationGaps << meter.measure(&migrations, &ui::MigrationsPage::refreshed,
                                       [&] { migrations.refresh(); });
        configGaps << meter.measure(&config, &ui::ConfigurationPage::refreshed, [&] { config.refresh(); });
        userGaps << meter.measure(&users, &ui::UsersPage::refreshed, [&] { users.refresh(); });
        eventGaps << meter.measure(&events, &ui::EventsPage::pageLoaded, [&] { events.reload(); });
    }
    for (const QList<double>* gaps : {&migrationGaps, &configGaps, &userGaps, &eventGaps})
        if (gaps->contains(-1))
            return bench::BenchFigures::failed(QStringLiteral("a page did not finish loading"));
    printGaps("longest GUI-thread gap, Migrations page load (demo project)", migrationGaps);
    printGaps("longest GUI-thread gap, Configuration page load (demo project)", configGaps);
    printGaps("longest GUI-thread gap, Users page load (5,000 users)", userGaps);
    printGaps("longest GUI-thread gap, Events page load (first page of 50,000 events)", eventGaps);
    return 0;
}

int applyMigrations()
{
    GapMeter meter;
    QList<double> gaps;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir project;
        if (!writeMigrations(project.path(), run, 30))
            return bench::BenchFigures::failed(QStringLiteral("cannot write the migrations"));
        ui::MigrationsPage page;
        page.resize(1024, 700);
        page.show();
        page.setActor(domain::Actor::systemAdmin(), QStringLiteral("admin@example.com"));
        page.setProjectDir(project.path());
        page.confirmApply = [](const esops::ApplyPreview&) {
            return true;
        };
        if (meter.measure(&page, &ui::MigrationsPage::refreshed, [&] { page.refresh(); }) < 0)
            return bench::BenchFigures::failed(QStringLiteral("the migrations did not load"));
        const double gap =
            meter.measure(&page, &ui::MigrationsPage::applyFinished, [&] { page.applyAllButton()->click(); });
        if (gap < 0)
            return bench::BenchFigures::failed(QStringLiteral("the apply did not finish"));
        gaps << gap;
    }
    printGaps("longest GUI-thread gap, applying 30 migrations x 3 steps on the Migrations page", gaps);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString demoProject = QStringLiteral(KUMIKO_DEMO_PROJECT);
    const QString dir = QStringLiteral("/tmp/kumiko-bench-gui");
    QDir(dir).removeRecursively();
    db::EmbeddedPostgres cluster(dir, kPort, db::EmbeddedPostgres::Durability::Throwaway);
    if (auto ok = cluster.ensureRunning(); !ok)
        return bench::BenchFigures::failed(ok.error().toString());
    int exitCode = 0;
    if (auto ok = freshDatabase(cluster, QStringLiteral("bench_gui")); !ok)
        exitCode = bench::BenchFigures::failed(ok.error().toString());
    else if (auto filled = fillDatabase(demoProject); !filled)
        exitCode = bench::BenchFigures::failed(filled.error().toString());
    if (exitCode == 0)
        exitCode = pageLoads(demoProject);
    if (exitCode == 0)
        exitCode = applyMigrations();
    db::ThreadConnection::configure(cluster.connectionSettings(QStringLiteral("postgres")));
    BackgroundWork::drain();
    db::ThreadConnection::closeThisThread();
    if (auto ok = cluster.stop(); !ok)
        bench::BenchFigures::failed(ok.error().toString());
    QDir(dir).removeRecursively();
    return exitCode;
}
