#pragma once

#include "RowTableModel.h"
#include "config/KeyOverrides.h"

namespace kumiko::models {

/// Every stored value of one config key: the system value and which tenants and users have their own;
/// encrypted values masked. Pages are appended as they are loaded.
class KeyOverrideModel : public RowTableModel<config::KeyOverride>
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        TargetColumn,
        ValueColumn,
        ColumnCount
    };

    explicit KeyOverrideModel(QObject* parent = nullptr);

    void setRows(const QList<config::KeyOverride>& rows);
    void appendPage(const QList<config::KeyOverride>& rows);

    /// "System", "Tenant", "User": the level a value is stored at, translated.
    static QString levelText(config::Scope level);

private:
    QVariant cell(const config::KeyOverride& row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace kumiko::models
