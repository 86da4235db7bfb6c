#include "auth/UserOverview.h"

#include "auth/UserAccount.h"
#include "auth/VerificationService.h"
#include "db/Sql.h"

namespace kumiko::auth {

Result<Page<UserSummary>> UserOverview::list(const QSqlDatabase& db, const PageRequest& request)
{
    QStringList conditions;
    QVariantList values{QString::fromLatin1(VerificationService::MailKind)};
    if (!request.after.isEmpty()) {
        conditions << QStringLiteral("u.email > ?");
        values << request.after;
    }
    if (!request.filter.isEmpty()) {
        conditions << QStringLiteral(
            "(strpos(lower(u.email), lower(?)) > 0 OR strpos(lower(u.display_name), lower(?)) > 0)");
        values << request.filter << request.filter;
    }
    values << request.limit + 1;
    // Walks read_users_email_unique from the cursor and stops after limit + 1 rows.
    auto rows = db::Sql::exec(
        db,
        QStringLiteral(
            "SELECT u.id::text, u.email, u.display_name, u.email_verified, u.status, u.roles, u.version, "
            "m.status, m.last_error, m.attempts, (extract(epoch FROM m.created_at) * 1000)::bigint "
            "FROM read_users u LEFT JOIN LATERAL (SELECT status, last_error, attempts, created_at "
            "FROM kumiko_admin_mail_outbox o WHERE o.user_id = u.id AND o.kind = ? "
            "ORDER BY o.created_at DESC, o.id DESC LIMIT 1) m ON true%1 ORDER BY u.email LIMIT ?")
            .arg(db::Sql::where(conditions)),
        values);
    if (!rows)
        return rows.error();
    Page<UserSummary> page;
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
        page.rows.append(user);
    }
    page.keepAtMost(request.limit, [](const UserSummary& user) { return user.email; });
    return page;
}

Result<UsersAndOutbox> UserOverview::withOutbox(const QSqlDatabase& db, int outboxRows)
{
    UsersAndOutbox overview;
    PageRequest request;
    request.limit = PageRequest::MaxLimit;
    do {
        auto users = list(db, request);
        if (!users)
            return users.error();
        overview.users += users->rows;
        request.after = users->next;
    } while (!request.after.isEmpty());
    PageRequest newest;
    newest.limit = outboxRows;
    auto outbox = mail::MailOutbox::list(db, newest);
    if (!outbox)
        return outbox.error();
    overview.outbox = std::move(outbox->rows);
    return overview;
}

} // namespace kumiko::auth
