// Issue 14's large database: 100,000 tenants, 1,000,000 users, 1,000,000 memberships and 5,000,000
// events in the upstream tables, generated once with generate_series into a cluster that is kept and
// reused (KUMIKO_BENCH_LARGE_DB_DIR, default /var/tmp/kumiko-bench-large-db; delete it to generate
// again; the server is stopped at the end and started again by the next run). Then it measures (a) every CLI
// read command as a whole process with default limits (target ≤ 150 ms each, `config get` ≤ 30 ms) and (b)
// the console, offscreen in a child process: time to first rows of each page (≤ 300 ms) and resident memory
// after signing in and visiting every page (≤ 250 MB).
#include "BenchFigures.h"
#include "ConfigurationPage.h"
#include "ConsoleController.h"
#include "EventsPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MigrationsPage.h"
#include "SignInPage.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "common/BackgroundWork.h"
#include "config/ConfigSeeder.h"
#include "config/ProjectManifest.h"
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
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <cstdio>
#include <sys/resource.h>

using namespace kumiko;

namespace {

constexpr int kPort = 55514;
constexpr int kRuns = 5;
const QString kDatabase = QStringLiteral("bench_large");
const QString kAdmin = QStringLiteral("admin@example.com");
const QString kAdminPassword = QStringLiteral("admin-password");
// Bumped whenever the generated data changes, so an older cluster is generated again.
const QString kMarker = QStringLiteral("dataset-v1.complete");
// The demo's publicly known development key (as `kumiko demo` uses on its embedded database).
const QByteArray kDemoMasterKey = "a3VtaWtvLWRlbW8tREVWRUxPUE1FTlQtb25seS1rZXk=";

QString baseDir()
{
    const QString dir = qEnvironmentVariable("KUMIKO_BENCH_LARGE_DB_DIR");
    return dir.isEmpty() ? QStringLiteral("/var/tmp/kumiko-bench-large-db") : dir;
}

void progress(const QElapsedTimer& timer, const char* step)
{
    std::fprintf(stderr, "  %6.1f s  %s\n", timer.elapsed() / 1000.0, step);
    std::fflush(stderr);
}

// The bulk rows, straight from generate_series in the server. Ids are md5-derived, so each part can
// name the others' ids without reading them back. Events carry upstream's types and payload shapes.
const char* const kBulkSql[][2] = {
    {"tenants", "INSERT INTO read_tenants (id, tenant_id, version, inserted_at, inserted_by_id, key, name) "
                "SELECT md5('tenant' || i)::uuid, '00000000-0000-4000-8000-000000000000', 1, "
                "timestamptz '2026-01-01' + i * interval '1 ms', '00000000-0000-0000-0000-000000000000', "
                "'tenant-' || lpad(i::text, 6, '0'), 'Tenant ' || i FROM generate_series(1, 100000) i"},
    {"tenant.created events",
     "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, metadata, "
     "created_at, created_by) SELECT md5('tenant' || i)::uuid, 'tenant', "
     "'00000000-0000-4000-8000-000000000000', 1, 'tenant.created', jsonb_build_object('key', 'tenant-' || "
     "lpad(i::text, 6, '0'), 'name', 'Tenant ' || i, 'status', 'active', 'isEnabled', true), "
     "'{\"userId\": \"00000000-0000-0000-0000-000000000000\"}', timestamptz '2026-01-01' + i * interval '1 "
     "ms', "
     "'00000000-0000-0000-0000-000000000000' FROM generate_series(1, 100000) i"},
    {"users",
     "INSERT INTO read_users (id, tenant_id, version, inserted_at, modified_at, inserted_by_id, "
     "modified_by_id, "
     "email, display_name, email_verified, roles, status) SELECT md5('user' || i)::uuid, "
     "'00000000-0000-4000-8000-000000000000', CASE WHEN i <= 900000 THEN 4 ELSE 3 END, "
     "timestamptz '2026-02-01' + i * interval '1 ms', timestamptz '2026-03-01' + i * interval '1 ms', "
     "'00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', "
     "'user-' || lpad(i::text, 7, '0') || '@example.com', 'User ' || i, i % 10 <> 0, '[]', 'active' "
     "FROM generate_series(1, 1000000) i"},
    {"user.created events",
     "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, metadata, "
     "created_at, created_by) SELECT md5('user' || i)::uuid, 'user', '00000000-0000-4000-8000-000000000000', "
     "1, 'user.created', jsonb_build_object('email', 'user-' || lpad(i::text, 7, '0') || '@example.com', "
     "'roles', '[]', 'status', 'active', 'displayName', 'User ' || i, 'emailVerified', false), "
     "'{\"userId\": \"00000000-0000-0000-0000-000000000000\"}', timestamptz '2026-02-01' + i * interval '1 "
     "ms', "
     "'00000000-0000-0000-0000-000000000000' FROM generate_series(1, 1000000) i"},
    {"memberships", "INSERT INTO read_tenant_memberships (id, tenant_id, version, inserted_at, "
                    "inserted_by_id, user_id, roles) "
                    "SELECT md5('membership' || i)::uuid, md5('tenant' || ((i - 1) % 100000 + 1))::uuid, 1, "
                    "timestamptz '2026-02-15' + i * interval '1 ms', '00000000-0000-0000-0000-000000000000', "
                    "md5('user' || i)::uuid, '[\"Member\"]' FROM generate_series(1, 1000000) i"},
    {"tenant-membership.created events",
     "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, metadata, "
     "created_at, created_by) SELECT md5('membership' || i)::uuid, 'tenant-membership', "
     "md5('tenant' || ((i - 1) % 100000 + 1))::uuid, 1, 'tenant-membership.created', "
     "jsonb_build_object('roles', '[\"Member\"]', 'userId', md5('user' || i)::uuid, 'tenantId', "
     "md5('tenant' || ((i - 1) % 100000 + 1))::uuid), '{\"userId\": "
     "\"00000000-0000-0000-0000-000000000000\"}', "
     "timestamptz '2026-02-15' + i * interval '1 ms', '00000000-0000-0000-0000-000000000000' "
     "FROM generate_series(1, 1000000) i"},
    // Three rounds of user.updated: every user twice, the first 900,000 a third time (2,900,000).
    {"user.updated events",
     "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, metadata, "
     "created_at, created_by) SELECT md5('user' || i)::uuid, 'user', '00000000-0000-4000-8000-000000000000', "
     "k + 1, 'user.updated', jsonb_build_object('changes', CASE WHEN k = 1 THEN jsonb_build_object("
     "'emailVerified', i % 10 <> 0) ELSE jsonb_build_object('displayName', 'User ' || i) END, 'previous', "
     "jsonb_build_object('id', md5('user' || i)::uuid, 'email', 'user-' || lpad(i::text, 7, '0') || "
     "'@example.com', 'roles', '[]', 'status', 'active', 'locale', null, 'version', k, 'tenantId', "
     "'00000000-0000-4000-8000-000000000000', 'isDeleted', false, 'displayName', 'User ' || i, "
     "'emailVerified', k > 1 AND i % 10 <> 0, 'insertedAt', '2026-02-01T00:00:00.000Z', 'modifiedAt', "
     "null)), "
     "'{\"userId\": \"00000000-0000-0000-0000-000000000000\"}', timestamptz '2026-03-01' + (k * 1000000 + i) "
     "* interval '1 ms', '00000000-0000-0000-0000-000000000000' FROM generate_series(1, 3) k, "
     "generate_series(1, 1000000) i WHERE k < 3 OR i <= 900000 ORDER BY k, i"},
};

// The secondary indexes of the bulk tables (not those behind constraints): dropped while loading and
// built again afterwards, which is several times faster than maintaining them row by row.
Result<QStringList> dropIndexes(const QSqlDatabase& db)
{
    auto rows = db::Sql::exec(
        db,
        QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND "
                       "i.tablename IN ('kumiko_events', 'read_tenants', 'read_users', "
                       "'read_tenant_memberships') AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                       "WHERE c.conindid = ('public.' || quote_ident(i.indexname))::regclass)"));
    if (!rows)
        return rows.error();
    QStringList names, definitions;
    while (rows->next()) {
        names << rows->value(0).toString();
        definitions << rows->value(1).toString();
    }
    for (const QString& name : names)
        if (auto dropped = db::Sql::run(db, QStringLiteral("DROP INDEX public.\"%1\"").arg(name)); !dropped)
            return dropped.error();
    return definitions;
}

// The demo project (migrations, config seeds), the admin the console signs in as, then the bulk rows.
Status generate(QSqlDatabase& db, const QString& demoProject)
{
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "generating the large dataset in %s (once; takes minutes)\n", qPrintable(baseDir()));
    if (auto schema = db::SchemaBootstrap::run(db); !schema)
        return schema.error();
    if (auto applied = esops::SeedRunner(demoProject).apply(db, domain::Actor::systemAdmin()); !applied)
        return applied.error();
    auto manifest = config::ProjectManifest::load(demoProject);
    if (!manifest)
        return manifest.error();
    if (auto seeded = config::ConfigSeeder::run(db, manifest.value()); !seeded)
        return seeded.error();
    if (auto admin = auth::AccountAdmin::ensureAccount(
            db, {kAdmin, QStringLiteral("Admin"), kAdminPassword, {QStringLiteral("SystemAdmin")}, true},
            domain::Actor::system());
        !admin)
        return admin.error();
    progress(timer, "schema, demo project and admin");
    if (auto memory = db::Sql::run(db, QStringLiteral("SET maintenance_work_mem = '1GB'")); !memory)
        return memory;
    auto indexes = dropIndexes(db);
    if (!indexes)
        return indexes.error();
    for (const auto& [what, sql] : kBulkSql) {
        if (auto inserted = db::Sql::run(db, QString::fromLatin1(sql)); !inserted)
            return inserted;
        progress(timer, what);
    }
    for (const QString& definition : indexes.value())
        if (auto built = db::Sql::run(db, definition); !built)
            return built;
    progress(timer, "indexes");
    if (auto analysed = db::Sql::run(db, QStringLiteral("VACUUM (ANALYZE)")); !analysed)
        return analysed;
    progress(timer, "vacuum and analyze");
    return {};
}

// Starts the kept cluster; generates the dataset unless its marker says it is complete.
Status prepare(db::EmbeddedPostgres& cluster, const QString& demoProject)
{
    if (auto running = cluster.ensureRunning(); !running)
        return running;
    const QString marker = QDir(baseDir()).filePath(kMarker);
    if (QFile::exists(marker)) {
        // A dataset kept from an older build may lack admin tables added since: the console would ask.
        db::ThreadConnection::configure(cluster.connectionSettings(kDatabase));
        Status upgraded = db::ThreadConnection::with([](QSqlDatabase& db) -> Status {
            auto schema = db::SchemaBootstrap::run(db);
            return schema ? Status() : Status(schema.error());
        });
        db::ThreadConnection::closeThisThread();
        return upgraded;
    }
    db::ThreadConnection::configure(cluster.connectionSettings(QStringLiteral("postgres")));
    Status created = db::ThreadConnection::with([](QSqlDatabase& admin) -> Status {
        if (auto dropped = db::Sql::run(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + kDatabase);
            !dropped)
            return dropped;
        return db::Sql::run(admin, QStringLiteral("CREATE DATABASE ") + kDatabase);
    });
    db::ThreadConnection::closeThisThread();
    if (!created)
        return created;
    db::ThreadConnection::configure(cluster.connectionSettings(kDatabase));
    Status generated =
        db::ThreadConnection::with([&](QSqlDatabase& db) { return generate(db, demoProject); });
    db::ThreadConnection::closeThisThread();
    if (!generated)
        return generated;
    QFile done(marker);
    if (!done.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::InvalidState, QStringLiteral("cannot write %1").arg(marker));
    return {};
}

// CPU time (user + system) of the finished children so far, in ms.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct ProcessTime
{
    double wallMs = 0;
    double cpuMs = 0; ///< the process's own CPU time: without the server's and without waiting for a core
};

Result<ProcessTime> timeProcess(const QString& program, const QStringList& args,
                                const QProcessEnvironment& env)
{
    const double cpuBefore = childrenCpuMs();
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return Error::make(ErrorCode::InvalidState,
                           QStringLiteral("%1 %2: %3")
                               .arg(program, args.join(QLatin1Char(' ')),
                                    QString::fromUtf8(process.readAllStandardError())));
    return ProcessTime{double(timer.nsecsElapsed()) / 1e6, childrenCpuMs() - cpuBefore};
}

struct CliFigure
{
    const char* label;
    QStringList args;
    double targetMs;
};

// Every read command of `kumiko` with its default limits, against the large database.
int measureCli(const QString& url, const QString& demoProject)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUMIKO_DATABASE_URL"), url);
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), QString::fromLatin1(kDemoMasterKey));
    const QString tenant = QStringLiteral("tenant-050000");
    const QString user = QStringLiteral("user-0049999@example.com"); // a member of tenant-050000
    const QStringList project{QStringLiteral("--project"), demoProject};
    const QList<CliFigure> figures = {
        {"kumiko db status", {"db", "status"}, 150},
        {"kumiko users list", {"users", "list"}, 150},
        {"kumiko users list --after (middle of 1,000,000)",
         {"users", "list", "--after", "user-0500000@example.com"},
         150},
        {"kumiko tenants list", {"tenants", "list"}, 150},
        {"kumiko tenants list --after (middle of 100,000)",
         {"tenants", "list", "--after", "tenant-050000"},
         150},
        {"kumiko mail outbox", {"mail", "outbox"}, 150},
        {"kumiko events tail", {"events", "tail"}, 150},
        {"kumiko audit list", {"audit", "list"}, 150},
        {"kumiko ops seed:status (demo project)", QStringList{"ops", "seed:status"} + project, 150},
        {"kumiko config keys (demo project)", QStringList{"config", "keys"} + project, 150},
        {"kumiko config seeds (demo project)", QStringList{"config", "seeds"} + project, 150},
        {"kumiko config list --tenant T --user E",
         QStringList{"config", "list", "--tenant", tenant, "--user", user} + project, 150},
        {"kumiko config get KEY --tenant T --user E",
         QStringList{"config", "get", "ui:config:theme", "--tenant", tenant, "--user", user} + project, 30},
    };
    int failures = 0;
    for (const CliFigure& figure : figures) {
        QList<double> ms;
        QList<double> cpu;
        for (int run = 0; run < kRuns; ++run) {
            auto elapsed = timeProcess(QStringLiteral(KUMIKO_CLI_PATH), figure.args, env);
            if (!elapsed)
                return bench::BenchFigures::failed(elapsed.error().message);
            ms << elapsed->wallMs;
            cpu << elapsed->cpuMs;
        }
        failures += bench::BenchFigures::print(figure.label, ms, figure.targetMs) ? 0 : 1;
        std::printf("  (CPU time of the process: median %.1f ms)\n", bench::BenchFigures::median(cpu));
    }
    return failures;
}

// How much of the machine's memory this process holds, from /proc (resident set size).
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Serves the event loop until `spy` has `count` signals or `timeoutMs` pass; the elapsed ms, or -1.
double waitFor(QSignalSpy& spy, int count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < timeoutMs)
        spy.wait(int(std::min<qint64>(1000, timeoutMs - timer.elapsed())));
    return spy.count() >= count ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

struct PageProbe
{
    const char* name;
    ui::Section section;
    QObject* page;
    std::unique_ptr<QSignalSpy> loaded;
    std::function<void()> reload;
};

// The child process: the console offscreen, signed in, every page visited, then every page reloaded.
int measureConsole(const QString& url, const QString& demoProject)
{
    ui::LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    ui::ConsoleController console({url, demoProject}, language);
    QSignalSpy ready(&console, &ui::ConsoleController::databaseReady);
    console.start();
    if (waitFor(ready, 1, 60000) < 0)
        return bench::BenchFigures::failed(QStringLiteral("the console did not connect"));
    std::vector<PageProbe> pages;
    pages.push_back({"Migrations", ui::Section::Migrations, console.migrationsPage(),
                     std::make_unique<QSignalSpy>(console.migrationsPage(), &ui::MigrationsPage::refreshed),
                     [&] {
                         console.migrationsPage()->refresh();
                     }});
    pages.push_back(
        {"Configuration", ui::Section::Configuration, console.configurationPage(),
         std::make_unique<QSignalSpy>(console.configurationPage(), &ui::ConfigurationPage::refreshed), [&] {
             console.configurationPage()->refresh();
         }});
    pages.push_back({"Users", ui::Section::Users, console.usersPage(),
                     std::make_unique<QSignalSpy>(console.usersPage(), &ui::UsersPage::refreshed), [&] {
                         console.usersPage()->refresh();
                     }});
    pages.push_back({"Events", ui::Section::Events, console.eventsPage(),
                     std::make_unique<QSignalSpy>(console.eventsPage(), &ui::EventsPage::pageLoaded), [&] {
                         console.eventsPage()->reload();
                     }});
    ui::SignInPage* signIn = console.signInPage();
    signIn->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(kAdmin);
    signIn->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(kAdminPassword);
    signIn->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    QElapsedTimer signedIn;
    signedIn.start();
    while (!console.window()->isSignedIn() && signedIn.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!console.window()->isSignedIn())
        return bench::BenchFigures::failed(QStringLiteral("the admin could not sign in"));
    int failures = 0;
    for (PageProbe& page : pages) {
        console.window()->showSection(page.section);
        const int before = int(page.loaded->count());
        // The first visit: whatever the page started at sign-in or on being shown must arrive.
        const double ms = waitFor(*page.loaded, std::max(before, 1), 600000);
        if (ms < 0)
            return bench::BenchFigures::failed(
                QStringLiteral("the %1 page never loaded").arg(QLatin1String(page.name)));
        std::fprintf(stderr, "  %s page loaded %.0f ms after being shown (%.0f ms after sign-in)\n",
                     page.name, ms, double(signedIn.elapsed()));
    }
    failures +=
        bench::BenchFigures::printValue("console resident memory after sign-in and visiting every page",
                                        residentMegabytes(), "MB", 250)
            ? 0
            : 1;
    for (PageProbe& page : pages) {
        console.window()->showSection(page.section);
        QList<double> ms;
        for (int run = 0; run < kRuns; ++run) {
            const int before = int(page.loaded->count());
            page.reload();
            const double elapsed = waitFor(*page.loaded, before + 1, 600000);
            if (elapsed < 0)
                return bench::BenchFigures::failed(
                    QStringLiteral("the %1 page did not reload").arg(QLatin1String(page.name)));
            ms << elapsed;
        }
        const QByteArray label =
            QByteArray("console, time to first rows of the ") + page.name + " page (reload)";
        failures += bench::BenchFigures::print(label.constData(), ms, 300) ? 0 : 1;
    }
    failures += bench::BenchFigures::printValue("console resident memory after reloading every page",
                                                residentMegabytes(), "MB", 250)
                    ? 0
                    : 1;
    BackgroundWork::drain();
    return failures;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("KUMIKO_SECRETS_MASTER_KEY_V1", kDemoMasterKey);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-bench"));
    const QString demoProject = QStringLiteral(KUMIKO_DEMO_PROJECT);
    db::EmbeddedPostgres cluster(baseDir(), kPort, db::EmbeddedPostgres::Durability::Throwaway);
    const QString url = bench::BenchFigures::url(cluster.connectionSettings(kDatabase));
    if (app.arguments().contains(QStringLiteral("--console")))
        return measureConsole(url, demoProject) == 0 ? 0 : 1;
    if (auto prepared = prepare(cluster, demoProject); !prepared)
        return bench::BenchFigures::failed(prepared.error().toString());
    int failures = measureCli(url, demoProject);
    // The console in a process of its own, so that its resident memory is the console's alone.
    QProcess console;
    console.setProcessChannelMode(QProcess::ForwardedChannels);
    console.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--console")});
    if (!console.waitForFinished(-1) || console.exitCode() != 0)
        ++failures;
    if (auto stopped = cluster.stop(); !stopped)
        bench::BenchFigures::failed(stopped.error().toString());
    std::printf("the dataset stays in %s for the next run (delete the folder to generate it again)\n",
                qPrintable(baseDir()));
    return failures == 0 ? 0 : 1;
}
