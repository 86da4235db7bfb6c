#include "domain/MembershipHandlers.h"

#include "db/Sql.h"
#include "domain/AggregateWriter.h"
#include "domain/PayloadSchema.h"
#include "domain/WellKnownIds.h"

#include <QUuid>

namespace kumiko::domain {
namespace {

using nlohmann::json;
using Type = PayloadSchema::Type;

const QString kType = QStringLiteral("tenant-membership");
const QString kTable = QStringLiteral("read_tenant_memberships");

Result<HandlerOutcome> add(HandlerContext& context, const json& payload)
{
    const QString userId = AggregateWriter::text(payload, "userId");
    const QString tenantId = AggregateWriter::text(payload, "tenantId");
    auto rows =
        db::Sql::exec(context.db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM read_users WHERE id = ?::uuid), "
                                     "EXISTS (SELECT 1 FROM read_tenants WHERE id = ?::uuid), "
                                     "EXISTS (SELECT 1 FROM read_tenant_memberships WHERE user_id = ? AND "
                                     "tenant_id = ?::uuid)"),
                      {userId, tenantId, userId, tenantId});
    if (!rows)
        return rows.error();
    rows->next();
    if (!rows->value(0).toBool())
        return AggregateWriter::notFound(QStringLiteral("user"), QStringLiteral("userId"), userId);
    if (!rows->value(1).toBool())
        return AggregateWriter::notFound(QStringLiteral("tenant"), QStringLiteral("tenantId"), tenantId);
    if (rows->value(2).toBool())
        return Error::make(ErrorCode::DuplicateKey,
                           QStringLiteral("user %1 is already a member of tenant %2").arg(userId, tenantId),
                           QStringLiteral("userId"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const json created = {
        {"roles", payload["roles"].dump()}, {"userId", payload["userId"]}, {"tenantId", payload["tenantId"]}};
    return AggregateWriter::outcomeOf(
        AggregateWriter::create(context, kType, kTable, tenantId, id, created, ReadRows::toColumns(created)),
        {{"id", id.toStdString()}});
}

Result<std::optional<LoadedRow>> loadMembership(HandlerContext& context, const json& payload)
{
    const QString userId = AggregateWriter::text(payload, "userId");
    const QString tenantId = AggregateWriter::text(payload, "tenantId");
    auto row = ReadRows::load(context.db, kTable, QStringLiteral("t.user_id = ? AND t.tenant_id = ?::uuid"),
                              {userId, tenantId});
    if (row && !row->has_value())
        return AggregateWriter::notFound(QStringLiteral("membership of user %1 in tenant").arg(userId),
                                         QStringLiteral("userId"), tenantId);
    return row;
}

Result<HandlerOutcome> updateRoles(HandlerContext& context, const json& payload)
{
    auto row = loadMembership(context, payload);
    if (!row)
        return row.error();
    const LoadedRow& membership = **row;
    if (payload.contains("version") && payload["version"].get<int>() != membership.version)
        return Error::make(ErrorCode::VersionConflict,
                           QStringLiteral("membership %1 is at version %2, not %3")
                               .arg(membership.id)
                               .arg(membership.version)
                               .arg(payload["version"].get<int>()),
                           QStringLiteral("version"));
    return AggregateWriter::outcomeOf(
        AggregateWriter::update(context, kType, kTable, membership, {{"roles", payload["roles"].dump()}}),
        {{"id", membership.id.toStdString()}});
}

Result<HandlerOutcome> remove(HandlerContext& context, const json& payload)
{
    auto row = loadMembership(context, payload);
    if (!row)
        return row.error();
    return AggregateWriter::outcomeOf(AggregateWriter::remove(context, kType, kTable, **row),
                                      {{"id", (*row)->id.toStdString()}});
}

} // namespace

void MembershipHandlers::registerInto(HandlerRegistry& registry)
{
    const QStringList admins{WellKnownIds::systemAdminRole()};
    const PayloadSchema addSchema = PayloadSchema()
                                        .required(QStringLiteral("userId"), Type::Uuid)
                                        .required(QStringLiteral("tenantId"), Type::Uuid)
                                        .required(QStringLiteral("roles"), Type::Roles);
    registry.add({QStringLiteral("tenant:write:add-member"), admins,
                  [addSchema](const json& p) -> Status {
                      if (auto ok = addSchema.validate(p); !ok)
                          return ok;
                      if (p["roles"].empty())
                          return Error::make(ErrorCode::InvalidPayload,
                                             QStringLiteral("roles: at least one role is required"),
                                             QStringLiteral("roles"));
                      return {};
                  },
                  add});

    // `version` is our addition: callers that read the membership first can insist on that version.
    const PayloadSchema updateSchema = PayloadSchema()
                                           .required(QStringLiteral("userId"), Type::Uuid)
                                           .required(QStringLiteral("tenantId"), Type::Uuid)
                                           .required(QStringLiteral("roles"), Type::Roles)
                                           .optional(QStringLiteral("version"), Type::Integer);
    registry.add({QStringLiteral("tenant:write:update-member-roles"),
                  {WellKnownIds::systemRole(), WellKnownIds::systemAdminRole()},
                  [updateSchema](const json& p) { return updateSchema.validate(p); },
                  updateRoles});

    const PayloadSchema removeSchema = PayloadSchema()
                                           .required(QStringLiteral("userId"), Type::Uuid)
                                           .required(QStringLiteral("tenantId"), Type::Uuid);
    registry.add({QStringLiteral("tenant:write:remove-member"), admins,
                  [removeSchema](const json& p) { return removeSchema.validate(p); }, remove});
}

} // namespace kumiko::domain
