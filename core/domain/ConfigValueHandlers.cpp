#include "domain/ConfigValueHandlers.h"

#include "db/Sql.h"
#include "domain/AggregateWriter.h"
#include "domain/PayloadSchema.h"
#include "domain/WellKnownIds.h"

#include <QUuid>

namespace kumiko::domain {
namespace {

using nlohmann::json;
using Type = PayloadSchema::Type;

const QString kType = QStringLiteral("config-value");
const QString kTable = QStringLiteral("read_config_values");

QStringList writers()
{
    return {WellKnownIds::systemRole(), WellKnownIds::systemAdminRole(), WellKnownIds::tenantAdminRole()};
}

Error invalid(const QString& field, const QString& reason)
{
    return Error::make(ErrorCode::InvalidPayload, QStringLiteral("%1: %2").arg(field, reason), field);
}

// Where the value lives: scope, row tenant and user, from the payload and the acting session.
Result<ConfigWrite> target(const HandlerContext& context, const json& payload)
{
    ConfigWrite write;
    write.key = AggregateWriter::text(payload, "key");
    const QString scopeName = AggregateWriter::text(payload, "scope");
    const QString tenantId = AggregateWriter::text(payload, "tenantId");
    const QString userId = AggregateWriter::text(payload, "userId");
    const std::optional<config::Scope> scope = !scopeName.isEmpty() ? config::ConfigKey::parseScope(scopeName)
                                               : userId.isEmpty()   ? config::Scope::Tenant
                                                                    : config::Scope::User;
    if (!scope)
        return invalid(QStringLiteral("scope"), QStringLiteral("must be system, tenant or user"));
    write.scope = *scope;
    switch (write.scope) {
    case config::Scope::System:
        if (!tenantId.isEmpty())
            return invalid(QStringLiteral("tenantId"), QStringLiteral("not allowed for system scope"));
        if (!userId.isEmpty())
            return invalid(QStringLiteral("userId"), QStringLiteral("not allowed for system scope"));
        write.tenantId = WellKnownIds::systemTenantId();
        break;
    case config::Scope::Tenant:
        if (!userId.isEmpty())
            return invalid(QStringLiteral("userId"), QStringLiteral("not allowed for tenant scope"));
        write.tenantId = tenantId.isEmpty() ? context.actor.tenantId : tenantId;
        break;
    case config::Scope::User:
        write.tenantId = tenantId.isEmpty() ? context.actor.tenantId : tenantId;
        write.userId = userId.isEmpty() ? context.actor.userId : userId;
        break;
    }
    if (write.tenantId.isEmpty())
        write.tenantId = WellKnownIds::systemTenantId();
    const bool privileged =
        context.actor.hasAnyRole({WellKnownIds::systemRole(), WellKnownIds::systemAdminRole()});
    if (!privileged && write.tenantId != context.actor.tenantId)
        return Error::make(ErrorCode::AccessDenied,
                           QStringLiteral("a tenant admin may only change values of their own tenant"),
                           QStringLiteral("tenantId"));
    write.value = payload.value("value", json());
    return write;
}

Result<std::optional<LoadedRow>> loadValue(const HandlerContext& context, const ConfigWrite& write)
{
    const QVariant user =
        write.userId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(write.userId);
    return ReadRows::load(
        context.db, kTable,
        QStringLiteral("t.key = ? AND t.tenant_id = ?::uuid AND t.user_id IS NOT DISTINCT FROM ?::text"),
        {write.key, write.tenantId, user});
}

Result<HandlerOutcome> set(HandlerContext& context, const json& payload)
{
    auto write = target(context, payload);
    if (!write)
        return write.error();
    if (const ConfigValidator& validator = context.registry.configValidator()) {
        if (auto ok = validator(*write); !ok)
            return ok.error();
    }
    QString stored = QString::fromStdString(write->value.dump());
    if (const ConfigValueEncoder& encoder = context.registry.configValueEncoder()) {
        auto encoded = encoder(*write);
        if (!encoded)
            return encoded.error();
        stored = *encoded;
    }
    if (auto locked = db::Sql::run(context.db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                   {ConfigValueHandlers::rowLockKey});
        !locked)
        return locked.error();
    auto existing = loadValue(context, *write);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return AggregateWriter::outcomeOf(
            AggregateWriter::update(context, kType, kTable, **existing, {{"value", stored.toStdString()}}),
            {{"id", (*existing)->id.toStdString()}});
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const json created = {{"key", write->key.toStdString()},
                          {"value", stored.toStdString()},
                          {"userId", write->userId.isEmpty() ? json() : json(write->userId.toStdString())},
                          {"tenantId", write->tenantId.toStdString()}};
    const QString stream =
        context.actor.tenantId.isEmpty() ? WellKnownIds::systemTenantId() : context.actor.tenantId;
    return AggregateWriter::outcomeOf(
        AggregateWriter::create(context, kType, kTable, stream, id, created, ReadRows::toColumns(created)),
        {{"id", id.toStdString()}});
}

Result<HandlerOutcome> reset(HandlerContext& context, const json& payload)
{
    auto write = target(context, payload);
    if (!write)
        return write.error();
    auto existing = loadValue(context, *write);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return AggregateWriter::notFound(QStringLiteral("config value"), QStringLiteral("key"), write->key);
    return AggregateWriter::outcomeOf(AggregateWriter::remove(context, kType, kTable, **existing),
                                      {{"id", (*existing)->id.toStdString()}});
}

PayloadSchema targetSchema()
{
    return PayloadSchema()
        .required(QStringLiteral("key"), Type::String)
        .optional(QStringLiteral("scope"), Type::String)
        .optional(QStringLiteral("tenantId"), Type::Uuid, true)
        .optional(QStringLiteral("userId"), Type::String, true);
}

} // namespace

void ConfigValueHandlers::registerInto(HandlerRegistry& registry)
{
    const PayloadSchema setSchema = targetSchema().required(QStringLiteral("value"), Type::Any);
    registry.add({QStringLiteral("config:write:set"), writers(),
                  [setSchema](const json& p) { return setSchema.validate(p); }, set});
    const PayloadSchema resetSchema = targetSchema();
    registry.add({QStringLiteral("config:write:reset"), writers(),
                  [resetSchema](const json& p) { return resetSchema.validate(p); }, reset});
}

} // namespace kumiko::domain
