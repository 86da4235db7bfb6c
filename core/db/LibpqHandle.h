#pragma once

#include <QSqlDatabase>

struct pg_conn;

namespace kumiko::db {

/// The libpq connection under a QPSQL QSqlDatabase, for what Qt's driver cannot do (COPY, status).
class LibpqHandle
{
public:
    /// nullptr when `db` is closed or not a QPSQL connection.
    static pg_conn* of(const QSqlDatabase& db);
    /// True while `db` is inside a transaction block (also an aborted one).
    static bool inTransaction(const QSqlDatabase& db);
};

} // namespace kumiko::db
