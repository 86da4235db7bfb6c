#include "db/LibpqResult.h"

#include "db/SqlError.h"

#include <charconv>
#include <libpq-fe.h>

namespace kumiko::db {

Error LibpqResult::failure(pg_conn* connection, const pg_result* result, const QString& statement)
{
    Error e;
    e.statement = statement;
    e.sqlState = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    e.message = QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
    if (!e.sqlState.isEmpty())
        e.code = SqlError::codeForSqlState(e.sqlState);
    else if (PQstatus(connection) == CONNECTION_BAD)
        e.code = ErrorCode::ConnectionLost;
    else
        e.code = ErrorCode::DatabaseError;
    return e;
}

LibpqResult::LibpqResult(pg_result* result)
    : m_result(result)
{}

void LibpqResult::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

bool LibpqResult::succeeded() const
{
    const ExecStatusType status = PQresultStatus(m_result.get());
    return status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
}

int LibpqResult::rows() const
{
    return PQntuples(m_result.get());
}

int LibpqResult::columns() const
{
    return PQnfields(m_result.get());
}

std::string_view LibpqResult::text(int row, int column) const
{
    return {PQgetvalue(m_result.get(), row, column), size_t(PQgetlength(m_result.get(), row, column))};
}

QString LibpqResult::string(int row, int column) const
{
    const std::string_view value = text(row, column);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

qint64 LibpqResult::integer(int row, int column) const
{
    const std::string_view value = text(row, column);
    qint64 number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);
    return number;
}

bool LibpqResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

std::string_view LibpqResult::columnName(int column) const
{
    return PQfname(m_result.get(), column);
}

unsigned LibpqResult::columnType(int column) const
{
    return PQftype(m_result.get(), column);
}

} // namespace kumiko::db
