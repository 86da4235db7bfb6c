#include "OpsCommands.h"

#include "CliContext.h"
#include "common/UtcTime.h"
#include "esops/SeedDiscovery.h"
#include "esops/SeedRunner.h"
#include "esops/SeedScaffold.h"
#include "esops/SkipRules.h"

namespace kumiko::cli {
namespace {

using namespace kumiko::esops;

// Upstream's marker table only knows its own values; the person goes into the attempt rows.

QCommandLineOption lockTimeoutOption()
{
    return {QStringLiteral("lock-timeout"),
            QStringLiteral("Seconds to wait for the seed-migration lock (default 30)."),
            QStringLiteral("seconds")};
}

// --lock-timeout in seconds (fractions allowed) → milliseconds; 0 when the value is invalid.
int lockTimeoutMs(CliContext& cli)
{
    if (!cli.isSet(QStringLiteral("lock-timeout")))
        return 30000;
    bool ok = false;
    const double seconds = cli.value(QStringLiteral("lock-timeout")).toDouble(&ok);
    return ok && seconds > 0 ? qMax(1, static_cast<int>(seconds * 1000)) : 0;
}

int newSeed(CliContext& cli)
{
    if (cli.positional().isEmpty())
        return cli.usage(QStringLiteral("missing <slug>, e.g. `kumiko ops seed:new fix-admin-roles`"));
    auto path = SeedScaffold::create(SeedDiscovery::seedsDir(cli.projectDir()), cli.positional().first());
    if (!path)
        return cli.fail(path.error());
    if (cli.json())
        cli.printJson({{"path", path->toStdString()}});
    else
        cli.out() << "created " << *path << '\n';
    return ExitCode::Ok;
}

void printStatusText(CliContext& cli, const SeedCatalog& catalog)
{
    qsizetype width = 2;
    for (const MigrationStatus& status : catalog.migrations())
        width = qMax(width, status.id.size());
    QTextStream& out = cli.out();
    out << QStringLiteral("ID").leftJustified(width) << "  " << QStringLiteral("STATE").leftJustified(12)
        << "  " << QStringLiteral("APPLIED AT").leftJustified(24) << "  "
        << QStringLiteral("BY").leftJustified(5) << "  " << QStringLiteral("MS").rightJustified(6)
        << "  DESCRIPTION\n";
    for (const MigrationStatus& status : catalog.migrations()) {
        const QString appliedAt = status.marker ? UtcTime::iso(status.marker->appliedAt) : QString();
        out << status.id.leftJustified(width) << "  "
            << SeedCatalog::stateName(status.state).leftJustified(12) << "  " << appliedAt.leftJustified(24)
            << "  " << (status.marker ? status.marker->appliedBy : QString()).leftJustified(5) << "  "
            << (status.marker ? QString::number(status.marker->durationMs) : QString()).rightJustified(6)
            << "  " << status.description() << '\n';
        if (status.problem && !status.isApplied())
            out << "    invalid: " << status.problem->message << '\n';
        if (status.state == MigrationState::Failed && status.lastAttempt)
            out << "    last attempt failed: " << status.lastAttempt->errorMessage << " ["
                << status.lastAttempt->errorCode << "]\n";
    }
    QStringList counts;
    const QMap<MigrationState, int> byState = catalog.counts();
    for (auto it = byState.constBegin(); it != byState.constEnd(); ++it) {
        if (it.value() > 0)
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(SeedCatalog::stateName(it.key()));
    }
    out << (counts.isEmpty()
                ? QStringLiteral("no seed migrations in %1").arg(SeedDiscovery::seedsDir(cli.projectDir()))
                : counts.join(QStringLiteral(", ")))
        << '\n';
}

int showStatus(CliContext& cli)
{
    auto catalog =
        cli.withDatabase([&](QSqlDatabase& db) { return SeedCatalog::load(cli.projectDir(), db); });
    if (!catalog)
        return cli.fail(catalog.error());
    if (cli.json())
        cli.printJson(catalog->toJson());
    else
        printStatusText(cli, *catalog);
    if (cli.isSet(QStringLiteral("check")) && catalog->needsAttention()) {
        cli.err() << "check failed: seed migrations are pending, failed, modified or missing\n";
        return ExitCode::Failed;
    }
    return ExitCode::Ok;
}

// A migration's failure: its own exit code for an unreachable database or lock, else 1.
int failedExitCode(const Error& error)
{
    return CliContext::exitCodeFor(error) == ExitCode::Unreachable ? ExitCode::Unreachable : ExitCode::Failed;
}

void printPlanText(CliContext& cli, const PlanReport& plan)
{
    QTextStream& out = cli.out();
    if (plan.migrations.isEmpty())
        out << "nothing to plan: no pending seed migrations\n";
    for (const PlannedMigration& migration : plan.migrations) {
        out << "== " << migration.id << (migration.skipped ? " (skipped by its environment flag)" : "")
            << '\n';
        for (const StepReport& step : migration.steps) {
            out << "  steps[" << step.index << "] " << SeedStep::opName(step.op) << ": "
                << StepReport::actionName(step.action)
                << (step.action == StepAction::Write ? " (not idempotent: writes every time)" : "") << '\n';
            for (const es::StoredEvent& event : step.events)
                out << "      " << event.type << "  aggregate " << event.aggregateId << "  tenant "
                    << event.tenantId << "\n        " << QString::fromStdString(event.payload.dump()) << '\n';
        }
        if (migration.failed)
            out << "  FAILS at "
                << (migration.failed->step ? QStringLiteral("steps[%1]").arg(*migration.failed->step)
                                           : QStringLiteral("start"))
                << ": " << migration.failed->error.message << " [" << migration.failed->error.codeName()
                << "]\n";
    }
    out << "dry run: nothing was written\n";
}

int runPlan(CliContext& cli, const ApplyOptions& options)
{
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto plan = cli.withDatabase(
        [&](QSqlDatabase& db) { return SeedRunner(cli.projectDir()).plan(db, *actor, options); });
    if (!plan)
        return cli.fail(plan.error());
    if (cli.json())
        cli.printJson(plan->toJson());
    else
        printPlanText(cli, *plan);
    if (const FailedMigration* failure = plan->failure()) {
        cli.err() << "plan: " << failure->id << " would fail: " << failure->error.message << '\n';
        return failedExitCode(failure->error);
    }
    return ExitCode::Ok;
}

int planSeeds(CliContext& cli)
{
    ApplyOptions options;
    if (!cli.positional().isEmpty())
        options.only = cli.positional().first();
    return runPlan(cli, options);
}

void printApplyText(CliContext& cli, const ApplyReport& report)
{
    QTextStream& out = cli.out();
    for (const MigrationOutcome& outcome : report.outcomes) {
        if (outcome.outcome == SeedAttempt::applied())
            out << "applied          " << outcome.id << " ("
                << CliContext::count(outcome.eventsWritten, QStringLiteral("event"), QStringLiteral("events"))
                << ", " << outcome.durationMs << " ms)\n";
        else if (outcome.outcome == SeedAttempt::skipped())
            out << "skipped          " << outcome.id << " (skippable, " << SkipRules::variableFor(outcome.id)
                << "=1)\n";
        else if (outcome.outcome == SeedAttempt::alreadyApplied())
            out << "already applied  " << outcome.id << " (by another runner meanwhile)\n";
    }
    if (report.failed)
        out << "FAILED           " << report.failed->id
            << (report.failed->step ? QStringLiteral(" at steps[%1]").arg(*report.failed->step) : QString())
            << ": " << report.failed->error.message << " [" << report.failed->error.codeName() << "]\n";
    for (const QString& id : report.notAttempted)
        out << "not attempted    " << id << '\n';
    if (report.outcomes.isEmpty() && !report.failed)
        out << "nothing to apply: no pending seed migrations\n";
}

// Applies as the run's actor; the attempts name the `--as` admin or the operating-system user.
Result<ApplyReport> applyAsRunActor(CliContext& cli, ApplyOptions options)
{
    auto actor = cli.actor();
    if (!actor)
        return actor.error();
    options.appliedBy = cli.actorName();
    return cli.withDatabase(
        [&](QSqlDatabase& db) { return SeedRunner(cli.projectDir()).apply(db, *actor, options); });
}

int applySeeds(CliContext& cli)
{
    ApplyOptions options;
    options.to = cli.value(QStringLiteral("to"));
    options.only = cli.value(QStringLiteral("only"));
    if (!options.to.isEmpty() && !options.only.isEmpty())
        return cli.usage(QStringLiteral("--to and --only exclude each other"));
    options.lockTimeoutMs = lockTimeoutMs(cli);
    if (options.lockTimeoutMs <= 0)
        return cli.usage(QStringLiteral("--lock-timeout needs a positive number of seconds"));
    if (cli.isSet(QStringLiteral("dry-run")))
        return runPlan(cli, options);
    auto report = applyAsRunActor(cli, options);
    if (!report)
        return cli.fail(report.error());
    if (report->globallySkipped)
        cli.err() << SkipRules::globalVariable() << "=1: seed migrations are skipped; nothing was done\n";
    if (cli.json())
        cli.printJson(report->toJson());
    else
        printApplyText(cli, *report);
    if (report->failed) {
        cli.err() << "error: " << report->failed->id << ": " << report->failed->error.message << " ["
                  << report->failed->error.codeName() << "]\n";
        return failedExitCode(report->failed->error);
    }
    return ExitCode::Ok;
}

int markApplied(CliContext& cli)
{
    if (cli.positional().isEmpty())
        return cli.usage(
            QStringLiteral("missing ID, e.g. `kumiko ops seed:mark-applied 2026-05-20-fix --reason "
                           "\"applied by hand\"`"));
    if (cli.value(QStringLiteral("reason")).trimmed().isEmpty())
        return cli.usage(QStringLiteral("--reason TEXT is required: say why the steps are not run"));
    const int timeout = lockTimeoutMs(cli);
    if (timeout <= 0)
        return cli.usage(QStringLiteral("--lock-timeout needs a positive number of seconds"));
    const QString id = cli.positional().first();
    // No events are written, but a refused --as must still refuse the mark.
    if (auto actor = cli.actor(); !actor)
        return cli.fail(actor.error());
    const Status marked = cli.withDatabase([&](QSqlDatabase& db) {
        return SeedRunner(cli.projectDir())
            .markApplied(db, id, cli.value(QStringLiteral("reason")), cli.actorName(), timeout);
    });
    if (!marked)
        return cli.fail(marked.error());
    if (cli.json())
        cli.printJson({{"marked", id.toStdString()}});
    else
        cli.out() << "marked " << id << " as applied (steps not run)\n";
    return ExitCode::Ok;
}

int acceptChecksum(CliContext& cli)
{
    if (cli.positional().isEmpty())
        return cli.usage(QStringLiteral(
            "missing ID, e.g. `kumiko ops seed:accept 2026-05-20-fix --reason \"comment fixed\"`"));
    if (cli.value(QStringLiteral("reason")).trimmed().isEmpty())
        return cli.usage(QStringLiteral("--reason TEXT is required: say why the changed file is accepted"));
    const QString id = cli.positional().first();
    // No events are written, but a refused --as must still refuse the acceptance.
    if (auto actor = cli.actor(); !actor)
        return cli.fail(actor.error());
    const Status accepted = cli.withDatabase([&](QSqlDatabase& db) {
        return SeedRunner(cli.projectDir())
            .acceptChecksum(db, id, cli.value(QStringLiteral("reason")), cli.actorName());
    });
    if (!accepted)
        return cli.fail(accepted.error());
    if (cli.json())
        cli.printJson({{"accepted", id.toStdString()}});
    else
        cli.out() << "accepted the changed file of " << id << " (new checksum recorded, steps not run)\n";
    return ExitCode::Ok;
}

} // namespace

int OpsCommands::applyAndShowStatus(CliContext& cli)
{
    auto report = applyAsRunActor(cli, {});
    if (!report)
        return cli.fail(report.error());
    printApplyText(cli, *report);
    if (report->failed)
        return failedExitCode(report->failed->error);
    cli.out() << '\n';
    auto catalog =
        cli.withDatabase([&](QSqlDatabase& db) { return SeedCatalog::load(cli.projectDir(), db); });
    if (!catalog)
        return cli.fail(catalog.error());
    printStatusText(cli, *catalog);
    return ExitCode::Ok;
}

void OpsCommands::registerInto(CommandRegistry& registry)
{
    registry.add({QStringLiteral("ops seed:new"),
                  QStringLiteral("<slug>"),
                  QStringLiteral("Scaffold seeds/<UTC date>-<slug>.json; never overwrites."),
                  {},
                  newSeed});
    registry.add(
        {QStringLiteral("ops seed:status"),
         {},
         QStringLiteral("List seed migrations: id, state, applied at/by, duration, description."),
         {{QStringLiteral("check"),
           QStringLiteral("Exit 1 if anything is pending, out-of-order, failed, modified or missing.")}},
         showStatus});
    registry.add(
        {QStringLiteral("ops seed:plan"),
         QStringLiteral("[ID]"),
         QStringLiteral("Dry run of the pending (or one) migration: actions and events; writes nothing."),
         {},
         planSeeds});
    registry.add(
        {QStringLiteral("ops seed:apply"),
         {},
         QStringLiteral("Apply pending seed migrations in order, each atomically."),
         {{QStringLiteral("to"), QStringLiteral("Apply up to and including this id."), QStringLiteral("id")},
          {QStringLiteral("only"), QStringLiteral("Apply only this id."), QStringLiteral("id")},
          {QStringLiteral("dry-run"), QStringLiteral("Plan instead of applying; writes nothing.")},
          lockTimeoutOption()},
         applySeeds});
    registry.add({QStringLiteral("ops seed:mark-applied"),
                  QStringLiteral("ID"),
                  QStringLiteral("Record a migration as applied without running its steps (baseline)."),
                  {{QStringLiteral("reason"), QStringLiteral("Why the steps are not run (required)."),
                    QStringLiteral("text")},
                   lockTimeoutOption()},
                  markApplied});
    registry.add({QStringLiteral("ops seed:accept"),
                  QStringLiteral("ID"),
                  QStringLiteral("Accept a modified migration's file as it is now: record its new checksum "
                                 "with a reason (like Flyway's repair); nothing runs again."),
                  {{QStringLiteral("reason"), QStringLiteral("Why the changed file is accepted (required)."),
                    QStringLiteral("text")}},
                  acceptChecksum});
}

} // namespace kumiko::cli
