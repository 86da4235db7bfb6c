#include "esops/SeedRunner.h"

#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "esops/SeedDiscovery.h"
#include "esops/SeedValidator.h"
#include "esops/SkipRules.h"

#include <QElapsedTimer>
#include <QUuid>

namespace kumiko::esops {
namespace {

using db::Sql;
using nlohmann::json;

json idList(const QStringList& ids)
{
    json list = json::array();
    for (const QString& id : ids)
        list.push_back(id.toStdString());
    return list;
}

json failureJson(const FailedMigration& failed, bool withId)
{
    json object = {{"step", failed.step ? json(*failed.step) : json()},
                   {"code", failed.error.codeName().toStdString()},
                   {"message", failed.error.message.toStdString()}};
    if (withId)
        object["id"] = failed.id.toStdString();
    return object;
}

bool isSkipped(const MigrationStatus& status, const QProcessEnvironment& env)
{
    return status.migration && SkipRules::migrationSkipped(status.id, status.migration->skippable, env);
}

Error unknownMigration(const QString& id)
{
    return Error::make(ErrorCode::UnknownMigration,
                       QStringLiteral("no seed migration file with id \"%1\" in seeds/").arg(id),
                       QStringLiteral("id"));
}

Error foreignMigration(const MigrationStatus& status)
{
    return Error::make(
        ErrorCode::ForeignMigration,
        QStringLiteral("%1 is an upstream TypeScript seed; it needs the Kumiko server runtime "
                       "(start the server to apply it, or mark it applied). The run stops before it.")
            .arg(status.file->fileName));
}

// The migrations a run covers, in run order. A plan of one named migration may cover an applied one.
Result<QList<const MigrationStatus*>> select(const SeedCatalog& catalog, const ApplyOptions& options,
                                             bool allowApplied)
{
    if (!options.only.isEmpty()) {
        const MigrationStatus* status = catalog.find(options.only);
        if (!status || !status->file)
            return unknownMigration(options.only);
        if (status->isApplied() && !allowApplied)
            return QList<const MigrationStatus*>{};
        return QList<const MigrationStatus*>{status};
    }
    QList<const MigrationStatus*> selected = catalog.unapplied();
    if (!options.to.isEmpty()) {
        const MigrationStatus* last = catalog.find(options.to);
        if (!last || !last->file)
            return unknownMigration(options.to);
        selected.removeIf([last](const MigrationStatus* status) {
            return SeedDiscovery::lessByBytes(last->file->fileName, status->file->fileName);
        });
    }
    return selected;
}

// Everything that could run is checked before the first migration starts.
Status validateAll(const QList<const MigrationStatus*>& selected, const SeedServices& services,
                   const QProcessEnvironment& env)
{
    for (const MigrationStatus* status : selected) {
        if (status->file->foreign || isSkipped(*status, env))
            continue;
        if (status->problem)
            return *status->problem;
        if (Status ok = SeedValidator::validate(*status->migration, *status->file, services, env); !ok)
            return ok;
    }
    return {};
}

Status takeLock(const QSqlDatabase& db, int lockTimeoutMs)
{
    if (Status ok = Sql::run(db, QStringLiteral("SELECT set_config('lock_timeout', ?, true)"),
                             {QString::number(lockTimeoutMs)});
        !ok)
        return ok;
    return Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {SeedLedger::kLockKey});
}

// After a lock timeout (its transaction rolled back): who holds the seed-migration lock.
Error lockTimeout(const QSqlDatabase& db, const Error& original, int lockTimeoutMs)
{
    Error e = original;
    auto holder =
        Sql::exec(db,
                  QStringLiteral("SELECT a.pid, a.application_name, COALESCE(a.xact_start, a.state_change) "
                                 "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                 "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 "
                                 "AND l.database = (SELECT oid FROM pg_database WHERE datname = "
                                 "current_database()) "
                                 "AND l.objid = CAST(? AS oid) AND l.objsubid = 1 "
                                 "AND l.pid <> pg_backend_pid() LIMIT 1"),
                  {QString::number(SeedLedger::kLockKey)});
    QString who = QStringLiteral("another session (it has let go meanwhile)");
    if (holder && holder->next())
        who = QStringLiteral("pid %1 (application_name \"%2\", since %3)")
                  .arg(holder->value(0).toString(), holder->value(1).toString(),
                       holder->value(2).toDateTime().toUTC().toString(Qt::ISODateWithMs));
    e.message = QStringLiteral(
                    "the seed-migration lock (pg_advisory_xact_lock(%1)) is held by %2; gave up after %3 ms")
                    .arg(SeedLedger::kLockKey)
                    .arg(who)
                    .arg(lockTimeoutMs);
    return e;
}

// One migration in its own transaction; the guard rolls it back on any error.
Status runMigration(const QSqlDatabase& db, const domain::Actor& actor, const MigrationStatus& status,
                    const SeedServices& services, const ApplyOptions& options, const QProcessEnvironment& env,
                    SeedAttempt& attempt, std::optional<int>& failedStep, const QElapsedTimer& timer)
{
    db::Transaction transaction(db);
    if (Status ok = transaction.begin(); !ok)
        return ok;
    if (Status ok = takeLock(db, options.lockTimeoutMs); !ok)
        return ok;
    auto applied = SeedLedger::isApplied(db, status.id);
    if (!applied)
        return applied.error();
    if (*applied) {
        attempt.outcome = SeedAttempt::alreadyApplied();
        if (Status ok = SeedLedger::recordAttempt(db, attempt); !ok)
            return ok;
        return transaction.commit();
    }
    domain::Actor migrationActor = actor;
    migrationActor.correlationId = SeedRunner::correlationIdOf(status.id);
    StepExecutor executor(db, services, migrationActor, env);
    for (const SeedStep& step : status.migration->steps) {
        auto report = executor.run(step);
        if (!report) {
            failedStep = step.index;
            return report.error();
        }
        attempt.eventsWritten += static_cast<int>(report->events.size());
    }
    attempt.outcome = SeedAttempt::applied();
    const LedgerEntry marker{status.id,
                             {},
                             SeedLedger::markerAppliedBy(),
                             static_cast<int>(timer.elapsed()),
                             status.migration->description};
    if (Status ok = SeedLedger::writeMarker(db, marker, attempt); !ok)
        return ok;
    return transaction.commit();
}

struct OneResult
{
    MigrationOutcome outcome;
    std::optional<FailedMigration> failure;
};

OneResult applyOne(const QSqlDatabase& db, const domain::Actor& actor, const MigrationStatus& status,
                   const SeedServices& services, const ApplyOptions& options, const QProcessEnvironment& env)
{
    QElapsedTimer timer;
    timer.start();
    SeedAttempt attempt;
    attempt.id = status.id;
    attempt.checksum = status.file->checksum;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.appliedBy = options.appliedBy;
    std::optional<int> failedStep;
    const Status ran = runMigration(db, actor, status, services, options, env, attempt, failedStep, timer);
    OneResult result{{status.id, attempt.outcome, attempt.eventsWritten, static_cast<int>(timer.elapsed())},
                     {}};
    if (ran)
        return result;
    Error error = ran.error();
    if (error.code == ErrorCode::LockTimeout && !failedStep)
        error = lockTimeout(db, error, options.lockTimeoutMs);
    attempt.outcome = SeedAttempt::failed();
    attempt.errorCode = error.codeName();
    attempt.errorMessage = error.message;
    attempt.failedStep = failedStep;
    attempt.eventsWritten = 0;
    // Best effort: when the connection is gone the attempt cannot be recorded, the error still is reported.
    (void)SeedLedger::recordAttempt(db, attempt);
    result.outcome.outcome = attempt.outcome;
    result.outcome.eventsWritten = 0;
    result.failure = FailedMigration{status.id, failedStep, error};
    return result;
}

struct Prepared
{
    SeedServices services;
    SeedCatalog catalog;
};

// The bootstrap compares every existing table with upstream's, which costs more than a typical
// apply; it only runs when a table the runner writes to is missing.
Status ensureSchema(const QSqlDatabase& db)
{
    auto present = Sql::scalar(db, QStringLiteral("SELECT to_regclass('kumiko_events') IS NOT NULL AND "
                                                  "to_regclass('kumiko_es_operations') IS NOT NULL AND "
                                                  "to_regclass('kumiko_admin_seed_runs') IS NOT NULL"));
    if (!present)
        return present.error();
    if (present->toBool())
        return {};
    if (auto report = db::SchemaBootstrap::run(db); !report)
        return report.error();
    return {};
}

Result<Prepared> prepare(const QSqlDatabase& db, const QString& projectDir, const QProcessEnvironment& env,
                         bool bootstrap)
{
    if (bootstrap)
        if (Status ok = ensureSchema(db); !ok)
            return ok.error();
    auto services = SeedServices::forProject(projectDir, env);
    if (!services)
        return services.error();
    auto catalog = SeedCatalog::load(projectDir, db, env);
    if (!catalog)
        return catalog.error();
    return Prepared{std::move(services).value(), std::move(catalog).value()};
}

QStringList idsFrom(const QList<const MigrationStatus*>& statuses, qsizetype first)
{
    QStringList ids;
    for (qsizetype i = first; i < statuses.size(); ++i)
        ids.append(statuses.at(i)->id);
    return ids;
}

} // namespace

json ApplyReport::toJson() const
{
    return {{"applied", idList(applied)},
            {"skipped", idList(skipped)},
            {"alreadyApplied", idList(alreadyApplied)},
            {"failed", failed ? failureJson(*failed, true) : json()},
            {"notAttempted", idList(notAttempted)}};
}

const FailedMigration* PlanReport::failure() const
{
    for (const PlannedMigration& migration : migrations) {
        if (migration.failed)
            return &*migration.failed;
    }
    return nullptr;
}

ApplyPreview PlanReport::preview() const
{
    ApplyPreview preview;
    for (const PlannedMigration& planned : migrations) {
        if (planned.failed) {
            preview.failure = planned.failed;
            break;
        }
        ApplyPreview::Migration migration{planned.id, int(planned.steps.size()), 0, planned.skipped};
        for (const StepReport& step : planned.steps)
            migration.events += int(step.events.size());
        preview.steps += migration.steps;
        preview.events += migration.events;
        preview.migrations.append(migration);
    }
    return preview;
}

json PlanReport::toJson() const
{
    json list = json::array();
    for (const PlannedMigration& migration : migrations) {
        json steps = json::array();
        for (const StepReport& step : migration.steps) {
            json events = json::array();
            for (const es::StoredEvent& event : step.events)
                events.push_back({{"type", event.type.toStdString()},
                                  {"aggregateId", event.aggregateId.toStdString()},
                                  {"tenantId", event.tenantId.toStdString()},
                                  {"payload", event.payload}});
            steps.push_back({{"index", step.index},
                             {"op", SeedStep::opName(step.op).toStdString()},
                             {"action", StepReport::actionName(step.action).toStdString()},
                             {"events", events}});
        }
        json entry = {{"id", migration.id.toStdString()}, {"steps", steps}};
        if (migration.skipped)
            entry["skipped"] = true;
        if (migration.failed)
            entry["error"] = failureJson(*migration.failed, false);
        list.push_back(std::move(entry));
    }
    return {{"migrations", list}};
}

SeedRunner::SeedRunner(QString projectDir, QProcessEnvironment env)
    : m_projectDir(std::move(projectDir))
    , m_env(std::move(env))
{}

QString SeedRunner::correlationIdOf(const QString& id)
{
    static const QUuid migrations(QStringLiteral("{5b0c6e2a-8f1d-4e57-a3c9-2d7e91f04b68}"));
    return QUuid::createUuidV5(migrations, QStringLiteral("seed-migration:") + id)
        .toString(QUuid::WithoutBraces);
}

Result<ApplyReport> SeedRunner::apply(const QSqlDatabase& db, const domain::Actor& actor,
                                      const ApplyOptions& options) const
{
    ApplyReport report;
    if (SkipRules::globallySkipped(m_env)) {
        report.globallySkipped = true;
        return report;
    }
    auto prepared = prepare(db, m_projectDir, m_env, true);
    if (!prepared)
        return prepared.error();
    auto selected = select(prepared->catalog, options, false);
    if (!selected)
        return selected.error();
    if (Status ok = validateAll(*selected, prepared->services, m_env); !ok)
        return ok.error();
    const qsizetype total = selected->size();
    for (qsizetype i = 0; i < total; ++i) {
        const MigrationStatus& status = *selected->at(i);
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            report.notAttempted = idsFrom(*selected, i);
            break;
        }
        if (status.file->foreign) {
            report.failed = FailedMigration{status.id, std::nullopt, foreignMigration(status)};
            report.notAttempted = idsFrom(*selected, i + 1);
            break;
        }
        if (options.progress)
            options.progress({static_cast<int>(i + 1), static_cast<int>(total), status.id});
        if (isSkipped(status, m_env)) {
            SeedAttempt attempt;
            attempt.id = status.id;
            attempt.checksum = status.file->checksum;
            attempt.outcome = SeedAttempt::skipped();
            attempt.appliedBy = options.appliedBy;
            attempt.reason = SkipRules::variableFor(status.id) + QStringLiteral("=1");
            if (Status ok = SeedLedger::recordAttempt(db, attempt); !ok)
                return ok.error();
            report.skipped.append(status.id);
            report.outcomes.append({status.id, attempt.outcome, 0, 0});
            continue;
        }
        OneResult one = applyOne(db, actor, status, prepared->services, options, m_env);
        report.outcomes.append(one.outcome);
        if (one.failure) {
            report.failed = one.failure;
            report.notAttempted = idsFrom(*selected, i + 1);
            break;
        }
        (one.outcome.outcome == SeedAttempt::applied() ? report.applied : report.alreadyApplied)
            .append(status.id);
    }
    return report;
}

Result<PlanReport> SeedRunner::plan(const QSqlDatabase& db, const domain::Actor& actor,
                                    const ApplyOptions& options) const
{
    auto prepared = prepare(db, m_projectDir, m_env, false);
    if (!prepared)
        return prepared.error();
    auto selected = select(prepared->catalog, options, true);
    if (!selected)
        return selected.error();
    if (Status ok = validateAll(*selected, prepared->services, m_env); !ok)
        return ok.error();
    PlanReport report;
    db::Transaction transaction(db);
    if (Status ok = transaction.begin(); !ok)
        return ok.error();
    // On a database without tables yet, plan against the tables an apply would create; the
    // rollback below takes them away again.
    if (Status ok = ensureSchema(db); !ok)
        return ok.error();
    StepExecutor executor(db, prepared->services, actor, m_env);
    for (const MigrationStatus* status : *selected) {
        PlannedMigration planned;
        planned.id = status->id;
        if (status->file->foreign) {
            planned.failed = FailedMigration{status->id, std::nullopt, foreignMigration(*status)};
        } else if (isSkipped(*status, m_env)) {
            planned.skipped = true;
        } else {
            for (const SeedStep& step : status->migration->steps) {
                auto stepReport = executor.run(step);
                if (!stepReport) {
                    planned.failed = FailedMigration{status->id, step.index, stepReport.error()};
                    break;
                }
                planned.steps.append(std::move(stepReport).value());
            }
        }
        report.migrations.append(std::move(planned));
        if (report.migrations.last().failed)
            break;
    }
    transaction.rollback();
    return report;
}

Result<ApplyPreview> SeedRunner::preview(const QSqlDatabase& db, const domain::Actor& actor,
                                         const ApplyOptions& options) const
{
    auto planned = plan(db, actor, options);
    if (!planned)
        return planned.error();
    return planned->preview();
}

Status SeedRunner::acceptChecksum(const QSqlDatabase& db, const QString& id, const QString& reason,
                                  const QString& appliedBy) const
{
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::ReasonRequired, QStringLiteral("a reason is required (--reason TEXT)"),
                           QStringLiteral("reason"));
    db::Transaction transaction(db);
    if (Status ok = transaction.begin(); !ok)
        return ok;
    auto catalog = SeedCatalog::load(m_projectDir, db, m_env);
    if (!catalog)
        return catalog.error();
    const MigrationStatus* status = catalog->find(id);
    if (!status || !status->file)
        return unknownMigration(id);
    if (status->state != MigrationState::Modified)
        return Error::make(ErrorCode::NotModified, QStringLiteral("%1 is %2, not modified; nothing to accept")
                                                       .arg(id, SeedCatalog::stateName(status->state)));
    SeedAttempt attempt;
    attempt.id = id;
    attempt.checksum = status->file->checksum;
    attempt.outcome = SeedAttempt::accepted();
    attempt.appliedBy = appliedBy;
    attempt.reason = reason.trimmed();
    if (Status ok = SeedLedger::recordAttempt(db, attempt); !ok)
        return ok;
    return transaction.commit();
}

Status SeedRunner::markApplied(const QSqlDatabase& db, const QString& id, const QString& reason,
                               const QString& appliedBy, int lockTimeoutMs) const
{
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::Usage, QStringLiteral("a reason is required (--reason TEXT)"),
                           QStringLiteral("reason"));
    auto prepared = prepare(db, m_projectDir, m_env, true);
    if (!prepared)
        return prepared.error();
    const MigrationStatus* status = prepared->catalog.find(id);
    if (!status || !status->file)
        return unknownMigration(id);
    const Error alreadyApplied = Error::make(ErrorCode::AlreadyApplied,
                                             QStringLiteral("%1 is applied already; nothing marked").arg(id));
    if (status->isApplied())
        return alreadyApplied;
    SeedAttempt attempt;
    attempt.id = id;
    attempt.checksum = status->file->checksum;
    attempt.outcome = SeedAttempt::marked();
    attempt.appliedBy = appliedBy;
    attempt.reason = reason;
    db::Transaction transaction(db);
    if (Status ok = transaction.begin(); !ok)
        return ok;
    if (Status ok = takeLock(db, lockTimeoutMs); !ok) {
        transaction.rollback();
        return ok.error().code == ErrorCode::LockTimeout ? lockTimeout(db, ok.error(), lockTimeoutMs)
                                                         : ok.error();
    }
    auto applied = SeedLedger::isApplied(db, id);
    if (!applied)
        return applied.error();
    if (*applied)
        return alreadyApplied;
    const QString notes = status->migration ? status->migration->description : reason;
    if (Status ok = SeedLedger::writeMarker(db, {id, {}, SeedLedger::markerAppliedBy(), 0, notes}, attempt);
        !ok)
        return ok;
    return transaction.commit();
}

} // namespace kumiko::esops
