#include "config/TenantUserLookup.h"

#include "db/Sql.h"
#include "db/SqlArray.h"

#include <QUuid>

namespace kumiko::config {
namespace {

// The references that name a tenant key or an e-mail (not empty, not an id), for the lookup query.
QStringList keysAmong(const QSet<QString>& references)
{
    QStringList keys;
    for (const QString& reference : references)
        if (!reference.isEmpty() && !TenantUserLookup::isUuid(reference))
            keys << reference;
    return keys;
}

// Each e-mail as given and lower-cased: the forms the unique index on `email` can find directly.
QStringList indexedForms(const QStringList& emails)
{
    QStringList forms;
    for (const QString& email : emails)
        forms << email << email.toLower();
    forms.removeDuplicates();
    return forms;
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
    const QStringList tenantKeys = keysAmong(tenants);
    const QStringList emails = keysAmong(users);
    if (tenantKeys.isEmpty() && emails.isEmpty())
        return found;
    // `= ANY` on the unique indexes: one probe per reference, whatever the size of the tables.
    auto rows =
        db::Sql::exec(db,
                      QStringLiteral("SELECT 't', key, id::text FROM read_tenants WHERE key = ANY(?::text[]) "
                                     "UNION ALL SELECT 'u', lower(email), id::text FROM read_users "
                                     "WHERE email = ANY(?::text[])"),
                      {db::SqlArray::literal(tenantKeys), db::SqlArray::literal(indexedForms(emails))});
    if (!rows)
        return rows.error();
    while (rows->next())
        (rows->value(0).toString() == QLatin1String("t") ? found.tenants : found.users)
            .insert(rows->value(1).toString(), rows->value(2).toString());
    QStringList unmatched;
    for (const QString& email : emails)
        if (!found.users.contains(email.toLower()))
            unmatched << email.toLower();
    if (unmatched.isEmpty())
        return found;
    // Only an address stored in mixed case and given in another case gets here: no index serves
    // lower(email), so this reads the table.
    auto anyCase = db::Sql::exec(db,
                                 QStringLiteral("SELECT lower(email), id::text FROM read_users "
                                                "WHERE lower(email) = ANY(?::text[])"),
                                 {db::SqlArray::literal(unmatched)});
    if (!anyCase)
        return anyCase.error();
    while (anyCase->next())
        found.users.insert(anyCase->value(0).toString(), anyCase->value(1).toString());
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
