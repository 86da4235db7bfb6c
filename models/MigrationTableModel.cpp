#include "MigrationTableModel.h"

#include "LocalTime.h"
#include "StatusPalette.h"

#include <QIcon>
#include <QLocale>

namespace kumiko::models {
namespace {

using esops::MigrationState;
using Tone = StatusPalette::Tone;

// The badge's colour adds to its icon and text, it never carries meaning alone.
Tone stateTone(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return Tone::Ok;
    case MigrationState::Failed:
        return Tone::Error;
    case MigrationState::Modified:
    case MigrationState::OutOfOrder:
        return Tone::Warning;
    case MigrationState::Missing:
        return Tone::Violet;
    case MigrationState::Foreign:
    case MigrationState::Baselined:
        return Tone::Info;
    case MigrationState::Pending:
    case MigrationState::Skipped:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

} // namespace

MigrationTableModel::MigrationTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void MigrationTableModel::setMigrations(QList<esops::MigrationStatus> migrations)
{
    resetRows(std::move(migrations));
}

int MigrationTableModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == id)
            return int(row);
    return -1;
}

QString MigrationTableModel::stateText(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return tr("pending", "migration state");
    case MigrationState::Applied:
        return tr("applied", "migration state");
    case MigrationState::Baselined:
        return tr("baselined", "migration state");
    case MigrationState::Failed:
        return tr("failed", "migration state");
    case MigrationState::Modified:
        return tr("modified", "migration state");
    case MigrationState::Missing:
        return tr("missing", "migration state");
    case MigrationState::OutOfOrder:
        return tr("out of order", "migration state");
    case MigrationState::Foreign:
        return tr("foreign", "migration state");
    case MigrationState::Skipped:
        return tr("skipped", "migration state");
    }
    return {};
}

QString MigrationTableModel::stateExplanation(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return tr("Not applied yet.", "migration state tooltip");
    case MigrationState::Applied:
        return tr("Applied; the file is unchanged since.", "migration state tooltip");
    case MigrationState::Baselined:
        return tr("Marked as applied with a reason (a baseline); its steps never ran here.",
                  "migration state tooltip");
    case MigrationState::Failed:
        return tr("Not applied: the last attempt failed and was rolled back.", "migration state tooltip");
    case MigrationState::Modified:
        return tr("Applied, but the file has changed since (checksum differs).", "migration state tooltip");
    case MigrationState::Missing:
        return tr("Recorded as applied, but there is no file for it.", "migration state tooltip");
    case MigrationState::OutOfOrder:
        return tr("Not applied, but sorts before the newest applied migration.", "migration state tooltip");
    case MigrationState::Foreign:
        return tr("An upstream TypeScript seed: it needs the Kumiko server and never runs here.",
                  "migration state tooltip");
    case MigrationState::Skipped:
        return tr("Skippable, and its KUMIKO_SKIP_ES_OPS_… flag is set.", "migration state tooltip");
    }
    return {};
}

QVariant MigrationTableModel::cell(const esops::MigrationStatus& migration, int column, int role) const
{
    const bool badge = column == StateColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(migration, column);
    case Qt::ToolTipRole:
        return badge ? stateExplanation(migration.state) : display(migration, column);
    case Qt::DecorationRole:
        return badge ? QIcon(QStringLiteral(":/icons/state-%1.svg")
                                 .arg(esops::SeedCatalog::stateName(migration.state)))
                     : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return badge ? StatusPalette::badgeData(stateTone(migration.state), role) : QVariant();
    case Qt::TextAlignmentRole:
        return column == DurationColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StateRole:
        return int(migration.state);
    case IdRole:
        return migration.id;
    case SortRole:
        return sortKey(migration, column);
    }
    return {};
}

QVariant MigrationTableModel::display(const esops::MigrationStatus& migration, int column) const
{
    switch (column) {
    case StateColumn:
        return stateText(migration.state);
    case IdColumn:
        return migration.id;
    case DescriptionColumn:
        return migration.description();
    case AppliedAtColumn:
        return migration.marker ? LocalTime::text(migration.marker->appliedAt) : QString();
    case AppliedByColumn:
        return migration.appliedBy();
    case DurationColumn:
        // A baseline ran nothing: no duration to show.
        if (!migration.marker || migration.state == MigrationState::Baselined)
            return QString();
        return tr("%1 ms", "duration cell").arg(QLocale().toString(migration.marker->durationMs));
    }
    return {};
}

QVariant MigrationTableModel::sortKey(const esops::MigrationStatus& migration, int column) const
{
    switch (column) {
    case StateColumn:
        return int(migration.state);
    case IdColumn:
        return migration.id.toUtf8(); // byte-wise, the order migrations run in
    case AppliedAtColumn:
        return migration.marker ? migration.marker->appliedAt : QDateTime();
    case DurationColumn:
        return migration.marker ? migration.marker->durationMs : -1;
    }
    return display(migration, column);
}

QString MigrationTableModel::columnTitle(int column) const
{
    switch (column) {
    case StateColumn:
        return tr("State", "migrations column");
    case IdColumn:
        return tr("Migration", "migrations column");
    case DescriptionColumn:
        return tr("Description", "migrations column");
    case AppliedAtColumn:
        return tr("Applied at", "migrations column");
    case AppliedByColumn:
        return tr("By", "migrations column; applied by");
    case DurationColumn:
        return tr("Duration", "migrations column");
    }
    return {};
}

} // namespace kumiko::models
