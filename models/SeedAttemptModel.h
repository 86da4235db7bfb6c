#pragma once

#include "RowTableModel.h"
#include "esops/SeedLedger.h"

namespace kumiko::models {

/// The attempt history of one migration (kumiko_admin_seed_runs), newest first.
class SeedAttemptModel : public RowTableModel<esops::SeedAttempt>
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

private:
    QVariant cell(const esops::SeedAttempt& attempt, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant display(const esops::SeedAttempt& attempt, int column) const;
    static QString outcomeText(const QString& outcome);
};

} // namespace kumiko::models
