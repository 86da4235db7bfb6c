#include "config/ContextLabels.h"

#include "config/TenantUserLookup.h"
#include "db/Sql.h"

#include <nlohmann/json.hpp>

namespace kumiko::config {
namespace {

QString idArray(const QSet<QString>& ids)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& id : ids)
        if (TenantUserLookup::isUuid(id))
            list.push_back(id.toStdString());
    return QString::fromStdString(list.dump());
}

} // namespace

Result<ContextLabels> ContextLabels::load(const QSqlDatabase& db, const QSet<QString>& tenantIds,
                                          const QSet<QString>& userIds)
{
    ContextLabels labels;
    if (tenantIds.isEmpty() && userIds.isEmpty())
        return labels;
    auto rows =
        db::Sql::exec(db,
                      QStringLiteral("SELECT 't', id::text, key FROM read_tenants "
                                     "WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) "
                                     "UNION ALL SELECT 'u', id::text, email FROM read_users "
                                     "WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)"),
                      {idArray(tenantIds), idArray(userIds)});
    if (!rows)
        return rows.error();
    while (rows->next())
        (rows->value(0).toString() == QLatin1String("t") ? labels.m_tenants : labels.m_users)
            .insert(rows->value(1).toString(), rows->value(2).toString());
    return labels;
}

} // namespace kumiko::config
