#include "domain/TenantHandlers.h"

#include "domain/AggregateWriter.h"
#include "domain/PayloadSchema.h"
#include "domain/WellKnownIds.h"

#include <QUuid>

namespace kumiko::domain {
namespace {

using nlohmann::json;
using Type = PayloadSchema::Type;

const QString kType = QStringLiteral("tenant");
const QString kTable = QStringLiteral("read_tenants");

// read_tenants.key is unique through a btree index, whose entries hold at most about 2.7 kB: a longer
// key failed deep in the write ("index row requires 10256 bytes") instead of with a clear error.
constexpr qsizetype kMaxKeyLength = 255;

Status validateCreate(const PayloadSchema& schema, const json& payload)
{
    if (Status shaped = schema.validate(payload); !shaped)
        return shaped;
    if (QString::fromStdString(payload["key"].get<std::string>()).size() > kMaxKeyLength)
        return Error::make(ErrorCode::InvalidPayload,
                           QStringLiteral("a tenant key has at most %1 characters").arg(kMaxKeyLength),
                           QStringLiteral("key"));
    return {};
}

QStringList writers()
{
    return {WellKnownIds::systemRole(), WellKnownIds::systemAdminRole()};
}

Result<HandlerOutcome> create(HandlerContext& context, const json& payload)
{
    QString id = AggregateWriter::text(payload, "id");
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Upstream files the stream under the acting session's tenant; the row tenant follows it.
    const QString stream =
        context.actor.tenantId.isEmpty() ? WellKnownIds::systemTenantId() : context.actor.tenantId;
    const json created = {
        {"key", payload["key"]}, {"name", payload["name"]}, {"status", "active"}, {"isEnabled", true}};
    json row = ReadRows::toColumns(created);
    row["tenant_id"] = stream.toStdString();
    return AggregateWriter::outcomeOf(
        AggregateWriter::create(context, kType, kTable, stream, id, created, row, QStringLiteral("key")),
        {{"id", id.toStdString()}});
}

Result<HandlerOutcome> change(HandlerContext& context, const QString& id, const json& changes)
{
    auto row = ReadRows::load(context.db, kTable, QStringLiteral("t.id = ?::uuid"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return AggregateWriter::notFound(QStringLiteral("tenant"), QStringLiteral("id"), id);
    return AggregateWriter::outcomeOf(AggregateWriter::update(context, kType, kTable, **row, changes),
                                      {{"id", id.toStdString()}});
}

} // namespace

void TenantHandlers::registerInto(HandlerRegistry& registry)
{
    const PayloadSchema createSchema = PayloadSchema()
                                           .optional(QStringLiteral("id"), Type::Uuid)
                                           .required(QStringLiteral("key"), Type::String)
                                           .required(QStringLiteral("name"), Type::String);
    registry.add({QStringLiteral("tenant:write:create"), writers(),
                  [createSchema](const json& p) { return validateCreate(createSchema, p); }, create});

    const PayloadSchema updateSchema =
        PayloadSchema()
            .required(QStringLiteral("id"), Type::Uuid)
            .object(QStringLiteral("changes"),
                    PayloadSchema().optional(QStringLiteral("name"), Type::String).nonEmpty());
    registry.add({QStringLiteral("tenant:write:update"), writers(),
                  [updateSchema](const json& p) { return updateSchema.validate(p); },
                  [](HandlerContext& context, const json& payload) {
                      return change(context, AggregateWriter::text(payload, "id"), payload["changes"]);
                  }});

    const PayloadSchema toggleSchema = PayloadSchema()
                                           .required(QStringLiteral("id"), Type::Uuid)
                                           .required(QStringLiteral("isEnabled"), Type::Boolean);
    registry.add({QStringLiteral("tenant:write:toggle-enabled"), writers(),
                  [toggleSchema](const json& p) { return toggleSchema.validate(p); },
                  [](HandlerContext& context, const json& payload) {
                      return change(context, AggregateWriter::text(payload, "id"),
                                    {{"isEnabled", payload["isEnabled"]}});
                  }});
}

} // namespace kumiko::domain
