#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace kumiko::db {

/// What a cheap poll sees of other writers: the newest event id and how many seed migrations are
/// marked, so writes by a server that does not NOTIFY are still noticed.
struct ChangeMarker
{
    qint64 newestEventId = 0;
    qint64 esOperations = 0;

    /// An index lookup on kumiko_events and a count of the (small) marker table; never scans events.
    static Result<ChangeMarker> read(const QSqlDatabase& db);
};

} // namespace kumiko::db
