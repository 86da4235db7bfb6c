#pragma once

#include "esops/SeedCatalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace kumiko::models {

/// The seed migrations of a SeedCatalog as table rows: state badge, id, description, when, by whom, how long.
class MigrationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        IdColumn,
        DescriptionColumn,
        AppliedAtColumn,
        AppliedByColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, ///< int(esops::MigrationState), in every column
        IdRole,                       ///< the migration id, in every column
        SortRole,                     ///< what the column sorts by (ids byte-wise, times, numbers)
    };

    explicit MigrationTableModel(QObject* parent = nullptr);

    /// Replaces the rows with the catalog's migrations (files and missing ids, in id order).
    void setMigrations(QList<esops::MigrationStatus> migrations);
    const esops::MigrationStatus* migration(int row) const;
    /// Row of `id`, or -1.
    int rowOf(const QString& id) const;
    /// Tells views to fetch the translated texts again after a language switch.
    void retranslate();

    /// The translated name of a state ("pending", "applied", …) and a sentence that explains it.
    static QString stateText(esops::MigrationState state);
    static QString stateExplanation(esops::MigrationState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const esops::MigrationStatus& migration, int column) const;
    QVariant sortKey(const esops::MigrationStatus& migration, int column) const;

    QList<esops::MigrationStatus> m_migrations;
};

} // namespace kumiko::models
