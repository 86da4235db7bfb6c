#include "domain/AggregateWriter.h"

#include "eventstore/EventStore.h"

namespace kumiko::domain {
namespace {

using nlohmann::json;

es::NewEvent eventAfter(HandlerContext& context, const QString& aggregateType, const LoadedRow& row,
                        const QString& verb, json payload)
{
    es::NewEvent event;
    // A row without events was not written through events; its stream is assumed to be the row
    // tenant, so the append fails with version_conflict instead of inventing a stream. Otherwise the
    // event follows the aggregate's newest one, in that event's stream, never starting a fork.
    const bool hasEvents = !row.streamTenant.isEmpty();
    event.tenantId =
        hasEvents ? row.streamTenant : QString::fromStdString(row.previous.value("tenantId", std::string()));
    event.aggregateId = row.id;
    event.aggregateType = aggregateType;
    event.expectedVersion = hasEvents ? row.streamVersion : row.version;
    event.type = aggregateType + verb;
    event.payload = std::move(payload);
    event.metadata = AggregateWriter::metadataFor(context.actor);
    return event;
}

} // namespace

Result<HandlerOutcome> AggregateWriter::outcomeOf(Result<es::StoredEvent> event, json result)
{
    if (!event)
        return event.error();
    HandlerOutcome outcome;
    outcome.events.push_back(std::move(event).value());
    outcome.result = std::move(result);
    return outcome;
}

Error AggregateWriter::notFound(const QString& what, const QString& field, const QString& value)
{
    return Error::make(ErrorCode::NotFound, QStringLiteral("%1 %2 does not exist").arg(what, value), field);
}

QString AggregateWriter::text(const json& payload, const char* member)
{
    const auto it = payload.find(member);
    return it != payload.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
}

json AggregateWriter::metadataFor(const Actor& actor)
{
    json metadata = {{"userId", actor.userId.toStdString()}};
    if (!actor.correlationId.isEmpty())
        metadata["correlationId"] = actor.correlationId.toStdString();
    if (!actor.reason.isEmpty())
        metadata["reason"] = actor.reason.toStdString();
    return metadata;
}

Result<es::StoredEvent> AggregateWriter::create(HandlerContext& context, const QString& aggregateType,
                                                const QString& table, const QString& streamTenant,
                                                const QString& id, const json& payload,
                                                const json& rowColumns, const QString& uniqueColumn)
{
    es::NewEvent event;
    event.tenantId = streamTenant;
    event.aggregateId = id;
    event.aggregateType = aggregateType;
    event.expectedVersion = 0;
    event.type = aggregateType + QStringLiteral(".created");
    event.payload = payload;
    event.metadata = metadataFor(context.actor);
    es::ReadRowEffect effect;
    effect.kind = es::ReadRowEffect::Kind::Insert;
    effect.table = table;
    effect.columns = rowColumns;
    effect.uniqueColumn = uniqueColumn;
    return es::EventStore::append(context.db, event, effect);
}

Result<es::StoredEvent> AggregateWriter::update(HandlerContext& context, const QString& aggregateType,
                                                const QString& table, const LoadedRow& row,
                                                const json& changes)
{
    const es::NewEvent event = eventAfter(context, aggregateType, row, QStringLiteral(".updated"),
                                          {{"changes", changes}, {"previous", row.previous}});
    es::ReadRowEffect effect;
    effect.kind = es::ReadRowEffect::Kind::Update;
    effect.table = table;
    effect.columns = ReadRows::toColumns(changes);
    effect.expectedRowVersion = row.version;
    return es::EventStore::append(context.db, event, effect);
}

Result<es::StoredEvent> AggregateWriter::remove(HandlerContext& context, const QString& aggregateType,
                                                const QString& table, const LoadedRow& row)
{
    const es::NewEvent event =
        eventAfter(context, aggregateType, row, QStringLiteral(".deleted"), {{"previous", row.previous}});
    es::ReadRowEffect effect;
    effect.kind = es::ReadRowEffect::Kind::Delete;
    effect.table = table;
    effect.expectedRowVersion = row.version;
    return es::EventStore::append(context.db, event, effect);
}

} // namespace kumiko::domain
