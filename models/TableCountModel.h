#pragma once

#include "db/DatabaseStatus.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace kumiko::models {

/// Row counts of selected tables from a DatabaseStatus, for the sections' overview pages.
class TableCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TableColumn,
        RowsColumn,
        ColumnCount
    };

    /// Shows exactly `tables`, in this order; counts stay empty until setStatus().
    explicit TableCountModel(QStringList tables, QObject* parent = nullptr);

    void setStatus(const db::DatabaseStatus& status);
    /// Tells views to fetch the translated header and cell texts again after a language switch.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_tables;
    QList<db::DatabaseStatus::Table> m_counts;
};

} // namespace kumiko::models
