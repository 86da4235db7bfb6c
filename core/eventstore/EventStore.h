#pragma once

#include "common/Result.h"
#include "db/SqlRows.h"
#include "eventstore/EventTypes.h"

#include <QSqlDatabase>
#include <optional>
#include <string_view>

namespace kumiko::es {

/// Appends to and reads kumiko_events with optimistic concurrency, in the caller's transaction.
///
/// Every append also runs `pg_notify('kumiko_events_new', '')` in the same transaction (PostgreSQL
/// folds duplicates and delivers at commit). Error codes: `version_conflict` (expected version not the
/// stream head, or a concurrent writer won), `idempotency_conflict` (metadata.idempotencyKey reused in the
/// tenant), `duplicate_key` (ReadRowEffect::uniqueColumn already taken; field = that column).
/// A concurrent race that trips a unique index surfaces as `version_conflict` and aborts the caller's
/// transaction (PostgreSQL semantics), as does any failure of appendNewStreams; all other failures
/// leave the transaction usable.
class EventStore
{
public:
    /// Appends one event and applies `effect` to its read table in ONE statement (one round trip).
    /// Returns the stored event (id, version, created_at, created_by filled in).
    static Result<StoredEvent> append(const QSqlDatabase& db, const NewEvent& event,
                                      const ReadRowEffect& effect = {});

    /// Set-based append of many new streams (version 1) of one aggregate type, with their rows in
    /// `readTable`: two COPYs (events, rows) in the caller's transaction, or in one of its own.
    /// Every stream must be new and name the same row columns; a stream that exists already fails
    /// the whole batch with `version_conflict`.
    static Result<BatchAppendResult> appendNewStreams(const QSqlDatabase& db, const QString& aggregateType,
                                                      const QString& readTable,
                                                      const std::vector<NewStream>& streams);

    /// All events of the stream (tenantId, aggregateId), by version.
    static Result<std::vector<StoredEvent>> loadStream(const QSqlDatabase& db, const QString& tenantId,
                                                       const QString& aggregateId);

    /// The version-1 event of an aggregate in any tenant (lowest id), to find its stream tenant.
    static Result<std::optional<StoredEvent>> firstEvent(const QSqlDatabase& db, const QString& aggregateId);

    /// Highest version of the stream (tenantId, aggregateId); 0 when it does not exist.
    static Result<int> streamVersion(const QSqlDatabase& db, const QString& tenantId,
                                     const QString& aggregateId);

    /// One keyset page of events (by id, never OFFSET).
    static Result<EventPage> read(const QSqlDatabase& db, const EventFilter& filter);

    /// The select list fromRow() reads, for statements that read whole events.
    static QString selectColumns();
    /// The event in the current row of a statement that selected selectColumns().
    static StoredEvent fromRow(const db::SqlRows& rows);
    /// A stored payload or metadata: older upstream versions stored them double-encoded (a jsonb
    /// string holding JSON text); null when it is no JSON.
    static nlohmann::json parseStoredJson(std::string_view stored);
};

} // namespace kumiko::es
