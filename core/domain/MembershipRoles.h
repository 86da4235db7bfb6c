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

    /// "created", "updated", "removed", "unchanged" (the CLI's words).
    static QString changeName(Change change);

private:
    static Result<Outcome> change(const QSqlDatabase& db, const Actor& actor, const QString& email,
                                  const QString& tenant, const QStringList& roles, bool grant);
};

} // namespace kumiko::domain
