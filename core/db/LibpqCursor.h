#pragma once

#include "db/LibpqResult.h"

namespace kumiko::db {

/// A server-side cursor read through libpq: a statement's rows arrive a batch at a time, never all
/// at once, so a reader of a whole table keeps flat memory. Lives inside the caller's transaction.
class LibpqCursor
{
public:
    LibpqCursor(const QSqlDatabase& db, QString name);

    /// Declares the cursor for `select` (SQL from code).
    Status open(const QString& select);
    /// The next up to `rows` rows; fewer means the statement is done.
    Result<LibpqResult> fetch(int rows);

private:
    const QSqlDatabase& m_db;
    QString m_name;
};

} // namespace kumiko::db
