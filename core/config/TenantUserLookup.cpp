#include "config/TenantUserLookup.h"

#include "db/Sql.h"

#include <QUuid>
#include <nlohmann/json.hpp>

namespace kumiko::config {
namespace {

QString jsonList(const QSet<QString>& values)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& value : values)
        list.push_back(value.toStdString());
    return QString::fromStdString(list.dump());
}

} // namespace

bool TenantUserLookup::isUuid(const QString& reference)
{
    return reference.size() == 36 && !QUuid::fromString(reference).isNull();
}

Result<TenantUserLookup> TenantUserLookup::run(const QSqlDatabase& db, const QSet<QString>& tenantKeys,
                                               const QSet<QString>& emails)
{
    TenantUserLookup found;
    if (tenantKeys.isEmpty() && emails.isEmpty())
        return found;
    QSet<QString> lowerEmails;
    for (const QString& email : emails)
        lowerEmails.insert(email.toLower());
    auto rows =
        db::Sql::exec(db,
                      QStringLiteral("SELECT 't', key, id::text FROM read_tenants "
                                     "WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)) "
                                     "UNION ALL SELECT 'u', lower(email), id::text FROM read_users "
                                     "WHERE lower(email) IN (SELECT jsonb_array_elements_text(?::jsonb))"),
                      {jsonList(tenantKeys), jsonList(lowerEmails)});
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
