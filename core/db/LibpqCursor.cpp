#include "db/LibpqCursor.h"

namespace kumiko::db {

LibpqCursor::LibpqCursor(LibpqPipeline& pipeline, QString name, int batchRows)
    : m_pipeline(pipeline)
    , m_name(std::move(name))
    , m_batchRows(batchRows)
{}

Status LibpqCursor::open(const QString& select)
{
    auto declared = m_pipeline.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(m_name, select));
    if (!declared)
        return declared.error();
    return request();
}

Result<LibpqResult> LibpqCursor::fetch()
{
    if (!m_requested) {
        if (Status requested = request(); !requested)
            return requested.error();
    }
    auto batch = m_pipeline.receive(*m_requested);
    m_requested.reset();
    if (!batch)
        return batch;
    m_done = batch->rows() < m_batchRows;
    if (!m_done) {
        if (Status requested = request(); !requested)
            return requested.error();
    }
    return batch;
}

Status LibpqCursor::request()
{
    auto ticket = m_pipeline.send(QStringLiteral("FETCH %1 FROM %2").arg(m_batchRows).arg(m_name));
    if (!ticket)
        return ticket.error();
    m_requested = ticket.value();
    return {};
}

} // namespace kumiko::db
