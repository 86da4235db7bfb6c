#include "UserTableModel.h"

#include <QColor>
#include <QLocale>

namespace kumiko::models {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(const QList<auth::UserSummary>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const auth::UserSummary* UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

void UserTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString UserTableModel::mailStatusText(const QString& status)
{
    if (status == QLatin1String("queued"))
        return tr("queued", "mail status");
    if (status == QLatin1String("sending"))
        return tr("sending", "mail status");
    if (status == QLatin1String("sent"))
        return tr("sent", "mail status");
    if (status == QLatin1String("failed"))
        return tr("failed", "mail status");
    return status;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auth::UserSummary& user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(user, index.column());
    case Qt::ToolTipRole:
        return index.column() == LastMailColumn && !user.lastMailError.isEmpty()
                   ? user.lastMailError
                   : display(user, index.column());
    case Qt::BackgroundRole:
        if (index.column() == VerifiedColumn)
            return user.emailVerified ? QColor(0xe3, 0xf1, 0xe4) : QColor(0xfd, 0xf0, 0xd9);
        if (index.column() == LastMailColumn && user.lastMailStatus == QLatin1String("failed"))
            return QColor(0xfb, 0xe3, 0xe3);
        return {};
    case Qt::ForegroundRole:
        return index.column() == VerifiedColumn || index.column() == LastMailColumn
                   ? QVariant(QColor(0x20, 0x20, 0x20))
                   : QVariant();
    case VerifiedRole:
        return user.emailVerified;
    case UserIdRole:
        return user.id;
    }
    return {};
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
        return user.status;
    case RolesColumn:
        return user.roles.join(QStringLiteral(", "));
    case LastMailColumn: {
        if (user.lastMailStatus.isEmpty())
            return tr("–", "no verification mail yet");
        const QString when =
            QLocale().toString(user.lastMailAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!user.lastMailError.isEmpty())
            return tr("%1 %2 (%3 attempts): %4",
                      "last mail; %1 = status, %2 = time, %3 = attempts, %4 = error")
                .arg(mailStatusText(user.lastMailStatus), when)
                .arg(user.lastMailAttempts)
                .arg(user.lastMailError);
        return tr("%1 %2", "last mail; %1 = status, %2 = time")
            .arg(mailStatusText(user.lastMailStatus), when);
    }
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
