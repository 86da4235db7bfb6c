#include "ConfigSeedModel.h"

#include "DomainText.h"
#include "StatusPalette.h"

namespace kumiko::models {
namespace {

using config::SeedStatus;
using Tone = StatusPalette::Tone;

Tone statusTone(SeedStatus status)
{
    switch (status) {
    case SeedStatus::Pending:
        return Tone::Neutral;
    case SeedStatus::Applied:
        return Tone::Ok;
    case SeedStatus::Overridden:
    case SeedStatus::Reset:
        return Tone::Warning;
    case SeedStatus::UnknownKey:
    case SeedStatus::Invalid:
        return Tone::Error;
    }
    return Tone::Neutral;
}

} // namespace

ConfigSeedModel::ConfigSeedModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void ConfigSeedModel::setRows(const QList<ConfigSeedRow>& rows)
{
    resetRows(rows);
}

QString ConfigSeedModel::statusText(SeedStatus status)
{
    switch (status) {
    case SeedStatus::Pending:
        return tr("pending", "config seed status");
    case SeedStatus::Applied:
        return tr("applied", "config seed status");
    case SeedStatus::Overridden:
        return tr("overridden", "config seed status");
    case SeedStatus::Reset:
        return tr("reset", "config seed status");
    case SeedStatus::UnknownKey:
        return tr("unknown key", "config seed status");
    case SeedStatus::Invalid:
        return tr("invalid", "config seed status");
    }
    return {};
}

QVariant ConfigSeedModel::cell(const ConfigSeedRow& row, int column, int role) const
{
    const bool badge = column == StatusColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return badge && !row.reason.isEmpty() ? row.reason : display(row, column);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return badge ? StatusPalette::badgeData(statusTone(row.status), role) : QVariant();
    }
    return {};
}

QVariant ConfigSeedModel::display(const ConfigSeedRow& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusText(row.status);
    case KeyColumn:
        return row.key;
    case ScopeColumn:
        return row.scope ? DomainText::scope(*row.scope) : QString();
    case TargetColumn:
        return row.target;
    case ValueColumn:
        return row.value;
    }
    return {};
}

QString ConfigSeedModel::columnTitle(int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status", "config seeds column");
    case KeyColumn:
        return tr("Key", "config seeds column");
    case ScopeColumn:
        return tr("Scope", "config seeds column");
    case TargetColumn:
        return tr("Tenant / user", "config seeds column");
    case ValueColumn:
        return tr("Value", "config seeds column");
    }
    return {};
}

} // namespace kumiko::models
