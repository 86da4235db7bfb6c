#include "domain/Actor.h"

#include "domain/WellKnownIds.h"

#include <QUuid>

namespace kumiko::domain {

Actor Actor::system(const QString& tenantId, const QStringList& extraRoles)
{
    Actor actor;
    actor.userId = WellKnownIds::systemUserId();
    actor.tenantId = tenantId.isEmpty() ? WellKnownIds::systemTenantId() : tenantId;
    actor.roles = QStringList{WellKnownIds::systemRole()} + extraRoles;
    return actor;
}

Actor Actor::systemAdmin()
{
    return system(WellKnownIds::systemTenantId(), {WellKnownIds::systemAdminRole()});
}

bool Actor::hasAnyRole(const QStringList& allowed) const
{
    for (const QString& role : roles) {
        if (allowed.contains(role))
            return true;
    }
    return false;
}

Actor Actor::correlated() const
{
    Actor actor = *this;
    if (actor.correlationId.isEmpty())
        actor.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return actor;
}

} // namespace kumiko::domain
