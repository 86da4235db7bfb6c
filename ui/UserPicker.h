#pragma once

#include "DirectoryPicker.h"

namespace kumiko::ui {

/// Chooses one user by e-mail or display name with completion from the server
/// (DirectorySearch::users), optionally among one tenant's members.
class UserPicker : public DirectoryPicker
{
    Q_OBJECT

public:
    explicit UserPicker(QWidget* parent = nullptr);

    /// Suggests only members of `tenantId` (empty: every user). Keeps the current choice.
    void setTenantId(const QString& tenantId);
    QString tenantId() const { return m_tenantId; }

protected:
    QFuture<Result<QList<directory::DirectoryEntry>>> search(const QString& term) const override;

private:
    void retranslateUi() override;

    QString m_tenantId;
};

} // namespace kumiko::ui
