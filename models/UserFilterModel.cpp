#include "UserFilterModel.h"

#include "UserTableModel.h"

namespace kumiko::models {

UserFilterModel::UserFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void UserFilterModel::setUnverifiedOnly(bool only)
{
    m_unverifiedOnly = only;
    invalidateRowsFilter();
}

void UserFilterModel::setTextFilter(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex email = sourceModel()->index(sourceRow, UserTableModel::EmailColumn, sourceParent);
    if (m_unverifiedOnly && email.data(UserTableModel::VerifiedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex name = sourceModel()->index(sourceRow, UserTableModel::NameColumn, sourceParent);
    return email.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace kumiko::models
