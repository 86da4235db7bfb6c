#include "SeedAttemptModel.h"

#include "LocalTime.h"
#include "StatusPalette.h"

#include <algorithm>

namespace kumiko::models {

using esops::SeedAttempt;

SeedAttemptModel::SeedAttemptModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void SeedAttemptModel::setAttempts(const QList<SeedAttempt>& attempts)
{
    QList<SeedAttempt> newestFirst = attempts;
    std::reverse(newestFirst.begin(), newestFirst.end());
    resetRows(std::move(newestFirst));
}

QVariant SeedAttemptModel::cell(const SeedAttempt& attempt, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(attempt, column);
    if (role == Qt::ForegroundRole && column == OutcomeColumn && attempt.outcome == SeedAttempt::failed())
        return StatusPalette::text(StatusPalette::Tone::Error);
    if (role == Qt::TextAlignmentRole && (column == StepColumn || column == EventsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SeedAttemptModel::display(const SeedAttempt& attempt, int column) const
{
    switch (column) {
    case StartedColumn:
        return LocalTime::text(attempt.startedAt);
    case OutcomeColumn:
        return outcomeText(attempt.outcome);
    case StepColumn:
        // In the files' own notation, as error messages and the CLI name steps.
        return attempt.failedStep ? QVariant(tr("steps[%1]", "attempt step cell").arg(*attempt.failedStep))
                                  : QVariant();
    case EventsColumn:
        return attempt.eventsWritten;
    case AppliedByColumn:
        return attempt.appliedBy;
    case DatabaseUserColumn:
        return attempt.databaseUser;
    case HostColumn:
        return attempt.hostName;
    case DetailColumn:
        if (!attempt.errorCode.isEmpty())
            return QStringLiteral("%1: %2").arg(attempt.errorCode, attempt.errorMessage);
        return attempt.reason;
    }
    return {};
}

QString SeedAttemptModel::outcomeText(const QString& outcome)
{
    if (outcome == SeedAttempt::applied())
        return tr("applied", "attempt outcome");
    if (outcome == SeedAttempt::failed())
        return tr("failed", "attempt outcome");
    if (outcome == SeedAttempt::skipped())
        return tr("skipped", "attempt outcome");
    if (outcome == SeedAttempt::marked())
        return tr("marked applied", "attempt outcome");
    if (outcome == SeedAttempt::accepted())
        return tr("changed file accepted", "attempt outcome");
    if (outcome == SeedAttempt::alreadyApplied())
        return tr("already applied by another runner", "attempt outcome");
    return outcome;
}

QString SeedAttemptModel::columnTitle(int column) const
{
    switch (column) {
    case StartedColumn:
        return tr("Started", "attempts column");
    case OutcomeColumn:
        return tr("Outcome", "attempts column");
    case StepColumn:
        return tr("Failing step", "attempts column");
    case EventsColumn:
        return tr("Events", "attempts column");
    case AppliedByColumn:
        return tr("By", "attempts column; applied by");
    case DatabaseUserColumn:
        return tr("Database user", "attempts column");
    case HostColumn:
        return tr("Host", "attempts column");
    case DetailColumn:
        return tr("Error or reason", "attempts column");
    }
    return {};
}

} // namespace kumiko::models
