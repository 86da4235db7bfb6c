#include "db/SqlError.h"

#include "db/ThreadConnection.h"

#include <QHash>

namespace kumiko::db {

QString SqlError::codeForSqlState(const QString& sqlState)
{
    static const QHash<QString, QString> exact = {
        {QStringLiteral("23505"), QStringLiteral("unique_violation")},
        {QStringLiteral("23503"), QStringLiteral("foreign_key_violation")},
        {QStringLiteral("23502"), QStringLiteral("not_null_violation")},
        {QStringLiteral("23514"), QStringLiteral("check_violation")},
        {QStringLiteral("40001"), QStringLiteral("serialization_failure")},
        {QStringLiteral("40P01"), QStringLiteral("deadlock")},
        {QStringLiteral("55P03"), QStringLiteral("lock_timeout")},
        {QStringLiteral("57014"), QStringLiteral("query_canceled")},
        {QStringLiteral("57P01"), QStringLiteral("connection_lost")},
        {QStringLiteral("57P02"), QStringLiteral("connection_lost")},
        {QStringLiteral("57P03"), QStringLiteral("server_starting")},
        {QStringLiteral("42P01"), QStringLiteral("undefined_table")},
        {QStringLiteral("42703"), QStringLiteral("undefined_column")},
        {QStringLiteral("42883"), QStringLiteral("undefined_function")},
        {QStringLiteral("42601"), QStringLiteral("syntax_error")},
        {QStringLiteral("42501"), QStringLiteral("insufficient_privilege")},
        {QStringLiteral("42P07"), QStringLiteral("duplicate_table")},
        {QStringLiteral("42P04"), QStringLiteral("duplicate_database")},
        {QStringLiteral("28P01"), QStringLiteral("auth_failed")},
        {QStringLiteral("28000"), QStringLiteral("auth_failed")},
        {QStringLiteral("3D000"), QStringLiteral("database_not_found")},
        {QStringLiteral("25P02"), QStringLiteral("in_failed_transaction")},
        {QStringLiteral("22P02"), QStringLiteral("invalid_text_representation")},
        {QStringLiteral("53300"), QStringLiteral("too_many_connections")},
    };
    if (const auto it = exact.constFind(sqlState); it != exact.constEnd())
        return *it;
    if (sqlState.startsWith(QLatin1String("08")))
        return QStringLiteral("connection_lost");
    if (sqlState.startsWith(QLatin1String("22")))
        return QStringLiteral("data_exception");
    if (sqlState.startsWith(QLatin1String("23")))
        return QStringLiteral("integrity_violation");
    return QStringLiteral("database_error");
}

Error SqlError::fromQSqlError(const QSqlError& error, const QString& context)
{
    Error e;
    e.sqlState = error.nativeErrorCode();
    e.context = context;
    e.message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!e.sqlState.isEmpty())
        e.code = codeForSqlState(e.sqlState);
    else if (error.type() == QSqlError::ConnectionError)
        e.code = QStringLiteral("connection_failed");
    else
        e.code = QStringLiteral("database_error");
    return e;
}

Error SqlError::fromDatabase(const QSqlDatabase& db, const QSqlError& error, const QString& context)
{
    Error e = fromQSqlError(error, context);
    if (e.sqlState.isEmpty() && ThreadConnection::isBroken(db)) {
        e.code = QStringLiteral("connection_lost");
        e.message = QStringLiteral("the connection to the database was lost: %1").arg(e.message);
    }
    return e;
}

} // namespace kumiko::db
