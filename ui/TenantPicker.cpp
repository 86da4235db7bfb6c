#include "TenantPicker.h"

#include "common/BackgroundWork.h"

#include <QEvent>

namespace kumiko::ui {

TenantPicker::TenantPicker(QWidget* parent)
    : DirectoryPicker(parent)
{
    retranslateUi();
}

QFuture<Result<QList<directory::DirectoryEntry>>> TenantPicker::search(const QString& term) const
{
    return BackgroundWork::withDatabase(
        [term](QSqlDatabase& db) { return directory::DirectorySearch::tenants(db, term); });
}

void TenantPicker::retranslateUi()
{
    setTexts(tr("Tenant", "tenant picker: accessible name"),
             tr("Type a tenant key or name; matching tenants are suggested as you type. Down shows "
                "suggestions, Enter picks one.",
                "tenant picker: description"),
             tr("Tenant key or name", "tenant picker: placeholder"),
             tr("Tenant suggestions", "tenant picker: accessible name of the suggestion list"));
}

} // namespace kumiko::ui
