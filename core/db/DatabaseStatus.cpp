#include "db/DatabaseStatus.h"

#include "db/ConnectionProbe.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/SqlArray.h"

namespace kumiko::db {

namespace {

// count(*) of a table, or of its first `cap` rows when cap > 0. Table names come from our own fixed
// list, never from input.
Result<qint64> countRows(const QSqlDatabase& db, const QString& table, qint64 cap)
{
    auto rows =
        cap > 0
            ? Sql::scalar(db,
                          QStringLiteral("SELECT count(*) FROM (SELECT FROM public.%1 LIMIT ?) s").arg(table),
                          {cap + 1})
            : Sql::scalar(db, QStringLiteral("SELECT count(*) FROM public.%1").arg(table));
    if (!rows)
        return rows.error();
    return rows->toLongLong();
}

} // namespace

Result<DatabaseStatus> DatabaseStatus::read(const QSqlDatabase& db, RowCounts counts)
{
    auto server = ConnectionProbe::inspect(db);
    if (!server)
        return server.error();
    DatabaseStatus status;
    status.serverVersion = server->serverVersion;
    status.databaseName = server->databaseName;
    status.schemaVersion = server->schemaVersion;
    status.latestSchemaVersion = server->latestSchemaVersion;
    status.counts = counts;
    // reltuples is -1 until the table is first vacuumed or analysed; an empty file needs no count.
    auto rows = Sql::exec(
        db,
        QStringLiteral("SELECT t.name, c.oid IS NOT NULL, c.reltuples::bigint, pg_relation_size(c.oid) = 0 "
                       "FROM unnest(?::text[]) WITH ORDINALITY AS t(name, ord) "
                       "LEFT JOIN pg_class c ON c.oid = to_regclass('public.' || t.name) ORDER BY t.ord"),
        {SqlArray::literal(SchemaBootstrap::upstreamTables())});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Table table{rows->value(0).toString(), rows->value(1).toBool(), rows->value(2).toLongLong(), false};
        if (table.exists && rows->value(3).toBool() && table.rows < 0)
            table.rows = 0;
        status.tables.append(table);
    }
    for (Table& table : status.tables) {
        if (!table.exists || (counts == RowCounts::Estimated && table.rows >= 0))
            continue;
        const qint64 cap = counts == RowCounts::Exact ? 0 : UnanalysedCountCap;
        auto counted = countRows(db, table.name, cap);
        if (!counted)
            return counted.error();
        table.atLeast = cap > 0 && *counted > cap;
        table.rows = table.atLeast ? cap : *counted;
    }
    return status;
}

nlohmann::json DatabaseStatus::toJson() const
{
    nlohmann::json tablesJson = nlohmann::json::object();
    nlohmann::json atLeast = nlohmann::json::array();
    for (const Table& t : tables) {
        tablesJson[t.name.toStdString()] = t.exists ? nlohmann::json(t.rows) : nlohmann::json(nullptr);
        if (t.atLeast)
            atLeast.push_back(t.name.toStdString());
    }
    nlohmann::json document = {{"serverVersion", serverVersion.toStdString()},
                               {"database", databaseName.toStdString()},
                               {"schemaVersion", schemaVersion},
                               {"latestSchemaVersion", latestSchemaVersion},
                               {"rowCounts", counts == RowCounts::Exact ? "exact" : "estimated"},
                               {"tables", tablesJson},
                               {"transactionPooling", transactionPooling}};
    if (!atLeast.empty())
        document["atLeast"] = atLeast;
    return document;
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
    text += counts == RowCounts::Exact
                ? QStringLiteral("rows (exact):\n")
                : QStringLiteral("rows (estimated from the planner's statistics; --exact counts them):\n");
    for (const Table& t : tables)
        text += QStringLiteral("  %1 %2\n")
                    .arg(t.name, -26)
                    .arg(!t.exists   ? QStringLiteral("(missing)")
                         : t.atLeast ? QStringLiteral("more than %1").arg(t.rows)
                                     : QString::number(t.rows));
    if (transactionPooling)
        text += QStringLiteral(
            "note: this connection goes through a pooler in transaction pooling mode (e.g. PgBouncer "
            "pool_mode=transaction): seed migrations and config seeds work (transaction-scoped locks), the "
            "console refreshes by polling because LISTEN needs a session of its own\n");
    return text;
}

} // namespace kumiko::db
