#include "KeyHistoryModel.h"

#include "LocalTime.h"
#include "config/StoredValuePresenter.h"
#include "config/ValueText.h"
#include "domain/WellKnownIds.h"

namespace kumiko::models {

KeyHistoryModel::KeyHistoryModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void KeyHistoryModel::setRows(const QList<config::KeyChange>& rows)
{
    resetRows(rows);
}

void KeyHistoryModel::appendPage(const QList<config::KeyChange>& rows)
{
    appendRows(rows);
}

QString KeyHistoryModel::valueText(const std::optional<QString>& stored, bool encrypted)
{
    if (!stored)
        return QStringLiteral("–");
    if (encrypted)
        return config::StoredValuePresenter::mask();
    auto decoded = config::ValueText::decode(*stored);
    return decoded ? config::StoredValuePresenter::text(decoded.value()) : *stored;
}

QString KeyHistoryModel::targetText(const QString& tenantId, const QString& tenantKey, const QString& userId,
                                    const QString& userEmail)
{
    const QString tenant = tenantKey.isEmpty() ? tenantId : tenantKey;
    if (!userId.isEmpty())
        return tr("user %1 in %2", "config value target; %1 = e-mail, %2 = tenant key")
            .arg(userEmail.isEmpty() ? userId : userEmail, tenant);
    if (tenantId == domain::WellKnownIds::systemTenantId())
        return tr("system", "config value target");
    return tr("tenant %1", "config value target; %1 = tenant key").arg(tenant);
}

QVariant KeyHistoryModel::cell(const config::KeyChange& row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WhenColumn:
        return LocalTime::text(row.at);
    case WhoColumn:
        if (!row.byName.isEmpty())
            return row.byName;
        return row.byId == domain::WellKnownIds::systemUserId() ? tr("system", "config history: who")
                                                                : row.byId;
    case WhereColumn:
        return targetText(row.tenantId, row.tenantKey, row.userId, row.userEmail);
    case ChangeColumn:
        return tr("%1 → %2", "config history: old → new")
            .arg(valueText(row.oldValue, row.encrypted), valueText(row.newValue, row.encrypted));
    default:
        return {};
    }
}

QString KeyHistoryModel::columnTitle(int column) const
{
    switch (column) {
    case WhenColumn:
        return tr("When", "config history column");
    case WhoColumn:
        return tr("Who", "config history column");
    case WhereColumn:
        return tr("Value of", "config history column");
    default:
        return tr("Old → new", "config history column");
    }
}

} // namespace kumiko::models
