#include "domain/RowReplay.h"

#include "domain/ReadRows.h"

#include <QHash>

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

json createdRow(const es::StoredEvent& event, const Projection& projection)
{
    json row = projection.defaults;
    row.update(ReadRows::toColumns(event.payload));
    if (!event.payload.contains("tenantId"))
        row["tenant_id"] = event.tenantId.toStdString();
    row["id"] = event.aggregateId.toStdString();
    row["inserted_at"] = event.createdAt.toString(Qt::ISODateWithMs).toStdString();
    row["inserted_by_id"] = event.createdBy.toStdString();
    return row;
}

} // namespace

QString RowReplay::tableOf(const QString& aggregateType)
{
    const auto projection = projections().constFind(aggregateType);
    return projection == projections().constEnd() ? QString() : projection->table;
}

QStringList RowReplay::tables()
{
    return {QStringLiteral("read_config_values"), QStringLiteral("read_tenant_memberships"),
            QStringLiteral("read_tenants"), QStringLiteral("read_users")};
}

std::optional<json> RowReplay::rowAfter(const std::vector<es::StoredEvent>& events)
{
    std::optional<json> row;
    for (const es::StoredEvent& event : events) {
        const auto projection = projections().constFind(event.aggregateType);
        if (projection == projections().constEnd())
            return std::nullopt;
        if (event.type.endsWith(QLatin1String(".created"))) {
            row = createdRow(event, *projection);
        } else if (event.type.endsWith(QLatin1String(".deleted"))) {
            row.reset();
            continue;
        } else if (event.type.endsWith(QLatin1String(".updated")) && row) {
            row->update(ReadRows::toColumns(event.payload.value("changes", json::object())));
            (*row)["modified_at"] = event.createdAt.toString(Qt::ISODateWithMs).toStdString();
            (*row)["modified_by_id"] = event.createdBy.toStdString();
        }
        if (row)
            (*row)["version"] = event.version;
    }
    return row;
}

} // namespace kumiko::domain
