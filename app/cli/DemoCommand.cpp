#include "DemoCommand.h"

#include "AuthCommands.h"
#include "CliContext.h"
#include "ConfigCommands.h"
#include "OpsCommands.h"
#include "db/DatabaseStatus.h"
#include "db/SchemaBootstrap.h"
#include "db/ThreadConnection.h"

namespace kumiko::cli {
namespace {

int runDemo(CliContext& cli)
{
    cli.out() << "== kumiko demo ==\n";
    auto report = cli.withDatabase([](QSqlDatabase& db) { return db::SchemaBootstrap::run(db); });
    cli.out() << "database: " << db::ThreadConnection::settings().redactedUrl() << "\n\n== db init ==\n";
    if (!report)
        return cli.fail(report.error());
    cli.out()
        << (report->changed()
                ? QStringLiteral("created %1, schema version %2\n")
                      .arg(CliContext::count(report->createdTables.size(), QStringLiteral("table"),
                                             QStringLiteral("tables")))
                      .arg(report->schemaVersion)
                : QStringLiteral("schema already up to date (version %1)\n").arg(report->schemaVersion));
    cli.out() << "\n== db status ==\n";
    auto status = cli.withDatabase(
        [](QSqlDatabase& db) { return db::DatabaseStatus::read(db, db::RowCounts::Estimated); });
    if (!status)
        return cli.fail(status.error());
    cli.out() << status->toText();
    cli.out() << "\n== seed migrations (" << cli.projectDir() << ") ==\n";
    if (const int code = OpsCommands::applyAndShowStatus(cli); code != ExitCode::Ok)
        return code;
    cli.out() << "\n== config seeds ==\n";
    if (const int code = ConfigCommands::seedDemo(cli); code != ExitCode::Ok)
        return code;
    cli.out() << "\n== sign-in accounts ==\n";
    if (const int code = AuthCommands::ensureDemoAccounts(cli); code != ExitCode::Ok)
        return code;
    return ExitCode::Ok;
}

} // namespace

void DemoCommand::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("demo"),
         {},
         QStringLiteral("Set up the embedded database with the demo project and print what was done."),
         {},
         runDemo});
}

} // namespace kumiko::cli
