#include "TableCountModel.h"

#include <QLocale>

namespace kumiko::models {

TableCountModel::TableCountModel(QStringList tables, QObject* parent)
    : QAbstractTableModel(parent)
    , m_tables(std::move(tables))
{}

void TableCountModel::setStatus(const db::DatabaseStatus& status)
{
    m_counts = status.tables;
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0, RowsColumn), index(int(m_tables.size()) - 1, RowsColumn));
}

void TableCountModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0, RowsColumn), index(int(m_tables.size()) - 1, RowsColumn));
}

int TableCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TableCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& table = m_tables.at(index.row());
    if (index.column() == TableColumn)
        return role == Qt::DisplayRole ? QVariant(table) : QVariant();
    const auto count =
        std::find_if(m_counts.cbegin(), m_counts.cend(), [&](const auto& t) { return t.name == table; });
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return count == m_counts.cend() || !count->exists ? QVariant() : QVariant(count->rows);
    if (role != Qt::DisplayRole)
        return {};
    if (count == m_counts.cend())
        return tr("–", "row count not known yet");
    return count->exists ? QLocale().toString(count->rows) : tr("table missing", "row count cell");
}

QVariant TableCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn:
        return tr("Table", "overview column");
    case RowsColumn:
        return tr("Rows", "overview column");
    }
    return {};
}

} // namespace kumiko::models
