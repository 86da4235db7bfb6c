#pragma once

#include "esops/SeedLedger.h"

#include <QAbstractTableModel>
#include <QList>

namespace kumiko::models {

/// The attempt history of one migration (kumiko_admin_seed_runs), newest first.
class SeedAttemptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartedColumn,
        OutcomeColumn,
        StepColumn,
        EventsColumn,
        AppliedByColumn,
        DatabaseUserColumn,
        HostColumn,
        DetailColumn, ///< error (code and message) or the mark-applied reason
        ColumnCount
    };

    explicit SeedAttemptModel(QObject* parent = nullptr);

    /// `attempts` oldest first, as SeedLedger::attempts() returns them.
    void setAttempts(const QList<esops::SeedAttempt>& attempts);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const esops::SeedAttempt& attempt, int column) const;
    static QString outcomeText(const QString& outcome);

    QList<esops::SeedAttempt> m_attempts;
};

} // namespace kumiko::models
