#include "domain/ReadModelRebuild.h"

#include "db/Sql.h"
#include "db/SqlIdentifier.h"
#include "domain/ReadRows.h"
#include "eventstore/EventStore.h"

#include <QHash>
#include <map>

namespace kumiko::domain {
namespace {

using nlohmann::json;

struct Projection
{
    QString table;
    json defaults; ///< column defaults a created payload may leave out
};

const QHash<QString, Projection>& projections()
{
    static const QHash<QString, Projection> all = {
        {QStringLiteral("tenant"),
         {QStringLiteral("read_tenants"), {{"is_enabled", true}, {"status", "active"}}}},
        {QStringLiteral("user"),
         {QStringLiteral("read_users"),
          {{"is_deleted", false}, {"email_verified", false}, {"roles", "[]"}, {"status", "active"}}}},
        {QStringLiteral("tenant-membership"), {QStringLiteral("read_tenant_memberships"), json::object()}},
        {QStringLiteral("config-value"), {QStringLiteral("read_config_values"), json::object()}},
    };
    return all;
}

using Rows = std::map<QString, json>; // by aggregate id

void apply(const es::StoredEvent& event, const Projection& projection, Rows& rows)
{
    const std::string at = event.createdAt.toString(Qt::ISODateWithMs).toStdString();
    if (event.type.endsWith(QLatin1String(".created"))) {
        json row = projection.defaults;
        row.update(ReadRows::toColumns(event.payload));
        if (!event.payload.contains("tenantId"))
            row["tenant_id"] = event.tenantId.toStdString();
        row["id"] = event.aggregateId.toStdString();
        row["version"] = event.version;
        row["inserted_at"] = at;
        row["inserted_by_id"] = event.createdBy.toStdString();
        rows[event.aggregateId] = std::move(row);
    } else if (event.type.endsWith(QLatin1String(".updated"))) {
        const auto it = rows.find(event.aggregateId);
        if (it == rows.end())
            return;
        it->second.update(ReadRows::toColumns(event.payload.value("changes", json::object())));
        it->second["version"] = event.version;
        it->second["modified_at"] = at;
        it->second["modified_by_id"] = event.createdBy.toStdString();
    } else if (event.type.endsWith(QLatin1String(".deleted"))) {
        rows.erase(event.aggregateId);
    }
}

} // namespace

Status ReadModelRebuild::rebuildInto(const QSqlDatabase& db, const QString& schema)
{
    if (auto plain = db::SqlIdentifier::check({schema}); !plain)
        return plain;
    if (auto ok = db::Sql::run(db, QStringLiteral("CREATE SCHEMA %1").arg(schema)); !ok)
        return ok;
    QHash<QString, Rows> rowsByTable;
    for (const Projection& projection : projections()) {
        if (auto ok =
                db::Sql::run(db, QStringLiteral("CREATE TABLE %1.%2 (LIKE public.%2 INCLUDING DEFAULTS)")
                                     .arg(schema, projection.table));
            !ok)
            return ok;
        rowsByTable.insert(projection.table, {});
    }
    es::EventFilter filter;
    filter.limit = 5000;
    for (;;) {
        auto page = es::EventStore::read(db, filter);
        if (!page)
            return page.error();
        for (const es::StoredEvent& event : page->events) {
            const auto projection = projections().constFind(event.aggregateType);
            if (projection != projections().constEnd())
                apply(event, *projection, rowsByTable[projection->table]);
        }
        if (page->nextCursor == 0)
            break;
        filter.afterId = page->nextCursor;
    }
    for (auto it = rowsByTable.cbegin(); it != rowsByTable.cend(); ++it) {
        json rows = json::array();
        for (const auto& [id, row] : it.value())
            rows.push_back(row);
        const QString sql =
            QStringLiteral("INSERT INTO %1.%2 SELECT * FROM jsonb_populate_recordset(NULL::%1.%2, ?::jsonb)")
                .arg(schema, it.key());
        if (auto ok = db::Sql::run(db, sql, {QString::fromStdString(rows.dump())}); !ok)
            return ok;
    }
    return {};
}

} // namespace kumiko::domain
