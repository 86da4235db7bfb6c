#include "auth/LoginLockout.h"

#include "db/Sql.h"

namespace kumiko::auth {

using db::Sql;

Result<int> LoginLockout::lockedSeconds(const QSqlDatabase& db, const QString& userId)
{
    auto seconds =
        Sql::scalar(db,
                    QStringLiteral("SELECT GREATEST(1, ceil(extract(epoch FROM locked_until - now())))::int "
                                   "FROM kumiko_admin_auth_lockouts WHERE user_id = ?::uuid "
                                   "AND locked_until > now()"),
                    {userId});
    if (!seconds)
        return seconds.error();
    return seconds->isValid() ? seconds->toInt() : 0;
}

Result<LoginLockout::Failure> LoginLockout::recordFailure(const QSqlDatabase& db, const QString& userId,
                                                          int maxFailedAttempts, int lockoutMinutes)
{
    // ON CONFLICT DO UPDATE sees the latest committed row, so concurrent failures serialise on it:
    // the WHERE refuses to count while a lock is active, and exactly one failure reaches the limit.
    auto rows = Sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO kumiko_admin_auth_lockouts AS l (user_id, failed_attempts, locked_until, "
            "last_failed_at) "
            "VALUES (?::uuid, 1, CASE WHEN 1 >= ?::int THEN now() + make_interval(mins => ?::int) END, "
            "now()) "
            "ON CONFLICT (user_id) DO UPDATE SET "
            "  failed_attempts = CASE WHEN l.locked_until IS NULL THEN l.failed_attempts + 1 ELSE 1 END, "
            "  locked_until = CASE WHEN (CASE WHEN l.locked_until IS NULL THEN l.failed_attempts + 1 ELSE 1 "
            "END) "
            "      >= ?::int THEN now() + make_interval(mins => ?::int) END, "
            "  last_failed_at = now() "
            "WHERE l.locked_until IS NULL OR l.locked_until <= now() "
            "RETURNING failed_attempts, COALESCE(GREATEST(1, ceil(extract(epoch FROM locked_until - "
            "now())))::int, 0)"),
        {userId, maxFailedAttempts, lockoutMinutes, maxFailedAttempts, lockoutMinutes});
    if (!rows)
        return rows.error();
    Failure failure;
    if (rows->next()) {
        failure.counted = true;
        failure.failedAttempts = rows->value(0).toInt();
        failure.lockedSeconds = rows->value(1).toInt();
        return failure;
    }
    auto locked = lockedSeconds(db, userId);
    if (!locked)
        return locked.error();
    failure.lockedSeconds = locked.value();
    return failure;
}

Status LoginLockout::clear(const QSqlDatabase& db, const QString& userId)
{
    return Sql::run(db,
                    QStringLiteral("DELETE FROM kumiko_admin_auth_lockouts WHERE user_id = ?::uuid "
                                   "AND (locked_until IS NULL OR locked_until <= now())"),
                    {userId});
}

} // namespace kumiko::auth
