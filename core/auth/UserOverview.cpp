#include "auth/UserOverview.h"

#include "auth/UserAccount.h"
#include "auth/VerificationService.h"
#include "config/TenantUserLookup.h"
#include "db/LikePattern.h"
#include "db/Sql.h"
#include "db/Transaction.h"

namespace kumiko::auth {
namespace {

// The WHERE conditions of `query` with their values; only the filters given appear, so each
// combination is its own statement with a plan of its own.
struct Conditions
{
    QStringList sql{QStringLiteral("true")};
    QVariantList values;

    QString where() const { return sql.join(QStringLiteral(" AND ")); }
};

Result<Conditions> conditionsOf(const UserQuery& query, bool paging)
{
    Conditions c;
    if (!query.text.isEmpty()) {
        const QString containing = db::LikePattern::containing(query.text);
        c.sql << QStringLiteral("(u.email ILIKE ? OR u.display_name ILIKE ?)");
        c.values << containing << containing;
    }
    if (query.unverifiedOnly)
        c.sql << QStringLiteral("NOT u.email_verified");
    if (!query.tenantId.isEmpty()) {
        if (!config::TenantUserLookup::isUuid(query.tenantId))
            return Error::make(ErrorCode::InvalidFilter,
                               QStringLiteral("tenant is not a UUID: %1").arg(query.tenantId),
                               QStringLiteral("tenant"));
        // Members by the membership index on tenant_id; the planner can also go the other way round.
        c.sql << QStringLiteral(
            "u.id IN (SELECT m.user_id::uuid FROM read_tenant_memberships m WHERE m.tenant_id = ?::uuid)");
        c.values << query.tenantId;
    }
    if (paging && !query.after.isEmpty()) {
        c.sql << (query.descending ? QStringLiteral("u.email < ?") : QStringLiteral("u.email > ?"));
        c.values << query.after;
    }
    return c;
}

Result<UserSummary> summaryOf(db::SqlRows& rows)
{
    UserSummary user;
    user.id = rows.value(0).toString();
    user.email = rows.value(1).toString();
    user.displayName = rows.value(2).toString();
    user.emailVerified = rows.value(3).toBool();
    user.status = rows.value(4).toString();
    user.roles = UserAccount::parseRoles(rows.value(5).toString());
    user.version = rows.value(6).toInt();
    if (!rows.isNull(7)) {
        auto status = mail::MailOutbox::parseStatus(rows.value(7).toString());
        if (!status)
            return status.error();
        user.lastMailStatus = status.value();
    }
    user.lastMailError = rows.value(8).toString();
    user.lastMailAttempts = rows.value(9).toInt();
    if (!rows.isNull(10))
        user.lastMailAt = QDateTime::fromMSecsSinceEpoch(rows.value(10).toLongLong(), Qt::UTC);
    if (!rows.isNull(11))
        user.lockedUntil = QDateTime::fromMSecsSinceEpoch(rows.value(11).toLongLong(), Qt::UTC);
    return user;
}

Result<UserPage> readPage(const QSqlDatabase& db, const UserQuery& query)
{
    auto conditions = conditionsOf(query, true);
    if (!conditions)
        return conditions.error();
    const int limit = qBound(1, query.limit, UserQuery::kMaxPage);
    const QString order = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // The page first (in e-mail order from the unique index), then the last mail of its users only.
    const QString sql =
        QStringLiteral(
            "SELECT u.id::text, u.email, u.display_name, u.email_verified, u.status, u.roles, u.version, "
            "m.status, m.last_error, m.attempts, (extract(epoch FROM m.created_at) * 1000)::bigint, "
            "(extract(epoch FROM l.locked_until) * 1000)::bigint "
            "FROM (SELECT u.* FROM read_users u WHERE %1 ORDER BY u.email %2 LIMIT ?::int) u "
            "LEFT JOIN LATERAL (SELECT status, last_error, attempts, created_at "
            "FROM kumiko_admin_mail_outbox o WHERE o.user_id = u.id AND o.kind = ? "
            "ORDER BY o.created_at DESC, o.id DESC LIMIT 1) m ON true "
            "LEFT JOIN kumiko_admin_auth_lockouts l ON l.user_id = u.id AND l.locked_until > now() "
            "ORDER BY u.email %2")
            .arg(conditions->where(), order);
    QVariantList values = conditions->values;
    values << limit + 1 << QString::fromLatin1(VerificationService::MailKind);
    auto rows = db::Sql::exec(db, sql, values);
    if (!rows)
        return rows.error();
    UserPage page;
    while (rows->next()) {
        auto user = summaryOf(rows.value());
        if (!user)
            return user.error();
        page.users.append(std::move(user).value());
    }
    if (page.users.size() > limit) {
        page.users.resize(limit);
        page.nextCursor = page.users.last().email;
    }
    return page;
}

Result<UserCount> countMatching(const QSqlDatabase& db, const UserQuery& query, int cap)
{
    auto conditions = conditionsOf(query, false);
    if (!conditions)
        return conditions.error();
    QVariantList values = conditions->values;
    values << cap + 1;
    auto counted = db::Sql::scalar(
        db,
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM read_users u WHERE %1 LIMIT ?::int) capped")
            .arg(conditions->where()),
        values);
    if (!counted)
        return counted.error();
    const qint64 exact = counted->toLongLong();
    if (exact <= cap)
        return UserCount{exact, UserCount::Kind::Exact};
    if (!query.filtersNothing())
        return UserCount{cap, UserCount::Kind::AtLeast};
    // The whole table: the planner's row estimate, as fresh as the last ANALYZE or autovacuum.
    auto estimate = db::Sql::scalar(
        db,
        QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = 'public.read_users'::regclass"));
    if (!estimate)
        return estimate.error();
    const qint64 rows = estimate->toLongLong();
    return rows > cap ? UserCount{rows, UserCount::Kind::Estimate} : UserCount{cap, UserCount::Kind::AtLeast};
}

} // namespace

Result<UserPage> UserOverview::page(const QSqlDatabase& db, const UserQuery& query)
{
    return db::Transaction::searching(db, [&] { return readPage(db, query); });
}

Result<UserCount> UserOverview::count(const QSqlDatabase& db, const UserQuery& query, int cap)
{
    return db::Transaction::searching(db, [&] { return countMatching(db, query, cap); });
}

} // namespace kumiko::auth
