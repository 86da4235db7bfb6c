#pragma once

#include "common/Result.h"
#include "esops/SeedCatalog.h"
#include "esops/SeedServices.h"
#include "esops/StepExecutor.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <atomic>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::esops {

/// Reported before each migration of an apply: migration `index` (1-based) of `total`.
struct ApplyProgress
{
    int index = 0;
    int total = 0;
    QString id;
};

/// Which migrations to run and how; shared by apply and plan.
struct ApplyOptions
{
    /// Who applies, for the attempt rows (the console: the admin's e-mail); the marker always gets
    /// SeedLedger::markerAppliedBy().
    QString appliedBy = QStringLiteral("cli");
    int lockTimeoutMs = 30000; ///< SET LOCAL lock_timeout of each migration's transaction
    QString to;                ///< run the unapplied migrations up to and including this id
    QString only;              ///< run just this migration
    /// Called before each migration, in the runner's thread.
    std::function<void(const ApplyProgress&)> progress;
    /// Checked between migrations; when true, the rest are reported as not attempted.
    const std::atomic<bool>* cancel = nullptr;
};

/// The migration that stopped a run, and why.
struct FailedMigration
{
    QString id;
    std::optional<int> step; ///< 0-based index of the failing step; empty when no step ran
    Error error;
};

/// One migration's result in an apply.
struct MigrationOutcome
{
    QString id;
    QString outcome; ///< SeedAttempt outcome name: applied, skipped, already-applied, failed
    int eventsWritten = 0;
    int durationMs = 0;
};

/// What an apply did.
struct ApplyReport
{
    bool globallySkipped = false; ///< KUMIKO_SKIP_ES_OPS=1: nothing was done
    bool cancelled = false;
    QStringList applied;
    QStringList skipped;
    QStringList alreadyApplied; ///< applied meanwhile by another runner
    QStringList notAttempted;
    std::optional<FailedMigration> failed;
    QList<MigrationOutcome> outcomes;

    /// `{"applied", "skipped", "alreadyApplied", "failed": null | {"id", "step", "code", "message"},
    /// "notAttempted"}`
    nlohmann::json toJson() const;
};

/// A dry run of one migration: per step the action and the events it would append.
struct PlannedMigration
{
    QString id;
    bool skipped = false;
    QList<StepReport> steps;
    std::optional<FailedMigration> failed;
};

/// What an apply would do, for asking once before it runs: which migrations, how many steps and events.
struct ApplyPreview
{
    struct Migration
    {
        QString id;
        int steps = 0;
        int events = 0;
        bool skipped = false;
    };
    QList<Migration> migrations;
    int steps = 0;  ///< of all migrations
    int events = 0; ///< the events the steps would append, of all migrations
    std::optional<FailedMigration>
        failure; ///< the migration that would fail, and why; later ones are not listed
};

/// What a plan found.
struct PlanReport
{
    QList<PlannedMigration> migrations;

    const FailedMigration* failure() const;
    /// `{"migrations": [{"id", "steps": [{"index", "op", "action", "events": [{"type", "aggregateId",
    /// "tenantId", "payload"}]}]}]}`; a failing migration also has "error": {"step", "code", "message"}.
    nlohmann::json toJson() const;
    /// The counts an apply of the same migrations would reach.
    ApplyPreview preview() const;
};

/// Applies, plans and marks the seed migrations of a project on the connection it is handed; steps
/// dispatch the write handlers as the given actor.
///
/// Apply: validates every selected file first (nothing runs if one is invalid); then per migration one
/// transaction with SET LOCAL lock_timeout, pg_advisory_xact_lock(1702063984), a re-check, every step,
/// the marker and the attempt row. A failure rolls that migration back, records a failed attempt and
/// stops. Errors returned (rather than reported) mean nothing ran: validation (`invalid_json`,
/// `invalid_seed`, `unknown_handler`, …), `unknown_migration`, database unreachable.
class SeedRunner
{
public:
    explicit SeedRunner(QString projectDir,
                        QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    Result<ApplyReport> apply(const QSqlDatabase& db, const domain::Actor& actor,
                              const ApplyOptions& options = {}) const;
    /// The same steps in a transaction that is always rolled back; writes nothing, not even an attempt.
    /// `options.only` plans that migration even when it is applied; progress and cancel are not used.
    Result<PlanReport> plan(const QSqlDatabase& db, const domain::Actor& actor,
                            const ApplyOptions& options = {}) const;
    /// plan() summed up for asking before an apply with the same options: which migrations would run,
    /// with how many steps and events. Writes nothing.
    Result<ApplyPreview> preview(const QSqlDatabase& db, const domain::Actor& actor,
                                 const ApplyOptions& options = {}) const;
    /// Accepts the file of a modified migration as it is now: records its checksum with `reason` as an
    /// attempt of outcome "accepted" by `appliedBy` (like Flyway's repair); nothing runs again. Errors:
    /// `reason_required`, `unknown_migration` (no such file), `not_modified` (not applied, or unchanged).
    Status acceptChecksum(const QSqlDatabase& db, const QString& id, const QString& reason,
                          const QString& appliedBy) const;
    /// Writes the marker without running the steps, with an attempt of outcome "marked" by `appliedBy`.
    /// Errors: `usage` (empty reason), `unknown_migration`, `already_applied`, `lock_timeout`.
    Status markApplied(const QSqlDatabase& db, const QString& id, const QString& reason,
                       const QString& appliedBy, int lockTimeoutMs = 30000) const;

    /// The metadata.correlationId of every event migration `id` writes: a UUIDv5 of its id, the same
    /// whoever applies it, so "Show events" finds them from the id alone.
    static QString correlationIdOf(const QString& id);

private:
    QString m_projectDir;
    QProcessEnvironment m_env;
};

} // namespace kumiko::esops
