#pragma once

#include "config/ConfigCascade.h"

#include <QAbstractItemModel>
#include <QList>

namespace kumiko::models {

/// One key's effective value in the chosen context, ready to show (encrypted values already masked).
struct ConfigValueRow
{
    QString key;
    config::Scope scope = config::Scope::System; ///< the key's declared scope
    QString value;                               ///< display text; empty for none
    config::ValueSource source = config::ValueSource::Missing;
    bool seeded = false; ///< the active row is a seed's row
};

/// Config keys grouped by their scope (System, Tenant, User), each with effective value, source badge
/// and whether a seed defined it: a two-level tree.
class ConfigValueModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        SourceColumn,
        SeededColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< qualified key name on key rows, empty on group rows
        SourceRole,                 ///< the source name (ConfigCascade::sourceName, not translated)
    };

    explicit ConfigValueModel(QObject* parent = nullptr);

    void setRows(const QList<ConfigValueRow>& rows);
    /// Index (column 0) of `key`'s row, or invalid.
    QModelIndex indexOf(const QString& key) const;
    void retranslate();

    /// Translated badge text for a source.
    static QString sourceText(config::ValueSource source);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int kGroups = 3; ///< one per scope, in scope order
    static constexpr quintptr kGroupId = 0;
    QVariant groupData(int group, int column, int role) const;
    QVariant rowData(const ConfigValueRow& row, int column, int role) const;

    QList<ConfigValueRow> m_groups[kGroups];
};

} // namespace kumiko::models
