#include "MigrationFilterModel.h"

#include "MigrationTableModel.h"

namespace kumiko::models {

MigrationFilterModel::MigrationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MigrationTableModel::SortRole);
}

void MigrationFilterModel::setStateFilter(std::optional<esops::MigrationState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

void MigrationFilterModel::setTextFilter(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool MigrationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex id = sourceModel()->index(sourceRow, MigrationTableModel::IdColumn, sourceParent);
    if (m_state && id.data(MigrationTableModel::StateRole).toInt() != int(*m_state))
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex description =
        sourceModel()->index(sourceRow, MigrationTableModel::DescriptionColumn, sourceParent);
    return id.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           description.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace kumiko::models
