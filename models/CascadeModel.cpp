#include "CascadeModel.h"

#include "ConfigValueModel.h"

#include <QColor>
#include <QFont>

namespace kumiko::models {

CascadeModel::CascadeModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CascadeModel::setRows(const QList<CascadeRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CascadeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CascadeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CascadeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CascadeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CascadeRow& row = m_rows.at(index.row());
    if (role == Qt::FontRole && row.active) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && !row.hasValue)
        return QColor(0x80, 0x80, 0x80);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == LevelColumn)
        return (row.active ? QStringLiteral("▶ ") : QStringLiteral("   ")) +
               ConfigValueModel::sourceText(row.level);
    return row.hasValue ? row.value : tr("– not set", "cascade value cell");
}

QVariant CascadeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LevelColumn ? tr("Level", "cascade column") : tr("Value", "cascade column");
}

} // namespace kumiko::models
