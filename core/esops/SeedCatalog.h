#pragma once

#include "common/Result.h"
#include "esops/SeedFile.h"
#include "esops/SeedLedger.h"
#include "esops/SeedStep.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::esops {

/// The states `seed:status` shows.
enum class MigrationState
{
    Pending,    ///< not applied yet
    Applied,    ///< marker present, checksum unchanged (or unknown: applied by upstream)
    Baselined,  ///< marker written by "mark applied" with a reason; its steps never ran here
    Failed,     ///< not applied, the last attempt failed
    Modified,   ///< applied, but the file's checksum differs from the recorded one
    Missing,    ///< marker present, no file
    OutOfOrder, ///< not applied, sorts before the newest applied id
    Foreign,    ///< upstream TypeScript seed, not applied; needs the Kumiko server runtime
    Skipped,    ///< not applied, `skippable` and its KUMIKO_SKIP_ES_OPS_<ID> flag is "1"
};

/// One migration with everything known about it: file, parsed content, marker, last attempt.
struct MigrationStatus
{
    QString id;
    MigrationState state = MigrationState::Pending;
    std::optional<SeedFile> file;           ///< absent when missing
    std::optional<SeedMigration> migration; ///< parsed content of a valid JSON file
    std::optional<Error> problem;           ///< why the JSON file does not parse
    std::optional<LedgerEntry> marker;      ///< present when applied
    QString recordedChecksum;               ///< checksum stored when applied or marked; empty if unknown
    QString recordedApplier; ///< who applied or marked it per the attempt row; empty if unknown
    std::optional<SeedAttempt> lastAttempt;

    bool isApplied() const { return marker.has_value(); }
    /// The file's description, else the marker's notes.
    QString description() const;
    /// Who applied it: the person of the applied/marked attempt, else the marker's applied_by.
    QString appliedBy() const;
};

/// A project's seed migrations joined with the ledger: what is on disk, what is applied, what is next.
class SeedCatalog
{
public:
    static QString stateName(MigrationState state);
    static QList<MigrationState> allStates();

    /// Discovers `<projectDir>/seeds`, reads the ledger, computes every state.
    static Result<SeedCatalog>
    load(const QString& projectDir, const QSqlDatabase& db,
         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// The state computation alone (files in run order).
    static SeedCatalog build(const QList<SeedFile>& files, const LedgerSnapshot& ledger,
                             const QProcessEnvironment& env);

    /// Files and missing ids, sorted byte-wise by id.
    const QList<MigrationStatus>& migrations() const { return m_migrations; }
    const MigrationStatus* find(const QString& id) const;
    /// Migrations with a file and no marker, in run order (pending, failed, out-of-order, foreign, skipped).
    QList<const MigrationStatus*> unapplied() const;
    QMap<MigrationState, int> counts() const;
    /// What `--check` fails on: anything pending, out-of-order, failed, modified or missing (not
    /// baselined: that is a decision someone recorded).
    bool needsAttention() const;

    /// `{"migrations": [{id, state, description, appliedAt, appliedBy, durationMs, checksum,
    /// currentChecksum}], "counts": {state: n}}`
    nlohmann::json toJson() const;

private:
    QList<MigrationStatus> m_migrations;
    QHash<QString, qsizetype> m_index; ///< id → position in m_migrations
};

} // namespace kumiko::esops
