#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace kumiko::db {

/// Turns QSqlError into an Error whose code is derived from the SQLSTATE, never from message text.
class SqlError
{
public:
    /// Stable code for an SQLSTATE, e.g. "23505" → UniqueViolation; DatabaseError if unmapped.
    static ErrorCode codeForSqlState(const QString& sqlState);

    /// `context` is the statement or step (kept in Error::statement, out of the message); it must not
    /// contain bound values (they may be secret).
    static Error fromQSqlError(const QSqlError& error, const QString& context);

    /// Like fromQSqlError(), but reports `connection_lost` when the connection's socket is gone
    /// (libpq gives no SQLSTATE then).
    static Error fromDatabase(const QSqlDatabase& db, const QSqlError& error, const QString& context);
};

} // namespace kumiko::db
