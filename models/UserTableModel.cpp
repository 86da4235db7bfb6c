#include "UserTableModel.h"

#include "DomainText.h"
#include "LocalTime.h"
#include "StatusPalette.h"

#include <optional>

namespace kumiko::models {
namespace {

using mail::MailStatus;
using Tone = StatusPalette::Tone;

// Badge cells: whether the address is verified, a locked-out account, and a last mail that failed for good.
std::optional<Tone> badgeTone(const auth::UserSummary& user, int column)
{
    if (column == UserTableModel::StatusColumn && user.lockedUntil.isValid())
        return Tone::Error;
    if (column == UserTableModel::VerifiedColumn)
        return user.emailVerified ? Tone::Ok : Tone::Warning;
    if (column == UserTableModel::LastMailColumn && user.lastMailStatus == MailStatus::Failed)
        return Tone::Error;
    return std::nullopt;
}

} // namespace

UserTableModel::UserTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent)
{}

void UserTableModel::clear()
{
    m_paging.restart();
    resetRows({});
}

void UserTableModel::close()
{
    clear();
    m_paging.close();
}

bool UserTableModel::appendPage(int generation, const QList<auth::UserSummary>& users,
                                const QString& nextCursor)
{
    if (generation != m_paging.generation() || !m_paging.isWaiting())
        return false;
    appendRows(users);
    m_paging.arrived(nextCursor, !nextCursor.isEmpty());
    return true;
}

void UserTableModel::pageFailed(int generation)
{
    if (generation == m_paging.generation())
        m_paging.failed();
}

bool UserTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_paging.canFetch();
}

void UserTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        Q_EMIT moreWanted(m_paging.generation(), m_paging.fetch());
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if (column != EmailColumn || descending == m_descending)
        return;
    m_descending = descending;
    Q_EMIT orderWanted(descending);
}

QString UserTableModel::mailStatusText(MailStatus status)
{
    switch (status) {
    case MailStatus::Queued:
        return tr("queued", "mail status");
    case MailStatus::Sending:
        return tr("sending", "mail status");
    case MailStatus::Sent:
        return tr("sent", "mail status");
    case MailStatus::Failed:
        return tr("failed", "mail status");
    case MailStatus::Cancelled:
        return tr("cancelled", "mail status");
    }
    return {};
}

QVariant UserTableModel::cell(const auth::UserSummary& user, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(user, column);
    case Qt::ToolTipRole:
        return toolTip(user, column);
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        const std::optional<Tone> tone = badgeTone(user, column);
        return tone ? StatusPalette::badgeData(*tone, role) : QVariant();
    }
    case VerifiedRole:
        return user.emailVerified;
    case UserIdRole:
        return user.id;
    }
    return {};
}

QVariant UserTableModel::toolTip(const auth::UserSummary& user, int column) const
{
    if (column == LastMailColumn && !user.lastMailError.isEmpty())
        return user.lastMailError;
    if (column == StatusColumn && user.lockedUntil.isValid())
        return tr("Too many wrong passwords: signing in is locked until %1.",
                  "user status tooltip; %1 = local time")
            .arg(LocalTime::text(user.lockedUntil));
    return display(user, column);
}

QVariant UserTableModel::display(const auth::UserSummary& user, int column) const
{
    switch (column) {
    case EmailColumn:
        return user.email;
    case NameColumn:
        return user.displayName;
    case VerifiedColumn:
        return user.emailVerified ? tr("✓ verified", "user verification state")
                                  : tr("✗ not verified", "user verification state");
    case StatusColumn:
        if (user.lockedUntil.isValid())
            return tr("%1 · locked out", "user status; %1 = account status")
                .arg(DomainText::accountStatus(user.status));
        return DomainText::accountStatus(user.status);
    case RolesColumn:
        return user.roles.join(QStringLiteral(", "));
    case LastMailColumn: {
        if (!user.lastMailStatus)
            return tr("–", "no verification mail yet");
        const QString when = LocalTime::text(user.lastMailAt);
        if (!user.lastMailError.isEmpty())
            return tr("%1 %2 (%3 attempts): %4",
                      "last mail; %1 = status, %2 = time, %3 = attempts, %4 = error")
                .arg(mailStatusText(*user.lastMailStatus), when)
                .arg(user.lastMailAttempts)
                .arg(user.lastMailError);
        return tr("%1 %2", "last mail; %1 = status, %2 = time")
            .arg(mailStatusText(*user.lastMailStatus), when);
    }
    }
    return {};
}

QString UserTableModel::columnTitle(int column) const
{
    switch (column) {
    case EmailColumn:
        return tr("E-mail", "users column");
    case NameColumn:
        return tr("Name", "users column");
    case VerifiedColumn:
        return tr("Address", "users column: verification state");
    case StatusColumn:
        return tr("Status", "users column");
    case RolesColumn:
        return tr("Roles", "users column");
    case LastMailColumn:
        return tr("Last verification mail", "users column");
    }
    return {};
}

} // namespace kumiko::models
