#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kumiko::domain {

/// Grants or revokes a user's roles in one tenant: creates the membership on the first grant and
/// removes it when no role is left, in one transaction of its own.
class MembershipRoles
{
public:
    enum class Change
    {
        Created,
        Updated,
        Removed,
        Unchanged,
    };

    struct Outcome
    {
        Change change = Change::Unchanged;
        QString userId;
        QString tenantId;
        QStringList roles; ///< the membership's roles afterwards
    };

    /// `tenant` is a tenant key or id. Errors: `not_found` (no such user or tenant; revoking from
    /// someone who is no member), the handlers' errors.
    static Result<Outcome> grant(const QSqlDatabase& db, const Actor& actor, const QString& email,
                                 const QString& tenant, const QStringList& roles);
    static Result<Outcome> revoke(const QSqlDatabase& db, const Actor& actor, const QString& email,
                                  const QString& tenant, const QStringList& roles);
    /// Gives the user exactly `roles` in the tenant: creates, updates or (no roles) removes the
    /// membership.
    static Result<Outcome> set(const QSqlDatabase& db, const Actor& actor, const QString& email,
                               const QString& tenant, const QStringList& roles);

    /// One membership of a user, with the tenant's key and name.
    struct Membership
    {
        QString tenantId;
        QString tenantKey;
        QString tenantName;
        QStringList roles;
    };
    /// Every membership of the user `email`, by tenant key. Errors: `not_found` (no such user).
    static Result<QList<Membership>> ofUser(const QSqlDatabase& db, const QString& email);

    /// "created", "updated", "removed", "unchanged" (the CLI's words).
    static QString changeName(Change change);

private:
    enum class Mode
    {
        Grant,
        Revoke,
        Replace,
    };
    static Result<Outcome> change(const QSqlDatabase& db, const Actor& actor, const QString& email,
                                  const QString& tenant, const QStringList& roles, Mode mode);
};

} // namespace kumiko::domain
