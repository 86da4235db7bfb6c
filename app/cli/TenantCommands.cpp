#include "TenantCommands.h"

#include "CliContext.h"
#include "HandlerRun.h"
#include "ListPaging.h"
#include "domain/TenantListing.h"

namespace kumiko::cli {
namespace {

using nlohmann::json;

int listTenants(CliContext& cli)
{
    ListPaging::Printer<domain::TenantSummary> printer;
    printer.fetch = [](QSqlDatabase& db, const PageRequest& request) {
        return domain::TenantListing::list(db, request);
    };
    printer.json = [](const domain::TenantSummary& tenant) {
        return tenant.toJson();
    };
    printer.text = [](QTextStream& out, const domain::TenantSummary& tenant) {
        out << tenant.key.leftJustified(24) << ' ' << tenant.id << ' '
            << (tenant.isEnabled ? "enabled " : "disabled") << ' ' << tenant.name << '\n';
    };
    printer.document = [](json rows) {
        return json{{"tenants", std::move(rows)}};
    };
    printer.empty = QStringLiteral("no tenants");
    return ListPaging::run(cli, printer);
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
    registry.add({QStringLiteral("tenants list"),
                  {},
                  QStringLiteral("List the tenants by key, a page at a time."),
                  ListPaging::options(QStringLiteral("tenant key"), QStringLiteral("key or name")),
                  listTenants});
    registry.add({QStringLiteral("tenants create"),
                  QStringLiteral("<key> <name>"),
                  QStringLiteral("Create a tenant (event tenant.created, system tenant stream)."),
                  {{QStringLiteral("id"), QStringLiteral("Use this uuid instead of a new one."),
                    QStringLiteral("uuid")}},
                  createTenant});
}

} // namespace kumiko::cli
