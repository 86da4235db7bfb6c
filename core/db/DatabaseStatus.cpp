#include "db/DatabaseStatus.h"

#include "db/ConnectionProbe.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"

namespace kumiko::db {

Result<DatabaseStatus> DatabaseStatus::read(const QSqlDatabase& db)
{
    auto server = ConnectionProbe::inspect(db);
    if (!server)
        return server.error();
    DatabaseStatus status;
    status.serverVersion = server->serverVersion;
    status.databaseName = server->databaseName;
    status.schemaVersion = server->schemaVersion;
    status.latestSchemaVersion = server->latestSchemaVersion;
    for (const QString& name : SchemaBootstrap::upstreamTables()) {
        Table table{name, false, 0};
        auto exists = Sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                                  {QStringLiteral("public.") + name});
        if (!exists)
            return exists.error();
        table.exists = exists->toBool();
        if (table.exists) {
            // Table names come from our own fixed list, never from input.
            auto rows = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM public.%1").arg(name));
            if (!rows)
                return rows.error();
            table.rows = rows->toLongLong();
        }
        status.tables.append(table);
    }
    return status;
}

nlohmann::json DatabaseStatus::toJson() const
{
    nlohmann::json tablesJson = nlohmann::json::object();
    for (const Table& t : tables)
        tablesJson[t.name.toStdString()] = t.exists ? nlohmann::json(t.rows) : nlohmann::json(nullptr);
    return {{"serverVersion", serverVersion.toStdString()},
            {"database", databaseName.toStdString()},
            {"schemaVersion", schemaVersion},
            {"latestSchemaVersion", latestSchemaVersion},
            {"tables", tablesJson},
            {"transactionPooling", transactionPooling}};
}

QString DatabaseStatus::toText() const
{
    QString text = QStringLiteral("server:          PostgreSQL %1\ndatabase:        %2\n")
                       .arg(serverVersion, databaseName);
    if (schemaVersion == 0)
        text += QStringLiteral("schema version:  not installed (run `kumiko db init`)\n");
    else
        text += QStringLiteral("schema version:  %1 (this build: %2)\n")
                    .arg(schemaVersion)
                    .arg(latestSchemaVersion);
    text += QStringLiteral("rows:\n");
    for (const Table& t : tables)
        text += QStringLiteral("  %1 %2\n")
                    .arg(t.name, -26)
                    .arg(t.exists ? QString::number(t.rows) : QStringLiteral("(missing)"));
    if (transactionPooling)
        text += QStringLiteral(
            "note: this connection goes through a pooler in transaction pooling mode (e.g. PgBouncer "
            "pool_mode=transaction): seed migrations and config seeds work (transaction-scoped locks), the "
            "console refreshes by polling because LISTEN needs a session of its own\n");
    return text;
}

} // namespace kumiko::db
