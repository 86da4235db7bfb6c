#include "domain/MembershipRoles.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"

namespace kumiko::domain {
namespace {

using nlohmann::json;

struct Found
{
    QString userId;
    QString tenantId;
    bool exists = false;
    QStringList roles;
};

// The user by e-mail, the tenant by key or id, and their membership if any.
Result<Found> find(const QSqlDatabase& db, const QString& email, const QString& tenant)
{
    auto rows = db::Sql::exec(db,
                              QStringLiteral("SELECT (SELECT id::text FROM read_users WHERE email = ?), "
                                             "(SELECT id::text FROM read_tenants WHERE key = ? OR id::text = "
                                             "? ORDER BY key = ? DESC LIMIT 1)"),
                              {email, tenant, tenant, tenant});
    if (!rows)
        return rows.error();
    rows->next();
    Found found;
    found.userId = rows->value(0).toString();
    found.tenantId = rows->value(1).toString();
    if (found.userId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user with e-mail %1").arg(email),
                           QStringLiteral("email"));
    if (found.tenantId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant with key or id %1").arg(tenant),
                           QStringLiteral("tenant"));
    auto roles = db::Sql::scalar(
        db,
        QStringLiteral("SELECT roles FROM read_tenant_memberships WHERE user_id = ? AND tenant_id = ?::uuid"),
        {found.userId, found.tenantId});
    if (!roles)
        return roles.error();
    found.exists = roles->isValid();
    const json parsed = json::parse(roles->toString().toStdString(), nullptr, false);
    if (parsed.is_array()) {
        for (const json& role : parsed) {
            if (role.is_string())
                found.roles << QString::fromStdString(role.get<std::string>());
        }
    }
    return found;
}

QStringList changedRoles(QStringList roles, const QStringList& requested, bool grant)
{
    for (const QString& role : requested) {
        if (grant && !roles.contains(role))
            roles << role;
        if (!grant)
            roles.removeAll(role);
    }
    return roles;
}

json rolesJson(const QStringList& roles)
{
    json array = json::array();
    for (const QString& role : roles)
        array.push_back(role.toStdString());
    return array;
}

} // namespace

Result<MembershipRoles::Outcome> MembershipRoles::grant(const QSqlDatabase& db, const Actor& actor,
                                                        const QString& email, const QString& tenant,
                                                        const QStringList& roles)
{
    return change(db, actor, email, tenant, roles, Mode::Grant);
}

Result<MembershipRoles::Outcome> MembershipRoles::revoke(const QSqlDatabase& db, const Actor& actor,
                                                         const QString& email, const QString& tenant,
                                                         const QStringList& roles)
{
    return change(db, actor, email, tenant, roles, Mode::Revoke);
}

Result<MembershipRoles::Outcome> MembershipRoles::set(const QSqlDatabase& db, const Actor& actor,
                                                      const QString& email, const QString& tenant,
                                                      const QStringList& roles)
{
    return change(db, actor, email, tenant, roles, Mode::Replace);
}

Result<QList<MembershipRoles::Membership>> MembershipRoles::ofUser(const QSqlDatabase& db,
                                                                   const QString& email)
{
    auto rows = db::Sql::exec(db,
                              QStringLiteral("SELECT u.id IS NOT NULL, t.id::text, t.key, t.name, m.roles "
                                             "FROM (SELECT 1) AS one LEFT JOIN read_users u ON u.email = ? "
                                             "LEFT JOIN read_tenant_memberships m ON m.user_id = u.id::text "
                                             "LEFT JOIN read_tenants t ON t.id = m.tenant_id ORDER BY t.key"),
                              {email});
    if (!rows)
        return rows.error();
    QList<Membership> memberships;
    while (rows->next()) {
        if (!rows->value(0).toBool())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no user with e-mail %1").arg(email),
                               QStringLiteral("email"));
        if (rows->isNull(1))
            continue;
        Membership m{rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(), {}};
        const json parsed = json::parse(rows->value(4).toString().toStdString(), nullptr, false);
        if (parsed.is_array())
            for (const json& role : parsed)
                if (role.is_string())
                    m.roles << QString::fromStdString(role.get<std::string>());
        memberships << m;
    }
    return memberships;
}

QString MembershipRoles::changeName(Change change)
{
    switch (change) {
    case Change::Created:
        return QStringLiteral("created");
    case Change::Updated:
        return QStringLiteral("updated");
    case Change::Removed:
        return QStringLiteral("removed");
    case Change::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

Result<MembershipRoles::Outcome> MembershipRoles::change(const QSqlDatabase& db, const Actor& actor,
                                                         const QString& email, const QString& tenant,
                                                         const QStringList& roles, Mode mode)
{
    const bool grant = mode != Mode::Revoke;
    db::Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto membership = find(db, email, tenant);
    if (!membership)
        return membership.error();
    Outcome outcome{Change::Updated, membership->userId, membership->tenantId,
                    mode == Mode::Replace ? roles : changedRoles(membership->roles, roles, grant)};
    const json who = {{"userId", outcome.userId.toStdString()}, {"tenantId", outcome.tenantId.toStdString()}};
    json payload = who;
    payload["roles"] = rolesJson(outcome.roles);
    QString handler = QStringLiteral("tenant:write:update-member-roles");
    if (!membership->exists) {
        if (!grant || outcome.roles.isEmpty())
            return Error::make(ErrorCode::NotFound,
                               QStringLiteral("%1 is not a member of %2").arg(email, tenant));
        handler = QStringLiteral("tenant:write:add-member");
        outcome.change = Change::Created;
    } else if (outcome.roles == membership->roles) {
        outcome.change = Change::Unchanged;
        return outcome;
    } else if (outcome.roles.isEmpty()) {
        handler = QStringLiteral("tenant:write:remove-member");
        payload = who;
        outcome.change = Change::Removed;
    }
    static const HandlerRegistry registry = HandlerRegistry::standard();
    if (auto written = registry.dispatch(db, handler, payload, actor); !written)
        return written.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace kumiko::domain
