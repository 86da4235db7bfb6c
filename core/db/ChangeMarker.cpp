#include "db/ChangeMarker.h"

#include "db/Sql.h"

namespace kumiko::db {

Result<ChangeMarker> ChangeMarker::read(const QSqlDatabase& db)
{
    auto rows = Sql::exec(db, QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM kumiko_events), "
                                             "(SELECT count(*) FROM kumiko_es_operations)"));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return ChangeMarker{};
    return ChangeMarker{rows->value(0).toLongLong(), rows->value(1).toLongLong()};
}

} // namespace kumiko::db
