#include "db/LibpqHandle.h"

#include <QSqlDriver>
#include <libpq-fe.h>

namespace kumiko::db {

pg_conn* LibpqHandle::of(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the metatype after the struct behind libpq's typedef; Qt 5 used the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

bool LibpqHandle::inTransaction(const QSqlDatabase& db)
{
    PGconn* connection = of(db);
    if (!connection)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

} // namespace kumiko::db
