#include "eventstore/EventSearch.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "eventstore/EventStore.h"

namespace kumiko::es {

bool EventSearch::narrowedByIndex(const EventFilter& filter)
{
    const bool onlyKeyset = filter.type.isEmpty() && filter.aggregateType.isEmpty() &&
                            !filter.from.isValid() && !filter.to.isValid() &&
                            filter.payloadContains.isEmpty() && filter.payloadText.trimmed().isEmpty() &&
                            filter.correlationId.isEmpty();
    return !filter.tenantId.isEmpty() || !filter.tenantKey.isEmpty() || !filter.aggregateId.isEmpty() ||
           onlyKeyset;
}

Result<EventPage> EventSearch::page(const QSqlDatabase& db, const EventFilter& filter,
                                    const Progress& progress)
{
    if (!filter.newestFirst)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("event search pages are newest first"));
    // One snapshot for all windows; every statement planned for its values.
    return db::Transaction::searching(db, [&]() -> Result<EventPage> {
        return narrowedByIndex(filter) ? EventStore::read(db, filter) : scan(db, filter, progress);
    });
}

Result<EventPage> EventSearch::scan(const QSqlDatabase& db, const EventFilter& filter,
                                    const Progress& progress)
{
    auto bounds = db::Sql::exec(db, QStringLiteral("SELECT coalesce(min(id), 0), coalesce(max(id), 0) "
                                                   "FROM kumiko_events"));
    if (!bounds)
        return bounds.error();
    bounds->next();
    const qint64 lowest = bounds->value(0).toLongLong();
    const qint64 top = filter.beforeId != 0 ? filter.beforeId : bounds->value(1).toLongLong() + 1;
    const qint64 total = std::max<qint64>(top - lowest, 0);
    EventPage page;
    qint64 below = top; // the next window ends before this id
    qint64 window = kFirstWindow;
    while (below > lowest) {
        EventFilter part = filter;
        part.beforeId = below;
        part.afterId = std::max(below - window, lowest) - 1;
        part.limit = filter.limit - int(page.events.size());
        auto found = EventStore::read(db, part);
        if (!found)
            return found.error();
        page.events.insert(page.events.end(), found->events.begin(), found->events.end());
        below = part.afterId + 1;
        if (found->nextCursor != 0 || int(page.events.size()) >= filter.limit) {
            // The page is full; older matches may follow, the next page looks for them.
            page.nextCursor = page.events.back().id;
            return page;
        }
        if (progress && !progress(top - below, total))
            return Error::make(ErrorCode::QueryCanceled, QStringLiteral("the event search was cancelled"));
        window = std::min(window * 2, kLargestWindow);
    }
    return page; // the whole log is searched: nothing older
}

} // namespace kumiko::es
