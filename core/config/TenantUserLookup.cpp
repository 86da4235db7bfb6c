#include "config/TenantUserLookup.h"

#include "db/Sql.h"

#include <QUuid>
#include <nlohmann/json.hpp>

namespace kumiko::config {
namespace {

// The references that name a tenant key or an e-mail (not empty, not an id), for the lookup query.
nlohmann::json keysAmong(const QSet<QString>& references, Qt::CaseSensitivity caseSensitivity)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& reference : references)
        if (!reference.isEmpty() && !TenantUserLookup::isUuid(reference))
            list.push_back(
                (caseSensitivity == Qt::CaseSensitive ? reference : reference.toLower()).toStdString());
    return list;
}

} // namespace

bool TenantUserLookup::isUuid(const QString& reference)
{
    return reference.size() == 36 && !QUuid::fromString(reference).isNull();
}

Result<TenantUserLookup> TenantUserLookup::run(const QSqlDatabase& db, const QSet<QString>& tenants,
                                               const QSet<QString>& users)
{
    TenantUserLookup found;
    const nlohmann::json tenantKeys = keysAmong(tenants, Qt::CaseSensitive);
    const nlohmann::json emails = keysAmong(users, Qt::CaseInsensitive);
    if (tenantKeys.empty() && emails.empty())
        return found;
    auto rows =
        db::Sql::exec(db,
                      QStringLiteral("SELECT 't', key, id::text FROM read_tenants "
                                     "WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)) "
                                     "UNION ALL SELECT 'u', lower(email), id::text FROM read_users "
                                     "WHERE lower(email) IN (SELECT jsonb_array_elements_text(?::jsonb))"),
                      {QString::fromStdString(tenantKeys.dump()), QString::fromStdString(emails.dump())});
    if (!rows)
        return rows.error();
    while (rows->next())
        (rows->value(0).toString() == QLatin1String("t") ? found.tenants : found.users)
            .insert(rows->value(1).toString(), rows->value(2).toString());
    return found;
}

QString TenantUserLookup::tenantId(const QString& reference) const
{
    return isUuid(reference) ? reference.toLower() : tenants.value(reference);
}

QString TenantUserLookup::userId(const QString& reference) const
{
    return isUuid(reference) ? reference.toLower() : users.value(reference.toLower());
}

} // namespace kumiko::config
