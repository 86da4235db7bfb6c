#include "db/Transaction.h"

#include "db/Sql.h"
#include "db/SqlError.h"

#include <QSqlError>

namespace kumiko::db {

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (!m_db.transaction())
        return SqlError::fromDatabase(m_db, m_db.lastError(), QStringLiteral("BEGIN"));
    m_active = true;
    return {};
}

Status Transaction::beginReadOnly()
{
    if (Status begun = begin(); !begun)
        return begun;
    return Sql::run(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
}

Status Transaction::beginSearch()
{
    if (Status begun = beginReadOnly(); !begun)
        return begun;
    return Sql::run(m_db, QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan"));
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(ErrorCode::NoTransaction, QStringLiteral("commit without an open transaction"));
    m_active = false;
    if (!m_db.commit()) {
        Error e = SqlError::fromDatabase(m_db, m_db.lastError(), QStringLiteral("COMMIT"));
        m_db.rollback();
        return e;
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollback();
}

} // namespace kumiko::db
