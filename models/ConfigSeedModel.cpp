#include "ConfigSeedModel.h"

#include <QColor>

namespace kumiko::models {
namespace {

QColor statusColour(const QString& status)
{
    if (status == QLatin1String("applied"))
        return QColor(0xe3, 0xf1, 0xe4);
    if (status == QLatin1String("overridden") || status == QLatin1String("reset"))
        return QColor(0xfd, 0xf0, 0xd9);
    if (status == QLatin1String("invalid") || status == QLatin1String("unknown-key"))
        return QColor(0xfb, 0xe3, 0xe3);
    return QColor(0xee, 0xef, 0xf1);
}

} // namespace

ConfigSeedModel::ConfigSeedModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ConfigSeedModel::setRows(const QList<ConfigSeedRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ConfigSeedModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ConfigSeedModel::statusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("pending", "config seed status");
    if (status == QLatin1String("applied"))
        return tr("applied", "config seed status");
    if (status == QLatin1String("overridden"))
        return tr("overridden", "config seed status");
    if (status == QLatin1String("reset"))
        return tr("reset", "config seed status");
    if (status == QLatin1String("unknown-key"))
        return tr("unknown key", "config seed status");
    if (status == QLatin1String("invalid"))
        return tr("invalid", "config seed status");
    return status;
}

int ConfigSeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigSeedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigSeedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigSeedRow& row = m_rows.at(index.row());
    const bool badge = index.column() == StatusColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return badge && !row.reason.isEmpty() ? row.reason : display(row, index.column());
    case Qt::BackgroundRole:
        return badge ? QVariant(statusColour(row.status)) : QVariant();
    case Qt::ForegroundRole:
        return badge ? QVariant(QColor(0x20, 0x20, 0x20)) : QVariant();
    }
    return {};
}

QVariant ConfigSeedModel::display(const ConfigSeedRow& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusText(row.status);
    case KeyColumn:
        return row.key;
    case ScopeColumn:
        return row.scope;
    case TargetColumn:
        return row.target;
    case ValueColumn:
        return row.value;
    }
    return {};
}

QVariant ConfigSeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status", "config seeds column");
    case KeyColumn:
        return tr("Key", "config seeds column");
    case ScopeColumn:
        return tr("Scope", "config seeds column");
    case TargetColumn:
        return tr("Tenant / user", "config seeds column");
    case ValueColumn:
        return tr("Value", "config seeds column");
    }
    return {};
}

} // namespace kumiko::models
