#include "ConfigValueModel.h"

#include "StatusPalette.h"

#include <QFont>

namespace kumiko::models {
namespace {

using config::ValueSource;
using Tone = StatusPalette::Tone;

// Each stored depth has a hue of its own: which row a value comes from is what the badge is for.
Tone sourceTone(ValueSource source)
{
    switch (source) {
    case ValueSource::UserRow:
        return Tone::Info;
    case ValueSource::TenantRow:
        return Tone::Teal;
    case ValueSource::SystemRow:
        return Tone::Violet;
    case ValueSource::AppOverride:
        return Tone::Warning;
    case ValueSource::Default:
        return Tone::Neutral;
    case ValueSource::Missing:
        return Tone::Error;
    }
    return Tone::Neutral;
}

} // namespace

ConfigValueModel::ConfigValueModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void ConfigValueModel::setRows(const QList<ConfigValueRow>& rows)
{
    beginResetModel();
    for (QList<ConfigValueRow>& group : m_groups)
        group.clear();
    for (const ConfigValueRow& row : rows)
        m_groups[int(row.scope)].append(row);
    endResetModel();
}

QModelIndex ConfigValueModel::indexOf(const QString& key) const
{
    for (int group = 0; group < kGroups; ++group)
        for (qsizetype row = 0; row < m_groups[group].size(); ++row)
            if (m_groups[group].at(row).key == key)
                return createIndex(int(row), 0, quintptr(group + 1));
    return {};
}

void ConfigValueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, 0), index(kGroups - 1, ColumnCount - 1));
    for (int group = 0; group < kGroups; ++group)
        if (!m_groups[group].isEmpty())
            Q_EMIT dataChanged(index(0, 0, index(group, 0)),
                               index(int(m_groups[group].size()) - 1, ColumnCount - 1, index(group, 0)));
}

QString ConfigValueModel::sourceText(ValueSource source)
{
    switch (source) {
    case ValueSource::UserRow:
        return tr("user value", "config source");
    case ValueSource::TenantRow:
        return tr("tenant value", "config source");
    case ValueSource::SystemRow:
        return tr("system value", "config source");
    case ValueSource::AppOverride:
        return tr("environment override", "config source");
    case ValueSource::Default:
        return tr("default", "config source");
    case ValueSource::Missing:
        return tr("missing", "config source");
    }
    return {};
}

QModelIndex ConfigValueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ConfigValueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupId);
}

int ConfigValueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int ConfigValueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ConfigValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(index.row(), index.column(), role);
    return rowData(m_groups[index.internalId() - 1].at(index.row()), index.column(), role);
}

QVariant ConfigValueModel::groupData(int group, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole || column != KeyColumn)
        return {};
    const int count = int(m_groups[group].size());
    switch (config::Scope(group)) {
    case config::Scope::System:
        return tr("System (%n key(s))", "config group", count);
    case config::Scope::Tenant:
        return tr("Tenant (%n key(s))", "config group", count);
    case config::Scope::User:
        return tr("User (%n key(s))", "config group", count);
    }
    return {};
}

QVariant ConfigValueModel::rowData(const ConfigValueRow& row, int column, int role) const
{
    switch (role) {
    case KeyRole:
        return row.key;
    case SourceRole:
        return config::ConfigCascade::sourceName(row.source);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return column == SourceColumn ? StatusPalette::badgeData(sourceTone(row.source), role) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case KeyColumn:
        return row.key;
    case ValueColumn:
        return row.value.isEmpty() && role == Qt::DisplayRole ? tr("(none)", "config value cell") : row.value;
    case SourceColumn:
        return sourceText(row.source);
    case SeededColumn:
        return row.seeded ? tr("seed", "config value cell: the value comes from a seed") : QString();
    }
    return {};
}

QVariant ConfigValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key", "config column");
    case ValueColumn:
        return tr("Effective value", "config column");
    case SourceColumn:
        return tr("Source", "config column");
    case SeededColumn:
        return tr("Seeded", "config column");
    }
    return {};
}

} // namespace kumiko::models
