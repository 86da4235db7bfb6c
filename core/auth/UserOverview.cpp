#include "auth/UserOverview.h"

#include "auth/UserAccount.h"
#include "auth/VerificationService.h"
#include "db/Sql.h"

namespace kumiko::auth {

Result<QList<UserSummary>> UserOverview::list(const QSqlDatabase& db)
{
    auto rows = db::Sql::exec(
        db,
        QStringLiteral(
            "SELECT u.id::text, u.email, u.display_name, u.email_verified, u.status, u.roles, u.version, "
            "m.status, m.last_error, m.attempts, (extract(epoch FROM m.created_at) * 1000)::bigint "
            "FROM read_users u LEFT JOIN LATERAL (SELECT status, last_error, attempts, created_at "
            "FROM kumiko_admin_mail_outbox o WHERE o.user_id = u.id AND o.kind = ? "
            "ORDER BY o.created_at DESC, o.id DESC LIMIT 1) m ON true ORDER BY u.email"),
        {QString::fromLatin1(VerificationService::MailKind)});
    if (!rows)
        return rows.error();
    QList<UserSummary> users;
    while (rows->next()) {
        UserSummary user;
        user.id = rows->value(0).toString();
        user.email = rows->value(1).toString();
        user.displayName = rows->value(2).toString();
        user.emailVerified = rows->value(3).toBool();
        user.status = rows->value(4).toString();
        user.roles = UserAccount::parseRoles(rows->value(5).toString());
        user.version = rows->value(6).toInt();
        if (!rows->isNull(7)) {
            auto status = mail::MailOutbox::parseStatus(rows->value(7).toString());
            if (!status)
                return status.error();
            user.lastMailStatus = status.value();
        }
        user.lastMailError = rows->value(8).toString();
        user.lastMailAttempts = rows->value(9).toInt();
        if (!rows->isNull(10))
            user.lastMailAt = QDateTime::fromMSecsSinceEpoch(rows->value(10).toLongLong(), Qt::UTC);
        users.append(user);
    }
    return users;
}

Result<UsersAndOutbox> UserOverview::withOutbox(const QSqlDatabase& db, int outboxRows)
{
    auto users = list(db);
    if (!users)
        return users.error();
    auto outbox = mail::MailOutbox::list(db, outboxRows);
    if (!outbox)
        return outbox.error();
    return UsersAndOutbox{std::move(users).value(), std::move(outbox).value()};
}

} // namespace kumiko::auth
