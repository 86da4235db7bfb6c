#pragma once

#include "RowTableModel.h"
#include "config/ConfigCascade.h"

namespace kumiko::models {

/// One rung of a key's cascade, ready to show (encrypted values masked unless revealed).
struct CascadeRow
{
    config::ValueSource level = config::ValueSource::Default;
    QString value; ///< display text; empty with hasValue false
    bool hasValue = false;
    bool active = false;
};

/// Every rung of one key's cascade, the active one marked: how the effective value was resolved.
class CascadeModel : public RowTableModel<CascadeRow>
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

private:
    QVariant cell(const CascadeRow& row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace kumiko::models
