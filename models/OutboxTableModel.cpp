#include "OutboxTableModel.h"

#include "UserTableModel.h"

#include <QColor>
#include <QLocale>

namespace kumiko::models {
namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QString();
}

} // namespace

OutboxTableModel::OutboxTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OutboxTableModel::setMails(const QList<mail::OutboxEntry>& mails)
{
    beginResetModel();
    m_mails = mails;
    endResetModel();
}

void OutboxTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_mails.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mails.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mail::OutboxEntry& mail = m_mails.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(mail, index.column());
    if (role == Qt::BackgroundRole && index.column() == StatusColumn) {
        if (mail.status == QLatin1String("sent"))
            return QColor(0xe3, 0xf1, 0xe4);
        if (mail.status == QLatin1String("failed"))
            return QColor(0xfb, 0xe3, 0xe3);
        return QColor(0xee, 0xef, 0xf1);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QColor(0x20, 0x20, 0x20);
    return {};
}

QVariant OutboxTableModel::display(const mail::OutboxEntry& mail, int column) const
{
    switch (column) {
    case CreatedColumn:
        return localTime(mail.createdAt);
    case StatusColumn:
        return UserTableModel::mailStatusText(mail.status);
    case KindColumn:
        return mail.kind;
    case RecipientColumn:
        return mail.recipient;
    case AttemptsColumn:
        return mail.attempts;
    case DeliveryColumn:
        if (mail.sentAt.isValid())
            return tr("sent %1", "outbox delivery cell").arg(localTime(mail.sentAt));
        if (mail.status == QLatin1String("failed"))
            return tr("gave up", "outbox delivery cell: no more attempts");
        return tr("next try %1", "outbox delivery cell").arg(localTime(mail.nextAttemptAt));
    case ErrorColumn:
        return mail.lastError;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Queued", "outbox column");
    case StatusColumn:
        return tr("Status", "outbox column");
    case KindColumn:
        return tr("Kind", "outbox column");
    case RecipientColumn:
        return tr("Recipient", "outbox column");
    case AttemptsColumn:
        return tr("Attempts", "outbox column");
    case DeliveryColumn:
        return tr("Delivery", "outbox column");
    case ErrorColumn:
        return tr("Last error", "outbox column");
    }
    return {};
}

} // namespace kumiko::models
