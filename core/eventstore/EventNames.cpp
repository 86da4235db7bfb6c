#include "eventstore/EventNames.h"

#include "db/Sql.h"
#include "db/SqlArray.h"

#include <QUuid>

namespace kumiko::es {
namespace {

QString uuidArray(const QStringList& ids)
{
    QStringList valid;
    for (const QString& id : ids)
        if (!QUuid::fromString(id).isNull())
            valid << id;
    valid.removeDuplicates();
    return db::SqlArray::literal(valid);
}

} // namespace

Result<EventNames::Names> EventNames::resolve(const QSqlDatabase& db, const QStringList& tenantIds,
                                              const QStringList& userIds)
{
    auto rows = db::Sql::exec(
        db,
        QStringLiteral("SELECT true, id::text, key FROM read_tenants WHERE id = ANY (?::uuid[]) "
                       "UNION ALL SELECT false, id::text, email FROM read_users "
                       "WHERE id = ANY (?::uuid[])"),
        {uuidArray(tenantIds), uuidArray(userIds)});
    if (!rows)
        return rows.error();
    Names names;
    while (rows->next())
        (rows->value(0).toBool() ? names.tenants : names.users)
            .insert(rows->value(1).toString(), rows->value(2).toString());
    return names;
}

} // namespace kumiko::es
