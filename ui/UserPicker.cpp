#include "UserPicker.h"

#include "common/BackgroundWork.h"

#include <QEvent>

namespace kumiko::ui {

UserPicker::UserPicker(QWidget* parent)
    : DirectoryPicker(parent)
{
    retranslateUi();
}

void UserPicker::setTenantId(const QString& tenantId)
{
    m_tenantId = tenantId;
}

QFuture<Result<QList<directory::DirectoryEntry>>> UserPicker::search(const QString& term) const
{
    return BackgroundWork::withDatabase([term, tenant = m_tenantId](QSqlDatabase& db) {
        return directory::DirectorySearch::users(db, term, tenant);
    });
}

void UserPicker::retranslateUi()
{
    setTexts(tr("User", "user picker: accessible name"),
             tr("Type an e-mail address or name; matching users are suggested as you type. Down shows "
                "suggestions, Enter picks one.",
                "user picker: description"),
             tr("E-mail or name", "user picker: placeholder"),
             tr("User suggestions", "user picker: accessible name of the suggestion list"));
}

} // namespace kumiko::ui
