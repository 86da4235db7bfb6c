#include "auth/ActorLookup.h"

#include "auth/UserAccount.h"
#include "domain/WellKnownIds.h"

namespace kumiko::auth {

Result<domain::Actor> ActorLookup::admin(const QSqlDatabase& db, const QString& email)
{
    auto found = UserAccount::findByEmail(db, email);
    if (!found)
        return found.error();
    if (!*found || (*found)->isGone())
        return Error::make(ErrorCode::UnknownUser, QStringLiteral("no user %1 (or deleted)").arg(email));
    const UserAccount& user = **found;
    if (!user.roles.contains(domain::WellKnownIds::systemAdminRole()))
        return Error::make(ErrorCode::NotAnAdmin,
                           QStringLiteral("%1 does not hold the global role SystemAdmin").arg(email));
    domain::Actor actor;
    actor.userId = user.id;
    actor.tenantId = domain::WellKnownIds::systemTenantId();
    actor.roles = user.roles;
    return actor;
}

} // namespace kumiko::auth
