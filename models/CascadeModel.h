#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace kumiko::models {

/// One rung of a key's cascade, ready to show (encrypted values masked unless revealed).
struct CascadeRow
{
    QString level; ///< user-row | tenant-row | system-row | app-override | default
    QString value; ///< display text; empty with hasValue false
    bool hasValue = false;
    bool active = false;
};

/// Every rung of one key's cascade, the active one marked: how the effective value was resolved.
class CascadeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        ValueColumn,
        ColumnCount
    };

    explicit CascadeModel(QObject* parent = nullptr);

    void setRows(const QList<CascadeRow>& rows);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CascadeRow> m_rows;
};

} // namespace kumiko::models
