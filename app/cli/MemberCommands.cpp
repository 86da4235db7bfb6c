#include "MemberCommands.h"

#include "CliContext.h"
#include "domain/MembershipRoles.h"

namespace kumiko::cli {
namespace {

using domain::MembershipRoles;
using nlohmann::json;

int changeRoles(CliContext& cli, bool grant)
{
    if (cli.positional().size() < 3)
        return cli.usage(
            QStringLiteral("members %1 needs EMAIL TENANT ROLE…").arg(grant ? "grant" : "revoke"));
    const QString email = cli.positional().at(0);
    const QString tenant = cli.positional().at(1);
    const QStringList roles = cli.positional().mid(2);
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto outcome = cli.withDatabase([&](QSqlDatabase& db) {
        return grant ? MembershipRoles::grant(db, *actor, email, tenant, roles)
                     : MembershipRoles::revoke(db, *actor, email, tenant, roles);
    });
    if (!outcome)
        return cli.fail(outcome.error());
    const QString change = MembershipRoles::changeName(outcome->change);
    if (cli.json()) {
        json roleList = json::array();
        for (const QString& role : outcome->roles)
            roleList.push_back(role.toStdString());
        cli.printJson({{"change", change.toStdString()},
                       {"userId", outcome->userId.toStdString()},
                       {"tenantId", outcome->tenantId.toStdString()},
                       {"roles", roleList}});
    } else {
        cli.out() << change << ": " << email << " in " << tenant << " has roles "
                  << (outcome->roles.isEmpty() ? QStringLiteral("(none)")
                                               : outcome->roles.join(QStringLiteral(", ")))
                  << '\n';
    }
    return ExitCode::Ok;
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
