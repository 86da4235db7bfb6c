#pragma once

#include "common/Result.h"
#include "domain/HandlerRegistry.h"
#include "domain/ReadRows.h"

namespace kumiko::domain {

/// Appends upstream-shaped created / updated / deleted events and applies them to the read row.
class AggregateWriter
{
public:
    /// `<type>.created` at version 1 in `streamTenant`; the row gets `rowColumns` (snake_case, incl.
    /// tenant_id). `uniqueColumn` (optional) → `duplicate_key` when already taken.
    static Result<es::StoredEvent> create(HandlerContext& context, const QString& aggregateType,
                                          const QString& table, const QString& streamTenant,
                                          const QString& id, const nlohmann::json& payload,
                                          const nlohmann::json& rowColumns, const QString& uniqueColumn = {});
    /// `<type>.updated` {changes, previous} after the row's version in the aggregate's own stream;
    /// `changes` are camelCase members encoded as stored.
    static Result<es::StoredEvent> update(HandlerContext& context, const QString& aggregateType,
                                          const QString& table, const LoadedRow& row,
                                          const nlohmann::json& changes);
    /// `<type>.deleted` {previous}; removes the row.
    static Result<es::StoredEvent> remove(HandlerContext& context, const QString& aggregateType,
                                          const QString& table, const LoadedRow& row);

    /// The outcome of a handler that appended `event` (or the append's error).
    static Result<HandlerOutcome> outcomeOf(Result<es::StoredEvent> event, nlohmann::json result);
    /// `not_found` naming the payload member that pointed nowhere.
    static Error notFound(const QString& what, const QString& field, const QString& value);
    /// A string member of a validated payload; empty when absent or null.
    static QString text(const nlohmann::json& payload, const char* member);

    /// {"userId": …} plus correlationId when the actor carries one.
    static nlohmann::json metadataFor(const Actor& actor);
};

} // namespace kumiko::domain
