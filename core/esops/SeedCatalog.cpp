#include "esops/SeedCatalog.h"

#include "common/UtcTime.h"
#include "esops/SeedDiscovery.h"
#include "esops/SeedParser.h"
#include "esops/SkipRules.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <vector>

namespace kumiko::esops {
namespace {

using nlohmann::json;

json textOrNull(const QString& text)
{
    return text.isEmpty() ? json() : json(text.toStdString());
}

MigrationState unappliedState(const MigrationStatus& status, const QString& newestApplied,
                              const QProcessEnvironment& env)
{
    if (status.file->foreign)
        return MigrationState::Foreign;
    if (status.migration && SkipRules::migrationSkipped(status.id, status.migration->skippable, env))
        return MigrationState::Skipped;
    if (status.lastAttempt && status.lastAttempt->outcome == SeedAttempt::failed())
        return MigrationState::Failed;
    if (!newestApplied.isEmpty() && SeedDiscovery::lessByBytes(status.id, newestApplied))
        return MigrationState::OutOfOrder;
    return MigrationState::Pending;
}

} // namespace

QString MigrationStatus::description() const
{
    if (migration)
        return migration->description;
    return marker ? marker->notes : QString();
}

QString MigrationStatus::appliedBy() const
{
    if (!marker)
        return {};
    return recordedApplier.isEmpty() ? marker->appliedBy : recordedApplier;
}

QString SeedCatalog::stateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return QStringLiteral("pending");
    case MigrationState::Applied:
        return QStringLiteral("applied");
    case MigrationState::Baselined:
        return QStringLiteral("baselined");
    case MigrationState::Failed:
        return QStringLiteral("failed");
    case MigrationState::Modified:
        return QStringLiteral("modified");
    case MigrationState::Missing:
        return QStringLiteral("missing");
    case MigrationState::OutOfOrder:
        return QStringLiteral("out-of-order");
    case MigrationState::Foreign:
        return QStringLiteral("foreign");
    case MigrationState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QList<MigrationState> SeedCatalog::allStates()
{
    return {MigrationState::Pending,    MigrationState::Applied,  MigrationState::Baselined,
            MigrationState::Failed,     MigrationState::Modified, MigrationState::Missing,
            MigrationState::OutOfOrder, MigrationState::Foreign,  MigrationState::Skipped};
}

Result<SeedCatalog> SeedCatalog::load(const QString& projectDir, const QSqlDatabase& db,
                                      const QProcessEnvironment& env)
{
    // The files are read and checksummed on another core while this thread reads the ledger (status
    // runs on thousands of files); waiting runs the reading here if no other thread has taken it.
    QFuture<Result<QList<SeedFile>>> reading = QtConcurrent::run(
        [dir = SeedDiscovery::seedsDir(projectDir)] { return SeedDiscovery::discover(dir); });
    auto ledger = SeedLedger::load(db);
    reading.waitForFinished();
    const Result<QList<SeedFile>> files = reading.result();
    if (!files)
        return files.error();
    if (!ledger)
        return ledger.error();
    return build(*files, *ledger, env);
}

SeedCatalog SeedCatalog::build(const QList<SeedFile>& files, const LedgerSnapshot& ledger,
                               const QProcessEnvironment& env)
{
    QString newestApplied;
    for (const LedgerEntry& entry : ledger.applied) {
        if (newestApplied.isEmpty() || SeedDiscovery::lessByBytes(newestApplied, entry.id))
            newestApplied = entry.id;
    }
    // Sort keys are computed once: status runs on thousands of files.
    std::vector<std::pair<QByteArray, MigrationStatus>> sorted;
    sorted.reserve(files.size() + ledger.applied.size());
    QSet<QString> onDisk;
    for (const SeedFile& file : files) {
        MigrationStatus status;
        status.id = file.id;
        status.file = file;
        if (!file.foreign) {
            auto parsed = SeedParser::parse(file.content, file.fileName);
            if (parsed)
                status.migration = std::move(parsed).value();
            else
                status.problem = parsed.error();
        }
        if (const auto marker = ledger.applied.constFind(file.id); marker != ledger.applied.constEnd())
            status.marker = *marker;
        status.recordedChecksum = ledger.recordedChecksums.value(file.id);
        status.recordedApplier = ledger.recordedAppliers.value(file.id);
        if (const auto last = ledger.lastAttempts.constFind(file.id); last != ledger.lastAttempts.constEnd())
            status.lastAttempt = *last;
        if (status.isApplied())
            status.state = !status.recordedChecksum.isEmpty() && status.recordedChecksum != file.checksum
                               ? MigrationState::Modified
                           : ledger.baselined.contains(file.id) ? MigrationState::Baselined
                                                                : MigrationState::Applied;
        else
            status.state = unappliedState(status, newestApplied, env);
        onDisk.insert(file.id);
        sorted.emplace_back(file.id.toUtf8(), std::move(status));
    }
    for (const LedgerEntry& entry : ledger.applied) {
        if (onDisk.contains(entry.id))
            continue;
        MigrationStatus status;
        status.id = entry.id;
        status.state = MigrationState::Missing;
        status.marker = entry;
        status.recordedChecksum = ledger.recordedChecksums.value(entry.id);
        status.recordedApplier = ledger.recordedAppliers.value(entry.id);
        status.lastAttempt = ledger.lastAttempts.value(entry.id);
        sorted.emplace_back(entry.id.toUtf8(), std::move(status));
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    SeedCatalog catalog;
    catalog.m_migrations.reserve(static_cast<qsizetype>(sorted.size()));
    for (auto& [key, status] : sorted) {
        catalog.m_index.insert(status.id, catalog.m_migrations.size());
        catalog.m_migrations.append(std::move(status));
    }
    return catalog;
}

const MigrationStatus* SeedCatalog::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_migrations.at(*it);
}

QList<const MigrationStatus*> SeedCatalog::unapplied() const
{
    QList<const MigrationStatus*> result;
    for (const MigrationStatus& status : m_migrations) {
        if (status.file && !status.isApplied())
            result.append(&status);
    }
    // Run order is the byte-wise order of file names, which may differ from the order of ids.
    std::sort(result.begin(), result.end(), [](const MigrationStatus* a, const MigrationStatus* b) {
        return a->file->sortKey < b->file->sortKey;
    });
    return result;
}

QMap<MigrationState, int> SeedCatalog::counts() const
{
    QMap<MigrationState, int> counts;
    for (MigrationState state : allStates())
        counts.insert(state, 0);
    for (const MigrationStatus& status : m_migrations)
        ++counts[status.state];
    return counts;
}

bool SeedCatalog::needsAttention() const
{
    return std::any_of(m_migrations.begin(), m_migrations.end(), [](const MigrationStatus& status) {
        return status.state == MigrationState::Pending || status.state == MigrationState::OutOfOrder ||
               status.state == MigrationState::Failed || status.state == MigrationState::Modified ||
               status.state == MigrationState::Missing;
    });
}

json SeedCatalog::toJson() const
{
    json migrations = json::array();
    for (const MigrationStatus& status : m_migrations) {
        json entry = {
            {"id", status.id.toStdString()},
            {"state", stateName(status.state).toStdString()},
            {"description", status.description().toStdString()},
            {"appliedAt",
             status.marker ? json(UtcTime::iso(status.marker->appliedAt).toStdString()) : json()},
            {"appliedBy", status.marker ? json(status.marker->appliedBy.toStdString()) : json()},
            {"durationMs", status.marker ? json(status.marker->durationMs) : json()},
            {"checksum", textOrNull(status.recordedChecksum)},
            {"currentChecksum", status.file ? json(status.file->checksum.toStdString()) : json()},
        };
        if (status.problem)
            entry["problem"] = status.problem->message.toStdString();
        migrations.push_back(std::move(entry));
    }
    json counts = json::object();
    const QMap<MigrationState, int> byState = this->counts();
    for (auto it = byState.constBegin(); it != byState.constEnd(); ++it)
        counts[stateName(it.key()).toStdString()] = it.value();
    json catalog = json::object();
    catalog["migrations"] = std::move(migrations); // an initializer list would copy thousands of entries
    catalog["counts"] = std::move(counts);
    return catalog;
}

} // namespace kumiko::esops
