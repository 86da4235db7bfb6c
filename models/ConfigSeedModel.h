#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace kumiko::models {

/// One seed of the manifest, ready to show (encrypted values masked).
struct ConfigSeedRow
{
    QString key;
    QString scope;
    QString target; ///< tenant key, "tenant / e-mail", or empty for system seeds
    QString value;
    QString status; ///< pending | applied | overridden | reset | unknown-key | invalid
    QString reason; ///< why, for unknown-key and invalid
};

/// Every config seed of the manifest with where it stands in the database.
class ConfigSeedModel : public QAbstractTableModel
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
    void retranslate();
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ConfigSeedRow& row, int column) const;

    QList<ConfigSeedRow> m_rows;
};

} // namespace kumiko::models
