#include "config/ContextIds.h"

#include "config/TenantUserLookup.h"

namespace kumiko::config {

Result<ContextIds> ContextIds::resolve(const QSqlDatabase& db, const QString& tenant, const QString& user)
{
    if (!user.isEmpty() && tenant.isEmpty())
        return Error::make(
            ErrorCode::InvalidTarget,
            QStringLiteral("a user context needs its tenant (a user value lives in one tenant)"),
            QStringLiteral("user"));
    auto lookup = TenantUserLookup::run(db, {tenant}, {user});
    if (!lookup)
        return lookup.error();
    ContextIds ids{lookup->tenantId(tenant), lookup->userId(user)};
    if (!tenant.isEmpty() && ids.tenantId.isEmpty())
        return Error::make(ErrorCode::UnknownTenant, QStringLiteral("no tenant with key \"%1\"").arg(tenant),
                           QStringLiteral("tenant"));
    if (!user.isEmpty() && ids.userId.isEmpty())
        return Error::make(ErrorCode::UnknownUser, QStringLiteral("no user with e-mail %1").arg(user),
                           QStringLiteral("user"));
    return ids;
}

} // namespace kumiko::config
