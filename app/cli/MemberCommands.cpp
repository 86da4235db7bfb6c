#include "MemberCommands.h"

#include "CliContext.h"
#include "domain/MembershipRoles.h"

namespace kumiko::cli {
namespace {

using domain::MembershipRoles;
using nlohmann::json;

enum class Verb
{
    Grant,
    Revoke,
    Set,
};

int changeRoles(CliContext& cli, Verb verb)
{
    static const char* const names[] = {"grant", "revoke", "set"};
    if (cli.positional().size() < (verb == Verb::Set ? 2 : 3))
        return cli.usage(QStringLiteral("members %1 needs EMAIL TENANT ROLE…").arg(names[int(verb)]));
    const QString email = cli.positional().at(0);
    const QString tenant = cli.positional().at(1);
    const QStringList roles = cli.positional().mid(2);
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto outcome = cli.withDatabase([&](QSqlDatabase& db) {
        switch (verb) {
        case Verb::Grant:
            return MembershipRoles::grant(db, *actor, email, tenant, roles);
        case Verb::Revoke:
            return MembershipRoles::revoke(db, *actor, email, tenant, roles);
        case Verb::Set:
            break;
        }
        return MembershipRoles::set(db, *actor, email, tenant, roles);
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
             return changeRoles(cli, Verb::Grant);
         }});
    registry.add({QStringLiteral("members revoke"),
                  QStringLiteral("<email> <tenant> <role>…"),
                  QStringLiteral("Take roles away; the membership is removed when none is left."),
                  {},
                  [](CliContext& cli) {
                      return changeRoles(cli, Verb::Revoke);
                  }});
    registry.add({QStringLiteral("members set"),
                  QStringLiteral("<email> <tenant> [<role>…]"),
                  QStringLiteral("Give a user exactly these roles in a tenant; none removes the membership."),
                  {},
                  [](CliContext& cli) {
                      return changeRoles(cli, Verb::Set);
                  }});
}

} // namespace kumiko::cli
