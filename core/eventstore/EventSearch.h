#pragma once

#include "common/Result.h"
#include "eventstore/EventTypes.h"

#include <QSqlDatabase>
#include <functional>

namespace kumiko::es {

/// The console's page of events for a filter, newest first, on a log of any size. A filter an index
/// narrows (a tenant, an aggregate, or none) is one query; any other (event type, aggregate type, time)
/// is read in windows of ids, newest first and growing, so a page of a frequent type comes after the
/// first window and a rare one reports how far it got and can be cancelled between windows.
class EventSearch
{
public:
    /// Called after each window with the ids scanned so far and the ids there are in all; returning
    /// false cancels the search.
    using Progress = std::function<bool(qint64 scanned, qint64 total)>;

    static constexpr qint64 kFirstWindow = 20000;
    static constexpr qint64 kLargestWindow = 1000000;

    /// `filter` must be newest first. Errors: `query_canceled` when `progress` cancelled; the database's.
    static Result<EventPage> page(const QSqlDatabase& db, const EventFilter& filter,
                                  const Progress& progress = {});
    /// Whether an index narrows `filter`, so that it needs no scan in windows.
    static bool narrowedByIndex(const EventFilter& filter);

private:
    static Result<EventPage> scan(const QSqlDatabase& db, const EventFilter& filter,
                                  const Progress& progress);
};

} // namespace kumiko::es
