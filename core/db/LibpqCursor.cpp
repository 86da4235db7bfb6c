#include "db/LibpqCursor.h"

namespace kumiko::db {

LibpqCursor::LibpqCursor(const QSqlDatabase& db, QString name)
    : m_db(db)
    , m_name(std::move(name))
{}

Status LibpqCursor::open(const QString& select)
{
    auto declared =
        LibpqResult::exec(m_db, QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(m_name, select));
    if (!declared)
        return declared.error();
    return {};
}

Result<LibpqResult> LibpqCursor::fetch(int rows)
{
    return LibpqResult::exec(m_db, QStringLiteral("FETCH %1 FROM %2").arg(rows).arg(m_name));
}

} // namespace kumiko::db
