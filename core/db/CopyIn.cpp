#include "db/CopyIn.h"

#include "db/LibpqHandle.h"
#include "db/LibpqResult.h"
#include "db/SqlIdentifier.h"

#include <libpq-fe.h>
#include <memory>

namespace kumiko::db {
namespace {

constexpr qsizetype kChunk = 1 << 20;

struct ResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// Reads the results of the command until libpq is idle again; the first failure wins.
Status finish(PGconn* connection, const QString& context)
{
    Status status;
    while (ResultPtr result{PQgetResult(connection)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && status)
            status = LibpqResult::failure(connection, result.get(), context);
    }
    return status;
}

} // namespace

CopyIn::CopyIn(QString table, QStringList columns)
    : m_table(std::move(table))
    , m_columns(std::move(columns))
{}

void CopyIn::field(std::string_view text)
{
    if (m_fieldsInRow++ > 0)
        m_data += '\t';
    for (const char c : text) {
        switch (c) {
        case '\\':
            m_data += "\\\\";
            break;
        case '\t':
            m_data += "\\t";
            break;
        case '\n':
            m_data += "\\n";
            break;
        case '\r':
            m_data += "\\r";
            break;
        default:
            m_data += c;
        }
    }
}

void CopyIn::field(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    field(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void CopyIn::null()
{
    if (m_fieldsInRow++ > 0)
        m_data += '\t';
    m_data += "\\N";
}

void CopyIn::endRow()
{
    m_data += '\n';
    m_fieldsInRow = 0;
    ++m_rows;
}

QString CopyIn::statement() const
{
    return QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, m_columns.join(QStringLiteral(", ")));
}

Status CopyIn::send(const QSqlDatabase& db) const
{
    if (auto plain = SqlIdentifier::check(QStringList(m_columns) << m_table); !plain)
        return plain;
    if (m_fieldsInRow != 0)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("COPY into %1: the last row was not ended").arg(m_table));
    PGconn* connection = LibpqHandle::of(db);
    const QString context = statement();
    if (!connection)
        return Error::make(ErrorCode::ConnectionLost, QStringLiteral("no open PostgreSQL connection"));
    ResultPtr started{PQexec(connection, context.toUtf8().constData())};
    if (PQresultStatus(started.get()) != PGRES_COPY_IN) {
        Error e = LibpqResult::failure(connection, started.get(), context);
        started.reset();
        (void)finish(connection, context);
        return e;
    }
    started.reset();
    for (qsizetype offset = 0; offset < qsizetype(m_data.size()); offset += kChunk) {
        const int length = int(std::min<qsizetype>(kChunk, qsizetype(m_data.size()) - offset));
        if (PQputCopyData(connection, m_data.data() + offset, length) != 1) {
            PQputCopyEnd(connection, "client could not send the rows");
            (void)finish(connection, context);
            return LibpqResult::failure(connection, nullptr, context);
        }
    }
    if (PQputCopyEnd(connection, nullptr) != 1)
        return LibpqResult::failure(connection, nullptr, context);
    return finish(connection, context);
}

} // namespace kumiko::db
