#include "config/KeyOverrides.h"

#include "config/EnvelopeCipher.h"
#include "db/Sql.h"
#include "domain/WellKnownIds.h"

namespace kumiko::config {

Result<KeyOverridePage> KeyOverrides::read(const QSqlDatabase& db, const QString& key, int limit,
                                           const QString& afterRowId)
{
    // One row more than asked tells whether another page exists.
    auto rows = db::Sql::exec(
        db,
        QStringLiteral("SELECT v.id::text, v.tenant_id::text, t.key, v.user_id, u.email, v.value "
                       "FROM read_config_values v LEFT JOIN read_tenants t ON t.id = v.tenant_id "
                       "LEFT JOIN read_users u ON u.id::text = v.user_id "
                       "WHERE v.key = ? AND (? = '' OR v.id > ?::uuid) ORDER BY v.id LIMIT ?"),
        {key, afterRowId, afterRowId.isEmpty() ? domain::WellKnownIds::systemTenantId() : afterRowId,
         limit + 1});
    if (!rows)
        return rows.error();
    KeyOverridePage page;
    while (rows->next()) {
        if (page.overrides.size() == limit) {
            page.nextAfter = page.overrides.last().rowId;
            break;
        }
        KeyOverride entry;
        entry.rowId = rows->value(0).toString();
        entry.tenantId = rows->value(1).toString();
        entry.tenantKey = rows->value(2).toString();
        entry.userId = rows->value(3).toString();
        entry.userEmail = rows->value(4).toString();
        if (!rows->value(5).isNull())
            entry.value = rows->value(5).toString();
        entry.encrypted = entry.value && EnvelopeCipher::isEnvelope(*entry.value);
        entry.level = !entry.userId.isEmpty()                                    ? Scope::User
                      : entry.tenantId == domain::WellKnownIds::systemTenantId() ? Scope::System
                                                                                 : Scope::Tenant;
        page.overrides.append(entry);
    }
    return page;
}

} // namespace kumiko::config
