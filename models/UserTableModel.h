#pragma once

#include "auth/UserOverview.h"

#include <QAbstractTableModel>
#include <QList>

namespace kumiko::models {

/// The users with their verification state and last verification mail.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmailColumn,
        NameColumn,
        VerifiedColumn,
        StatusColumn,
        RolesColumn,
        LastMailColumn,
        ColumnCount
    };
    enum Role
    {
        VerifiedRole = Qt::UserRole + 1, ///< bool, in every column
        UserIdRole,
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(const QList<auth::UserSummary>& users);
    const auth::UserSummary* user(int row) const;
    void retranslate();
    static QString mailStatusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const auth::UserSummary& user, int column) const;

    QList<auth::UserSummary> m_users;
};

} // namespace kumiko::models
