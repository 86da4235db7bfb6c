#include "domain/RowReplay.h"

#include "domain/ReadRows.h"

#include <array>

namespace kumiko::domain {
namespace {

using nlohmann::json;

struct Projection
{
    std::string_view aggregateType;
    QString table;
    json defaults; ///< column defaults a created payload may leave out
};

const std::array<Projection, 4>& projections()
{
    static const std::array<Projection, 4> all = {
        Projection{"tenant", QStringLiteral("read_tenants"), {{"is_enabled", true}, {"status", "active"}}},
        Projection{"user",
                   QStringLiteral("read_users"),
                   {{"is_deleted", false}, {"email_verified", false}, {"roles", "[]"}, {"status", "active"}}},
        Projection{"tenant-membership", QStringLiteral("read_tenant_memberships"), json::object()},
        Projection{"config-value", QStringLiteral("read_config_values"), json::object()},
    };
    return all;
}

const Projection* projectionOf(std::string_view aggregateType)
{
    for (const Projection& projection : projections()) {
        if (projection.aggregateType == aggregateType)
            return &projection;
    }
    return nullptr;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

json createdRow(const std::string& aggregateId, ReplayEvent& event, const Projection& projection)
{
    json row = projection.defaults;
    const bool namesTenant = event.payload.contains("tenantId");
    ReadRows::setColumns(row, std::move(event.payload));
    if (!namesTenant)
        row["tenant_id"] = event.tenantId;
    row["id"] = aggregateId;
    row["inserted_at"] = event.createdAt;
    row["inserted_by_id"] = event.createdBy;
    return row;
}

} // namespace

const QString& RowReplay::tableOf(std::string_view aggregateType)
{
    static const QString none;
    const Projection* projection = projectionOf(aggregateType);
    return projection ? projection->table : none;
}

QStringList RowReplay::tables()
{
    return {QStringLiteral("read_config_values"), QStringLiteral("read_tenant_memberships"),
            QStringLiteral("read_tenants"), QStringLiteral("read_users")};
}

std::optional<json> RowReplay::rowAfter(const std::string& aggregateId, std::vector<ReplayEvent>&& events)
{
    std::optional<json> row;
    for (ReplayEvent& event : events) {
        const Projection* projection = projectionOf(event.aggregateType);
        if (!projection)
            return std::nullopt;
        if (endsWith(event.type, ".created")) {
            row = createdRow(aggregateId, event, *projection);
        } else if (endsWith(event.type, ".deleted")) {
            row.reset();
            continue;
        } else if (endsWith(event.type, ".updated") && row) {
            ReadRows::setColumns(*row, event.payload.value("changes", json::object()));
            (*row)["modified_at"] = event.createdAt;
            (*row)["modified_by_id"] = event.createdBy;
        }
        if (row)
            (*row)["version"] = event.version;
    }
    return row;
}

} // namespace kumiko::domain
