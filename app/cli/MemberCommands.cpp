#include "MemberCommands.h"

#include "CliContext.h"
#include "HandlerRun.h"
#include "db/Sql.h"

namespace kumiko::cli {
namespace {

using nlohmann::json;

struct Target
{
    QString userId;
    QString tenantId;
    bool isMember = false;
    QStringList roles;
};

// The user by e-mail, the tenant by key or id, and their membership if any.
Result<Target> resolve(CliContext& cli, const QString& email, const QString& tenant)
{
    auto db = cli.database();
    if (!db)
        return db.error();
    auto rows = db::Sql::exec(db.value(),
                              QStringLiteral("SELECT (SELECT id::text FROM read_users WHERE email = ?), "
                                             "(SELECT id::text FROM read_tenants WHERE key = ? OR id::text = "
                                             "? ORDER BY key = ? DESC LIMIT 1)"),
                              {email, tenant, tenant, tenant});
    if (!rows)
        return rows.error();
    rows->next();
    Target target;
    target.userId = rows->value(0).toString();
    target.tenantId = rows->value(1).toString();
    if (target.userId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user with e-mail %1").arg(email),
                           QStringLiteral("email"));
    if (target.tenantId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant with key or id %1").arg(tenant),
                           QStringLiteral("tenant"));
    auto roles =
        db::Sql::scalar(db.value(),
                        QStringLiteral("SELECT roles FROM read_tenant_memberships WHERE user_id = ? AND "
                                       "tenant_id = ?::uuid"),
                        {target.userId, target.tenantId});
    if (!roles)
        return roles.error();
    target.isMember = roles->isValid();
    const json parsed = json::parse(roles->toString().toStdString(), nullptr, false);
    if (parsed.is_array()) {
        for (const json& role : parsed) {
            if (role.is_string())
                target.roles << QString::fromStdString(role.get<std::string>());
        }
    }
    return target;
}

json rolesJson(const QStringList& roles)
{
    json array = json::array();
    for (const QString& role : roles)
        array.push_back(role.toStdString());
    return array;
}

int report(CliContext& cli, const QString& change, const Target& target, const QStringList& roles)
{
    if (cli.json()) {
        cli.printJson({{"change", change.toStdString()},
                       {"userId", target.userId.toStdString()},
                       {"tenantId", target.tenantId.toStdString()},
                       {"roles", rolesJson(roles)}});
    } else {
        cli.out() << change << ": " << cli.positional().at(0) << " in " << cli.positional().at(1)
                  << " has roles "
                  << (roles.isEmpty() ? QStringLiteral("(none)") : roles.join(QStringLiteral(", "))) << '\n';
    }
    return ExitCode::Ok;
}

int changeRoles(CliContext& cli, bool grant)
{
    if (cli.positional().size() < 3)
        return cli.usage(
            QStringLiteral("members %1 needs EMAIL TENANT ROLE…").arg(grant ? "grant" : "revoke"));
    const QStringList requested = cli.positional().mid(2);
    auto target = resolve(cli, cli.positional().at(0), cli.positional().at(1));
    if (!target)
        return cli.fail(target.error());
    QStringList roles = target->roles;
    for (const QString& role : requested) {
        if (grant && !roles.contains(role))
            roles << role;
        if (!grant)
            roles.removeAll(role);
    }
    const json who = {{"userId", target->userId.toStdString()}, {"tenantId", target->tenantId.toStdString()}};
    json withRoles = who;
    withRoles["roles"] = rolesJson(roles);
    QString handler;
    QString change = QStringLiteral("updated");
    if (!target->isMember) {
        if (!grant)
            return cli.fail(
                Error::make(ErrorCode::NotFound, QStringLiteral("%1 is not a member of %2")
                                                     .arg(cli.positional().at(0), cli.positional().at(1))));
        handler = QStringLiteral("tenant:write:add-member");
        change = QStringLiteral("created");
    } else if (roles == target->roles) {
        return report(cli, QStringLiteral("unchanged"), *target, roles);
    } else if (roles.isEmpty()) {
        handler = QStringLiteral("tenant:write:remove-member");
        change = QStringLiteral("removed");
    } else {
        handler = QStringLiteral("tenant:write:update-member-roles");
    }
    auto outcomes = HandlerRun::inTransaction(
        cli, {{handler, handler.endsWith(QLatin1String("remove-member")) ? who : withRoles}});
    if (!outcomes)
        return cli.fail(outcomes.error());
    return report(cli, change, *target, roles);
}

} // namespace

void MemberCommands::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("members grant"),
         QStringLiteral("<email> <tenant> <role>…"),
         QStringLiteral("Give a user roles in a tenant (key or id); creates the membership if needed."),
         {},
         [](CliContext& cli) {
             return changeRoles(cli, true);
         }});
    registry.add({QStringLiteral("members revoke"),
                  QStringLiteral("<email> <tenant> <role>…"),
                  QStringLiteral("Take roles away; the membership is removed when none is left."),
                  {},
                  [](CliContext& cli) {
                      return changeRoles(cli, false);
                  }});
}

} // namespace kumiko::cli
