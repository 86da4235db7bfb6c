#include "MigrationTableModel.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

namespace kumiko::models {
namespace {

using esops::MigrationState;

// Pale backgrounds: the badge's colour adds to its icon and text, it never carries meaning alone.
QColor badgeColour(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied:
        return QColor(0xe3, 0xf1, 0xe4);
    case MigrationState::Failed:
        return QColor(0xfb, 0xe3, 0xe3);
    case MigrationState::Modified:
    case MigrationState::OutOfOrder:
        return QColor(0xfd, 0xf0, 0xd9);
    case MigrationState::Missing:
        return QColor(0xf3, 0xe5, 0xf5);
    case MigrationState::Foreign:
        return QColor(0xe3, 0xed, 0xfa);
    case MigrationState::Pending:
    case MigrationState::Skipped:
        break;
    }
    return QColor(0xee, 0xef, 0xf1);
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QString();
}

} // namespace

MigrationTableModel::MigrationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MigrationTableModel::setMigrations(QList<esops::MigrationStatus> migrations)
{
    beginResetModel();
    m_migrations = std::move(migrations);
    endResetModel();
}

const esops::MigrationStatus* MigrationTableModel::migration(int row) const
{
    return row >= 0 && row < m_migrations.size() ? &m_migrations.at(row) : nullptr;
}

int MigrationTableModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_migrations.size(); ++row)
        if (m_migrations.at(row).id == id)
            return int(row);
    return -1;
}

void MigrationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_migrations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MigrationTableModel::stateText(MigrationState state)
{
    switch (state) {
    case MigrationState::Pending:
        return tr("pending", "migration state");
    case MigrationState::Applied:
        return tr("applied", "migration state");
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

int MigrationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_migrations.size());
}

int MigrationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const esops::MigrationStatus& migration = m_migrations.at(index.row());
    const bool badge = index.column() == StateColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(migration, index.column());
    case Qt::ToolTipRole:
        return badge ? stateExplanation(migration.state) : display(migration, index.column());
    case Qt::DecorationRole:
        return badge ? QIcon(QStringLiteral(":/icons/state-%1.svg")
                                 .arg(esops::SeedCatalog::stateName(migration.state)))
                     : QVariant();
    case Qt::BackgroundRole:
        return badge ? QVariant(badgeColour(migration.state)) : QVariant();
    case Qt::ForegroundRole:
        return badge ? QVariant(QColor(0x20, 0x20, 0x20)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case StateRole:
        return int(migration.state);
    case IdRole:
        return migration.id;
    case SortRole:
        return sortKey(migration, index.column());
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
        return migration.marker ? localTime(migration.marker->appliedAt) : QString();
    case AppliedByColumn:
        return migration.marker ? migration.marker->appliedBy : QString();
    case DurationColumn:
        return migration.marker
                   ? tr("%1 ms", "duration cell").arg(QLocale().toString(migration.marker->durationMs))
                   : QString();
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

QVariant MigrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
