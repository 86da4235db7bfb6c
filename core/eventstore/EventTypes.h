#pragma once

#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace kumiko::es {

/// One event to append to the stream (tenantId, aggregateId).
struct NewEvent
{
    QString tenantId;        ///< stream tenant (kumiko_events.tenant_id)
    QString aggregateId;     ///< uuid text
    QString aggregateType;   ///< e.g. "tenant-membership"
    int expectedVersion = 0; ///< 0 = create the stream (version 1); n = append n+1 after version n
    QString type;            ///< e.g. "tenant-membership.updated"
    nlohmann::json payload = nlohmann::json::object();
    nlohmann::json metadata = nlohmann::json::object(); ///< at least {"userId": …}; created_by = userId
};

/// What applying an event does to its read table, executed in the same statement as the append.
///
/// Table and column names come from code, never from input; values are bound as one JSON object
/// whose keys are snake_case column names.
struct ReadRowEffect
{
    enum class Kind
    {
        None,   ///< the event has no read row
        Insert, ///< insert the row; id, version, inserted_at, inserted_by_id come from the event
        Update, ///< set the given columns; version, modified_at, modified_by_id come from the event
        Delete, ///< remove the row with id = aggregate id
    };
    Kind kind = Kind::None;
    QString table;                                     ///< e.g. "read_tenants"
    nlohmann::json columns = nlohmann::json::object(); ///< Insert: every entity column; Update: changed ones
    QString uniqueColumn; ///< Insert only: append nothing (→ `duplicate_key`) if a row has this value already
    int expectedRowVersion = 0; ///< Update/Delete: append only while the row is at this version (0: any)
};

/// A stored event as read back from kumiko_events.
struct StoredEvent
{
    qint64 id = 0;
    QString aggregateId;
    QString aggregateType;
    QString tenantId;
    int version = 0;
    QString type;
    int eventVersion = 1;
    nlohmann::json payload;
    nlohmann::json metadata;
    QDateTime createdAt; ///< UTC, millisecond precision
    QString createdBy;

    nlohmann::json toJson() const; ///< snake_case members as in the table, created_at ISO 8601 UTC
};

/// A new stream (version 1) with the read row its created event produces, for batch appends.
struct NewStream
{
    QString tenantId;
    QString aggregateId;
    QString type; ///< e.g. "config-value.created"
    nlohmann::json payload;
    nlohmann::json metadata;   ///< {"userId": …}; created_by = userId
    nlohmann::json rowColumns; ///< snake_case entity columns incl. tenant_id (base columns are filled in)
};

/// Result of a batch append: the aggregate ids that were appended, in input order.
struct BatchAppendResult
{
    std::vector<QString> appendedIds;
};

/// Filters for reading pages of events; empty members do not filter.
struct EventFilter
{
    QString aggregateType;
    QString type;
    QString tenantId;  ///< a tenant's id
    QString tenantKey; ///< or its key
    QString aggregateId;
    QString correlationId; ///< metadata.correlationId: one command, console action or migration
    /// A JSON object the payload must contain (`@>`), e.g. {"email":"a@b.c"}; `invalid_filter` when
    /// it is no JSON object.
    QString payloadContains;
    /// `key=value`: that member of the payload (or of its changes or previous row) has that text
    /// value; other text: the payload's JSON text contains it (case-insensitive).
    QString payloadText;
    QDateTime from;     ///< inclusive
    QDateTime to;       ///< exclusive
    qint64 afterId = 0; ///< keyset: only ids above it; ascending pages start after this id
    qint64 beforeId =
        0; ///< keyset: only ids below it; descending pages start before it (0 = from the newest)
    bool newestFirst = false;
    int limit = 100;
};

/// One page of events; nextCursor is the id to pass as afterId/beforeId for the next page (0 = no more).
struct EventPage
{
    std::vector<StoredEvent> events;
    qint64 nextCursor = 0;
};

} // namespace kumiko::es
