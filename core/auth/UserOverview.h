#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "mail/MailOutbox.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kumiko::auth {

/// One user as the console's Users page lists them: verification state, the last verification mail and
/// a sign-in lockout.
struct UserSummary
{
    QString id;
    QString email;
    QString displayName;
    bool emailVerified = false;
    QString status; ///< active, restricted, …
    QStringList roles;
    int version = 0;                                ///< of the user aggregate
    std::optional<mail::MailStatus> lastMailStatus; ///< none: never sent
    QString lastMailError;
    int lastMailAttempts = 0;
    QDateTime lastMailAt;  ///< when the last verification mail was queued (UTC)
    QDateTime lockedUntil; ///< when an active sign-in lockout ends (UTC); invalid: not locked out
};

/// Which users to list: a filter, the order (by e-mail, the one order an index gives) and where the
/// page starts (keyset: after the e-mail the previous page ended with).
struct UserQuery
{
    static constexpr int kMaxPage = PageRequest::MaxLimit;

    QString text;                ///< e-mail or display name containing it, case-insensitive; empty: all
    bool unverifiedOnly = false; ///< only users whose address is not verified
    QString tenantId;            ///< only members of this tenant; empty: all
    bool descending = false;     ///< by e-mail from z to a
    QString after;               ///< the e-mail the previous page ended with; empty: from the start
    int limit = 100;             ///< at most kMaxPage

    /// Nothing narrows the users (order and paging aside).
    bool filtersNothing() const { return text.isEmpty() && !unverifiedOnly && tenantId.isEmpty(); }
};

/// One page of users; `nextCursor` is the `after` of the next page (empty: no more).
struct UserPage
{
    QList<UserSummary> users;
    QString nextCursor;
};

/// How many users match, without counting a whole table: exact up to a cap, beyond it "at least
/// the cap" for a filter or the planner's estimate of the table for no filter.
struct UserCount
{
    enum class Kind
    {
        Exact,
        AtLeast,
        Estimate
    };
    qint64 value = 0;
    Kind kind = Kind::Exact;
};

/// Lists users page by page (keyset on e-mail), each with the latest verification mail, and counts
/// them cheaply.
class UserOverview
{
public:
    static constexpr int kCountCap = 10000;

    /// Errors: `invalid_filter` (field `tenant`) for a tenant id that is no UUID; the database's.
    static Result<UserPage> page(const QSqlDatabase& db, const UserQuery& query);
    /// Counts the users matching `query` (its paging ignored) up to `cap`.
    static Result<UserCount> count(const QSqlDatabase& db, const UserQuery& query, int cap = kCountCap);
};

} // namespace kumiko::auth
