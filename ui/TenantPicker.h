#pragma once

#include "DirectoryPicker.h"

namespace kumiko::ui {

/// Chooses one tenant by key or name with completion from the server (DirectorySearch::tenants).
class TenantPicker : public DirectoryPicker
{
    Q_OBJECT

public:
    explicit TenantPicker(QWidget* parent = nullptr);

protected:
    QFuture<Result<QList<directory::DirectoryEntry>>> search(const QString& term) const override;

private:
    void retranslateUi() override;
};

} // namespace kumiko::ui
