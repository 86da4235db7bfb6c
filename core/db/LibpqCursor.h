#pragma once

#include "db/LibpqPipeline.h"

#include <optional>

namespace kumiko::db {

/// A server-side cursor read a batch at a time through a pipeline, never all rows at once, so a
/// reader of a whole table keeps flat memory. The next batch is asked for as soon as one arrives:
/// the server reads it while the caller works. Lives inside the caller's transaction.
class LibpqCursor
{
public:
    LibpqCursor(LibpqPipeline& pipeline, QString name, int batchRows);

    /// Declares the cursor for `select` (SQL from code) and asks for the first batch.
    Status open(const QString& select);
    /// The next batch; after one with fewer than batchRows rows, done() is true.
    Result<LibpqResult> fetch();
    bool done() const { return m_done; }

private:
    Status request();

    LibpqPipeline& m_pipeline;
    QString m_name;
    int m_batchRows;
    std::optional<LibpqPipeline::Ticket> m_requested;
    bool m_done = false;
};

} // namespace kumiko::db
