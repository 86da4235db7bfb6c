#pragma once

#include "RowTableModel.h"
#include "config/SeedStatusReader.h"

namespace kumiko::models {

/// One seed of the manifest, ready to show (encrypted values masked).
struct ConfigSeedRow
{
    QString key;
    std::optional<config::Scope> scope; ///< none when the key is unknown and the seed names no scope
    QString target;                     ///< tenant key, "tenant / e-mail", or empty for system seeds
    QString value;
    config::SeedStatus status = config::SeedStatus::Pending;
    QString reason; ///< why, for unknown-key and invalid
};

/// Every config seed of the manifest with where it stands in the database.
class ConfigSeedModel : public RowTableModel<ConfigSeedRow>
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        KeyColumn,
        ScopeColumn,
        TargetColumn,
        ValueColumn,
        ColumnCount
    };

    explicit ConfigSeedModel(QObject* parent = nullptr);

    void setRows(const QList<ConfigSeedRow>& rows);
    static QString statusText(config::SeedStatus status);

private:
    QVariant cell(const ConfigSeedRow& row, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const ConfigSeedRow& row, int column) const;
};

} // namespace kumiko::models
