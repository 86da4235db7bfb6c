#pragma once

#include "common/Result.h"
#include "eventstore/EventTypes.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace kumiko::es {

/// Writes every event a filter matches to a device, oldest first, as JSON Lines (one event per line,
/// the columns of kumiko_events) or CSV (a header line, JSON in the payload and metadata columns),
/// secret payload members masked. Reads keyset pages, so memory stays flat however many there are.
/// The console's *Export…* and `kumiko events export` both run it.
class EventExport
{
public:
    enum class Format
    {
        JsonLines,
        Csv,
    };
    /// "jsonl" or "csv"; nullopt for anything else.
    static std::optional<Format> parseFormat(const QString& name);

    /// After each page: events written so far; false stops the export there.
    using Progress = std::function<bool(qint64 written)>;

    /// `filter`'s order, cursors and limit are its own. Returns how many events were written.
    /// Errors: the filter's (`invalid_filter`), the database's, `write_failed`.
    static Result<qint64> run(const QSqlDatabase& db, EventFilter filter, Format format, QIODevice& out,
                              const Progress& progress = {});
};

} // namespace kumiko::es
