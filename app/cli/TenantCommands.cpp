#include "TenantCommands.h"

#include "CliContext.h"
#include "HandlerRun.h"
#include "db/Sql.h"

namespace kumiko::cli {
namespace {

using nlohmann::json;

int listTenants(CliContext& cli)
{
    auto rows = cli.withDatabase([](QSqlDatabase& db) {
        return db::Sql::exec(db,
                             QStringLiteral("SELECT id::text, key, name, is_enabled, status, version FROM "
                                            "read_tenants ORDER BY key"));
    });
    if (!rows)
        return cli.fail(rows.error());
    json tenants = json::array();
    while (rows->next()) {
        tenants.push_back({{"id", rows->value(0).toString().toStdString()},
                           {"key", rows->value(1).toString().toStdString()},
                           {"name", rows->value(2).toString().toStdString()},
                           {"isEnabled", rows->value(3).toBool()},
                           {"status", rows->value(4).toString().toStdString()},
                           {"version", rows->value(5).toInt()}});
    }
    if (cli.json()) {
        cli.printJson({{"tenants", tenants}});
        return ExitCode::Ok;
    }
    for (const json& t : tenants) {
        cli.out() << QString::fromStdString(t["key"].get<std::string>()).leftJustified(24) << ' '
                  << QString::fromStdString(t["id"].get<std::string>()) << ' '
                  << (t["isEnabled"].get<bool>() ? "enabled " : "disabled") << ' '
                  << QString::fromStdString(t["name"].get<std::string>()) << '\n';
    }
    if (tenants.empty())
        cli.out() << "no tenants\n";
    return ExitCode::Ok;
}

int createTenant(CliContext& cli)
{
    if (cli.positional().size() != 2)
        return cli.usage(QStringLiteral("tenants create needs KEY and NAME"));
    json payload = {{"key", cli.positional().at(0).toStdString()},
                    {"name", cli.positional().at(1).toStdString()}};
    if (cli.isSet(QStringLiteral("id")))
        payload["id"] = cli.value(QStringLiteral("id")).toStdString();
    auto outcomes = HandlerRun::inTransaction(cli, {{QStringLiteral("tenant:write:create"), payload}});
    if (!outcomes)
        return cli.fail(outcomes.error());
    const json& result = outcomes->front().result;
    if (cli.json())
        cli.printJson({{"id", result["id"]}, {"key", payload["key"]}});
    else
        cli.out() << "created tenant " << cli.positional().at(0) << " ("
                  << QString::fromStdString(result["id"].get<std::string>()) << ")\n";
    return ExitCode::Ok;
}

} // namespace

void TenantCommands::registerInto(CommandRegistry& registry)
{
    registry.add({QStringLiteral("tenants list"), {}, QStringLiteral("List the tenants."), {}, listTenants});
    registry.add({QStringLiteral("tenants create"),
                  QStringLiteral("<key> <name>"),
                  QStringLiteral("Create a tenant (event tenant.created, system tenant stream)."),
                  {{QStringLiteral("id"), QStringLiteral("Use this uuid instead of a new one."),
                    QStringLiteral("uuid")}},
                  createTenant});
}

} // namespace kumiko::cli
