#include "SeedAttemptModel.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

namespace kumiko::models {

using esops::SeedAttempt;

SeedAttemptModel::SeedAttemptModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SeedAttemptModel::setAttempts(const QList<SeedAttempt>& attempts)
{
    beginResetModel();
    m_attempts = attempts;
    std::reverse(m_attempts.begin(), m_attempts.end());
    endResetModel();
}

void SeedAttemptModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SeedAttemptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int SeedAttemptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeedAttemptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SeedAttempt& attempt = m_attempts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(attempt, index.column());
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        attempt.outcome == SeedAttempt::failed())
        return QColor(0xb7, 0x1c, 0x1c);
    if (role == Qt::TextAlignmentRole && (index.column() == StepColumn || index.column() == EventsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SeedAttemptModel::display(const SeedAttempt& attempt, int column) const
{
    switch (column) {
    case StartedColumn:
        return QLocale().toString(attempt.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
    if (outcome == SeedAttempt::alreadyApplied())
        return tr("already applied by another runner", "attempt outcome");
    return outcome;
}

QVariant SeedAttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
