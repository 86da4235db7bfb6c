#include "DbCommands.h"

#include "CliContext.h"
#include "db/DatabaseLocator.h"
#include "db/DatabaseStatus.h"
#include "db/EmbeddedPostgres.h"
#include "db/PoolerProbe.h"
#include "db/SchemaBootstrap.h"
#include "db/ThreadConnection.h"

namespace kumiko::cli {
namespace {

int initSchema(CliContext& cli)
{
    auto report = cli.withDatabase([](QSqlDatabase& db) { return db::SchemaBootstrap::run(db); });
    if (!report)
        return cli.fail(report.error());
    if (cli.json()) {
        nlohmann::json created = nlohmann::json::array();
        for (const QString& table : report->createdTables)
            created.push_back(table.toStdString());
        nlohmann::json versions = nlohmann::json::array();
        for (int version : report->appliedAdminVersions)
            versions.push_back(version);
        cli.printJson({{"changed", report->changed()},
                       {"createdTables", created},
                       {"appliedSchemaVersions", versions},
                       {"schemaVersion", report->schemaVersion}});
        return ExitCode::Ok;
    }
    if (!report->changed()) {
        cli.out() << "schema is up to date (version " << report->schemaVersion << "); nothing changed\n";
        return ExitCode::Ok;
    }
    for (const QString& table : report->createdTables)
        cli.out() << "created table " << table << '\n';
    for (int version : report->appliedAdminVersions)
        cli.out() << "applied console schema version " << version << '\n';
    cli.out() << "schema version " << report->schemaVersion << '\n';
    return ExitCode::Ok;
}

int showStatus(CliContext& cli)
{
    auto status = cli.withDatabase([](QSqlDatabase& db) -> Result<db::DatabaseStatus> {
        auto read = db::DatabaseStatus::read(db);
        if (!read)
            return read;
        auto pooled = db::PoolerProbe::sharesServerSessions(db, db::ThreadConnection::settings());
        if (!pooled)
            return pooled.error();
        read->transactionPooling = pooled.value();
        return read;
    });
    if (!status)
        return cli.fail(status.error());
    if (cli.json())
        cli.printJson(status->toJson());
    else
        cli.out() << status->toText();
    return ExitCode::Ok;
}

int stopEmbedded(CliContext& cli)
{
    db::EmbeddedPostgres embedded(db::DatabaseLocator::embeddedBaseDir());
    if (auto ok = embedded.stop(); !ok)
        return cli.fail(ok.error());
    cli.out() << "embedded PostgreSQL in " << embedded.baseDir() << " is stopped\n";
    return ExitCode::Ok;
}

} // namespace

void DbCommands::registerInto(CommandRegistry& registry)
{
    registry.add({QStringLiteral("db init"),
                  {},
                  QStringLiteral("Create the tables the console needs (idempotent, one transaction)."),
                  {},
                  initSchema});
    registry.add({QStringLiteral("db status"),
                  {},
                  QStringLiteral("Server version, console schema version and row counts."),
                  {},
                  showStatus});
    registry.add({QStringLiteral("db stop-embedded"),
                  {},
                  QStringLiteral("Stop the embedded local PostgreSQL server."),
                  {},
                  stopEmbedded});
}

} // namespace kumiko::cli
