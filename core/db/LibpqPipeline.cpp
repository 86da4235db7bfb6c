#include "db/LibpqPipeline.h"

#include "db/LibpqHandle.h"

#include <cerrno>
#include <libpq-fe.h>
#include <poll.h>

namespace kumiko::db {

LibpqPipeline::LibpqPipeline(const QSqlDatabase& db)
    : m_db(db)
{}

LibpqPipeline::~LibpqPipeline()
{
    (void)close();
}

Status LibpqPipeline::open()
{
    PGconn* connection = LibpqHandle::of(m_db);
    if (!connection)
        return Error::make(ErrorCode::ConnectionLost, QStringLiteral("no open PostgreSQL connection"));
    // An empty statement discards what Qt's driver left unread and ends the single-row mode it may
    // have set, which pipeline mode would otherwise apply to the first statement sent.
    LibpqResult reset(PQexec(connection, ""));
    if (PQresultStatus(reset.handle()) != PGRES_EMPTY_QUERY)
        return LibpqResult::failure(connection, reset.handle(), QString());
    if (PQenterPipelineMode(connection) != 1)
        return LibpqResult::failure(connection, nullptr, QString());
    m_connection = connection;
    return {};
}

Result<LibpqPipeline::Ticket> LibpqPipeline::send(const QString& statement,
                                                  const std::vector<std::string>& parameters)
{
    if (!m_connection)
        return Error::make(ErrorCode::ConnectionLost, QStringLiteral("the pipeline is not open"));
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const std::string& parameter : parameters)
        values.push_back(parameter.c_str());
    if (PQsendQueryParams(m_connection, statement.toUtf8().constData(), int(values.size()), nullptr,
                          values.data(), nullptr, nullptr, 0) != 1 ||
        PQpipelineSync(m_connection) != 1)
        return LibpqResult::failure(m_connection, nullptr, statement);
    m_outstanding.push_back(statement);
    return ++m_sent;
}

Result<LibpqResult> LibpqPipeline::receive(Ticket ticket)
{
    keepUntil(ticket);
    const auto kept = m_kept.find(ticket);
    if (kept == m_kept.end())
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("a pipeline result was received twice"));
    Result<LibpqResult> result = std::move(kept->second);
    m_kept.erase(kept);
    return result;
}

Result<LibpqResult> LibpqPipeline::exec(const QString& statement, const std::vector<std::string>& parameters)
{
    keepUntil(m_sent);
    auto ticket = send(statement, parameters);
    if (!ticket)
        return ticket.error();
    return receive(ticket.value());
}

Status LibpqPipeline::close()
{
    if (!m_connection)
        return {};
    while (m_read < m_sent)
        (void)readNext();
    m_kept.clear();
    PGconn* connection = m_connection;
    m_connection = nullptr;
    if (PQexitPipelineMode(connection) != 1)
        return LibpqResult::failure(connection, nullptr, QString());
    return {};
}

// Takes in what the server sends until a result is complete, asking once a second whether it is
// still wanted.
void LibpqPipeline::await()
{
    constexpr int kAskEveryMs = 1000;
    bool cancelled = false;
    while (PQisBusy(m_connection)) {
        pollfd socket{PQsocket(m_connection), POLLIN, 0};
        const int ready = ::poll(&socket, 1, kAskEveryMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0 || (ready > 0 && PQconsumeInput(m_connection) != 1))
            return; // the connection broke: PQgetResult() says how
        if (ready == 0 && !cancelled && m_stillWanted && !m_stillWanted()) {
            cancelRunning();
            cancelled = true;
        }
    }
}

void LibpqPipeline::cancelRunning()
{
    PGcancel* cancel = PQgetCancel(m_connection);
    if (!cancel)
        return;
    char error[256];
    PQcancel(cancel, error, int(sizeof error));
    PQfreeCancel(cancel);
}

// Reads the results up to `ticket`'s and keeps them for their receivers.
void LibpqPipeline::keepUntil(Ticket ticket)
{
    while (m_read < ticket) {
        const Ticket next = m_read + 1;
        m_kept.emplace(next, readNext());
    }
}

// One statement's result, then the end of its results and its sync point.
Result<LibpqResult> LibpqPipeline::readNext()
{
    ++m_read;
    const QString statement = m_outstanding.front();
    m_outstanding.pop_front();
    await();
    LibpqResult result(PQgetResult(m_connection));
    if (!result.handle())
        return LibpqResult::failure(m_connection, nullptr, statement);
    while (PGresult* more = PQgetResult(m_connection))
        PQclear(more);
    PQclear(PQgetResult(m_connection)); // the sync point
    if (!result.succeeded())
        return LibpqResult::failure(m_connection, result.handle(), statement);
    return result;
}

} // namespace kumiko::db
