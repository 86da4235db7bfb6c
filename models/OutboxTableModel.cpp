#include "OutboxTableModel.h"

#include "DomainText.h"
#include "LocalTime.h"
#include "StatusPalette.h"
#include "UserTableModel.h"

namespace kumiko::models {
namespace {

using mail::MailStatus;
using Tone = StatusPalette::Tone;

Tone statusTone(MailStatus status)
{
    switch (status) {
    case MailStatus::Queued:
    case MailStatus::Sending:
        return Tone::Neutral;
    case MailStatus::Sent:
        return Tone::Ok;
    case MailStatus::Failed:
        return Tone::Error;
    case MailStatus::Cancelled:
        return Tone::Warning;
    }
    return Tone::Neutral;
}

} // namespace

OutboxTableModel::OutboxTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void OutboxTableModel::setMails(const QList<mail::OutboxEntry>& mails)
{
    resetRows(mails);
}

QVariant OutboxTableModel::cell(const mail::OutboxEntry& mail, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(mail, column);
    return column == StatusColumn ? StatusPalette::badgeData(statusTone(mail.status), role) : QVariant();
}

QVariant OutboxTableModel::display(const mail::OutboxEntry& mail, int column) const
{
    switch (column) {
    case CreatedColumn:
        return LocalTime::text(mail.createdAt);
    case StatusColumn:
        return UserTableModel::mailStatusText(mail.status);
    case KindColumn:
        return DomainText::mailKind(mail.kind);
    case RecipientColumn:
        return mail.recipient;
    case AttemptsColumn:
        return mail.attempts;
    case DeliveryColumn:
        if (mail.sentAt.isValid())
            return tr("sent %1", "outbox delivery cell").arg(LocalTime::text(mail.sentAt));
        if (mail.status == MailStatus::Failed)
            return tr("gave up", "outbox delivery cell: no more attempts");
        if (mail.status == MailStatus::Cancelled)
            return tr("cancelled", "outbox delivery cell: an operator stopped it");
        return tr("next try %1", "outbox delivery cell").arg(LocalTime::text(mail.nextAttemptAt));
    case ErrorColumn:
        return mail.lastError;
    }
    return {};
}

QString OutboxTableModel::columnTitle(int column) const
{
    switch (column) {
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
