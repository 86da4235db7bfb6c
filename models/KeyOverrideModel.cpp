#include "KeyOverrideModel.h"

#include "KeyHistoryModel.h"

namespace kumiko::models {

KeyOverrideModel::KeyOverrideModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void KeyOverrideModel::setRows(const QList<config::KeyOverride>& rows)
{
    resetRows(rows);
}

void KeyOverrideModel::appendPage(const QList<config::KeyOverride>& rows)
{
    appendRows(rows);
}

QString KeyOverrideModel::levelText(config::Scope level)
{
    switch (level) {
    case config::Scope::System:
        return tr("System", "config value level");
    case config::Scope::Tenant:
        return tr("Tenant", "config value level");
    case config::Scope::User:
        return tr("User", "config value level");
    }
    return {};
}

QVariant KeyOverrideModel::cell(const config::KeyOverride& row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case LevelColumn:
        return levelText(row.level);
    case TargetColumn:
        return KeyHistoryModel::targetText(row.tenantId, row.tenantKey, row.userId, row.userEmail);
    case ValueColumn:
        return KeyHistoryModel::valueText(row.value, row.encrypted);
    default:
        return {};
    }
}

QString KeyOverrideModel::columnTitle(int column) const
{
    switch (column) {
    case LevelColumn:
        return tr("Level", "config overrides column");
    case TargetColumn:
        return tr("Whose", "config overrides column");
    default:
        return tr("Value", "config overrides column");
    }
}

} // namespace kumiko::models
