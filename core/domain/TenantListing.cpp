#include "domain/TenantListing.h"

#include "db/Sql.h"

namespace kumiko::domain {

nlohmann::json TenantSummary::toJson() const
{
    return {{"id", id.toStdString()}, {"key", key.toStdString()},       {"name", name.toStdString()},
            {"isEnabled", isEnabled}, {"status", status.toStdString()}, {"version", version}};
}

Result<Page<TenantSummary>> TenantListing::list(const QSqlDatabase& db, const PageRequest& request)
{
    QStringList conditions;
    QVariantList values;
    if (!request.after.isEmpty()) {
        conditions << QStringLiteral("key > ?");
        values << request.after;
    }
    if (!request.filter.isEmpty()) {
        conditions << QStringLiteral(
            "(strpos(lower(key), lower(?)) > 0 OR strpos(lower(name), lower(?)) > 0)");
        values << request.filter << request.filter;
    }
    values << request.limit + 1;
    auto rows = db::Sql::exec(db,
                              QStringLiteral("SELECT id::text, key, name, is_enabled, status, version FROM "
                                             "read_tenants%1 ORDER BY key LIMIT ?")
                                  .arg(db::Sql::where(conditions)),
                              values);
    if (!rows)
        return rows.error();
    Page<TenantSummary> page;
    while (rows->next())
        page.rows.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                          rows->value(3).toBool(), rows->value(4).toString(), rows->value(5).toInt()});
    page.keepAtMost(request.limit, [](const TenantSummary& tenant) { return tenant.key; });
    return page;
}

} // namespace kumiko::domain
