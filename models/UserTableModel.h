#pragma once

#include "RowTableModel.h"
#include "auth/UserOverview.h"

namespace kumiko::models {

/// The users with their verification state and last verification mail.
class UserTableModel : public RowTableModel<auth::UserSummary>
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
    const auth::UserSummary* user(int row) const { return rowAt(row); }
    static QString mailStatusText(mail::MailStatus status);

private:
    QVariant cell(const auth::UserSummary& user, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const auth::UserSummary& user, int column) const;
};

} // namespace kumiko::models
