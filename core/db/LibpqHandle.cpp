#include "db/LibpqHandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
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
    PGTransactionStatusType status = PQtransactionStatus(connection);
    if (status == PQTRANS_ACTIVE) {
        // QPSQL reads forward-only results row by row and leaves a statement's unread rows pending
        // (a prepared SELECT run only for its effect, like taking a lock), so libpq reports "busy",
        // not whether a transaction is open. Qt drains them before it runs the next statement.
        QSqlQuery(QStringLiteral("SELECT 1"), db);
        status = PQtransactionStatus(connection);
    }
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

} // namespace kumiko::db
