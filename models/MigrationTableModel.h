#pragma once

#include "RowTableModel.h"
#include "esops/SeedCatalog.h"

namespace kumiko::models {

/// The seed migrations of a SeedCatalog as table rows: state badge, id, description, when, by whom, how long.
class MigrationTableModel : public RowTableModel<esops::MigrationStatus>
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
    const esops::MigrationStatus* migration(int row) const { return rowAt(row); }
    /// Row of `id`, or -1.
    int rowOf(const QString& id) const;

    /// The translated name of a state ("pending", "applied", …) and a sentence that explains it.
    static QString stateText(esops::MigrationState state);
    static QString stateExplanation(esops::MigrationState state);

private:
    QVariant cell(const esops::MigrationStatus& migration, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const esops::MigrationStatus& migration, int column) const;
    QVariant sortKey(const esops::MigrationStatus& migration, int column) const;
};

} // namespace kumiko::models
