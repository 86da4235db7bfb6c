#include "config/ContextDirectory.h"

#include "db/Sql.h"

namespace kumiko::config {

Result<ContextDirectory> ContextDirectory::load(const QSqlDatabase& db)
{
    ContextDirectory directory;
    auto tenants =
        db::Sql::exec(db, QStringLiteral("SELECT id::text, key, name FROM read_tenants ORDER BY key"));
    if (!tenants)
        return tenants.error();
    while (tenants->next())
        directory.m_tenants.append(
            {tenants->value(0).toString(), tenants->value(1).toString(), tenants->value(2).toString()});
    auto users = db::Sql::exec(
        db, QStringLiteral("SELECT u.id::text, u.email, coalesce(string_agg(m.tenant_id::text, ','), '') "
                           "FROM read_users u LEFT JOIN read_tenant_memberships m ON m.user_id = u.id::text "
                           "GROUP BY u.id, u.email ORDER BY u.email"));
    if (!users)
        return users.error();
    while (users->next())
        directory.m_users.append({users->value(0).toString(), users->value(1).toString(),
                                  users->value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    return directory;
}

QList<ContextUser> ContextDirectory::membersOf(const QString& tenantId) const
{
    QList<ContextUser> members;
    for (const ContextUser& user : m_users)
        if (user.tenantIds.contains(tenantId))
            members.append(user);
    return members;
}

QString ContextDirectory::tenantLabel(const QString& id) const
{
    for (const ContextTenant& tenant : m_tenants)
        if (tenant.id == id)
            return tenant.key;
    return id;
}

QString ContextDirectory::userLabel(const QString& id) const
{
    for (const ContextUser& user : m_users)
        if (user.id == id)
            return user.email;
    return id;
}

} // namespace kumiko::config
