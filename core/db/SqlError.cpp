#include "db/SqlError.h"

#include "db/ThreadConnection.h"

#include <QHash>

namespace kumiko::db {

ErrorCode SqlError::codeForSqlState(const QString& sqlState)
{
    static const QHash<QString, ErrorCode> exact = {
        {QStringLiteral("23505"), ErrorCode::UniqueViolation},
        {QStringLiteral("23503"), ErrorCode::ForeignKeyViolation},
        {QStringLiteral("23502"), ErrorCode::NotNullViolation},
        {QStringLiteral("23514"), ErrorCode::CheckViolation},
        {QStringLiteral("40001"), ErrorCode::SerializationFailure},
        {QStringLiteral("40P01"), ErrorCode::Deadlock},
        {QStringLiteral("55P03"), ErrorCode::LockTimeout},
        {QStringLiteral("57014"), ErrorCode::QueryCanceled},
        {QStringLiteral("57P01"), ErrorCode::ConnectionLost},
        {QStringLiteral("57P02"), ErrorCode::ConnectionLost},
        {QStringLiteral("57P03"), ErrorCode::ServerStarting},
        {QStringLiteral("42P01"), ErrorCode::UndefinedTable},
        {QStringLiteral("42703"), ErrorCode::UndefinedColumn},
        {QStringLiteral("42883"), ErrorCode::UndefinedFunction},
        {QStringLiteral("42601"), ErrorCode::SyntaxError},
        {QStringLiteral("42501"), ErrorCode::InsufficientPrivilege},
        {QStringLiteral("42P07"), ErrorCode::DuplicateTable},
        {QStringLiteral("42P04"), ErrorCode::DuplicateDatabase},
        {QStringLiteral("28P01"), ErrorCode::AuthFailed},
        {QStringLiteral("28000"), ErrorCode::AuthFailed},
        {QStringLiteral("3D000"), ErrorCode::DatabaseNotFound},
        {QStringLiteral("25P02"), ErrorCode::InFailedTransaction},
        {QStringLiteral("22P02"), ErrorCode::InvalidTextRepresentation},
        {QStringLiteral("53300"), ErrorCode::TooManyConnections},
    };
    if (const auto it = exact.constFind(sqlState); it != exact.constEnd())
        return *it;
    if (sqlState.startsWith(QLatin1String("08")))
        return ErrorCode::ConnectionLost;
    if (sqlState.startsWith(QLatin1String("22")))
        return ErrorCode::DataException;
    if (sqlState.startsWith(QLatin1String("23")))
        return ErrorCode::IntegrityViolation;
    return ErrorCode::DatabaseError;
}

Error SqlError::fromQSqlError(const QSqlError& error, const QString& context)
{
    Error e;
    e.sqlState = error.nativeErrorCode();
    e.statement = context;
    // libpq ends its connection messages with a newline; the CLI puts the code after the message.
    // A server error's further lines ("LINE 1: SELECT …" and the caret) quote the statement, which
    // belongs in `statement` only.
    const QString text = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    const qsizetype quoted = text.indexOf(QLatin1String("\nLINE "));
    e.message = quoted < 0 ? text : text.left(quoted).trimmed();
    if (!e.sqlState.isEmpty())
        e.code = codeForSqlState(e.sqlState);
    else if (error.type() == QSqlError::ConnectionError)
        e.code = ErrorCode::ConnectionFailed;
    else
        e.code = ErrorCode::DatabaseError;
    return e;
}

Error SqlError::fromDatabase(const QSqlDatabase& db, const QSqlError& error, const QString& context)
{
    Error e = fromQSqlError(error, context);
    if (e.sqlState.isEmpty() && ThreadConnection::isBroken(db)) {
        e.code = ErrorCode::ConnectionLost;
        e.message = QStringLiteral("the connection to the database was lost: %1").arg(e.message);
    }
    return e;
}

} // namespace kumiko::db
