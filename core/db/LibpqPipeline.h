#pragma once

#include "db/LibpqResult.h"

#include <QSqlDatabase>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

struct pg_conn;

namespace kumiko::db {

/// Statements sent ahead on one connection (libpq's pipeline mode): the server works on the next
/// batch of a cursor while the client handles the last one. Results arrive in the order the
/// statements were sent; one received out of turn is kept for its receiver.
class LibpqPipeline
{
public:
    using Ticket = quint64;

    explicit LibpqPipeline(const QSqlDatabase& db);
    ~LibpqPipeline();
    LibpqPipeline(const LibpqPipeline&) = delete;
    LibpqPipeline& operator=(const LibpqPipeline&) = delete;

    /// Enters pipeline mode on `db` (QPSQL); results Qt's driver left unread are discarded first.
    Status open();
    /// Called about once a second while a result is awaited (a statement that sorts a whole table
    /// answers late); returning false cancels the running statement, whose result is then the
    /// error `query_canceled`.
    void setWaiting(std::function<bool()> stillWanted) { m_stillWanted = std::move(stillWanted); }
    /// Sends `statement` (SQL from code, `parameters` bound as text to $1, $2, …) without waiting.
    Result<Ticket> send(const QString& statement, const std::vector<std::string>& parameters = {});
    /// The result of a statement sent before.
    Result<LibpqResult> receive(Ticket ticket);
    /// Sends and receives. Everything outstanding is read first: a large statement never waits on
    /// a server that waits on the client to read.
    Result<LibpqResult> exec(const QString& statement, const std::vector<std::string>& parameters = {});
    /// Reads what is outstanding and leaves pipeline mode, so Qt's driver can use the connection.
    Status close();

private:
    void keepUntil(Ticket ticket);
    void await();
    void cancelRunning();
    Result<LibpqResult> readNext();

    const QSqlDatabase& m_db;
    pg_conn* m_connection = nullptr;
    Ticket m_sent = 0;
    Ticket m_read = 0;
    std::deque<QString> m_outstanding; ///< statements sent and not read yet, oldest first
    std::map<Ticket, Result<LibpqResult>> m_kept;
    std::function<bool()> m_stillWanted;
};

} // namespace kumiko::db
