#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kumiko::esops {

/// A row of kumiko_es_operations: the marker that a seed migration is applied (upstream's table).
struct LedgerEntry
{
    QString id;
    QDateTime appliedAt; ///< UTC
    QString appliedBy;   ///< upstream's own values only: "cli" (this tool) or "boot"
    int durationMs = 0;
    QString notes; ///< the migration's description
};

/// A row of kumiko_admin_seed_runs: one attempt to apply (or skip, or mark) a migration.
struct SeedAttempt
{
    static QString applied() { return QStringLiteral("applied"); }
    static QString failed() { return QStringLiteral("failed"); }
    static QString skipped() { return QStringLiteral("skipped"); }
    static QString marked() { return QStringLiteral("marked"); }
    static QString alreadyApplied() { return QStringLiteral("already-applied"); }
    /// A modified migration's new checksum accepted with a reason; the steps did not run again.
    static QString accepted() { return QStringLiteral("accepted"); }

    qint64 attemptId = 0;
    QString id;
    QString checksum;
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt;
    QString outcome; ///< one of the names above
    QString errorCode;
    QString errorMessage;
    std::optional<int> failedStep; ///< 0-based step index
    int eventsWritten = 0;
    QString appliedBy;    ///< the person or program that ran it, e.g. the console admin's e-mail
    QString databaseUser; ///< filled in by the database
    QString hostName;
    QString reason; ///< mark-applied's and accept's reason
};

/// What the ledger says about every migration, read in one go for status computations.
struct LedgerSnapshot
{
    QHash<QString, LedgerEntry> applied;       ///< markers with operation_type 'seed-migration'
    QHash<QString, QString> recordedChecksums; ///< checksum of the latest applied/marked/accepted attempt
    QHash<QString, QString> recordedAppliers;  ///< applied_by of the latest applied/marked attempt
    QSet<QString> baselined; ///< ids whose latest applied/marked attempt is "marked" (a baseline)
    QHash<QString, SeedAttempt> lastAttempts; ///< latest own attempt (not "already-applied")
};

/// Reads and writes the seed-migration ledger: upstream's kumiko_es_operations markers and the console's
/// kumiko_admin_seed_runs attempts. Writes run in the caller's transaction and notify
/// kumiko_esops_changed (delivered at commit), so open consoles refresh.
class SeedLedger
{
public:
    /// The advisory-lock key upstream uses for seed migrations ("esop").
    static constexpr qint64 kLockKey = 1702063984;
    static QString operationType() { return QStringLiteral("seed-migration"); }
    /// What this tool writes to kumiko_es_operations.applied_by: upstream's tools accept only their own
    /// values there, so who applied is recorded in the attempt row instead.
    static QString markerAppliedBy() { return QStringLiteral("cli"); }

    /// Everything status needs; tables that do not exist yet count as empty.
    static Result<LedgerSnapshot> load(const QSqlDatabase& db);
    /// Whether any marker with this id exists (upstream's re-check inside the lock).
    static Result<bool> isApplied(const QSqlDatabase& db, const QString& id);
    /// Inserts the marker and the attempt in one statement.
    static Status writeMarker(const QSqlDatabase& db, const LedgerEntry& marker, const SeedAttempt& attempt);
    static Status recordAttempt(const QSqlDatabase& db, const SeedAttempt& attempt);
    /// Every attempt for `id`, oldest first.
    static Result<QList<SeedAttempt>> attempts(const QSqlDatabase& db, const QString& id);
};

} // namespace kumiko::esops
