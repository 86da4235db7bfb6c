#include "domain/UserHandlers.h"

#include "domain/AggregateWriter.h"
#include "domain/PayloadSchema.h"
#include "domain/WellKnownIds.h"

#include <QUuid>

namespace kumiko::domain {
namespace {

using nlohmann::json;
using Type = PayloadSchema::Type;

// read_users.email is unique through a btree index (entries of at most about 2.7 kB); RFC 5321 allows
// 254 characters. A 10 kB address failed in the index as database_error (tst_hostile_names).
constexpr qsizetype kMaxEmailLength = 254;

Status validateCreate(const PayloadSchema& schema, const json& payload)
{
    if (Status shaped = schema.validate(payload); !shaped)
        return shaped;
    if (QString::fromStdString(payload["email"].get<std::string>()).size() > kMaxEmailLength)
        return Error::make(ErrorCode::InvalidPayload,
                           QStringLiteral("an e-mail address has at most %1 characters").arg(kMaxEmailLength),
                           QStringLiteral("email"));
    return {};
}

const QString kType = QStringLiteral("user");
const QString kTable = QStringLiteral("read_users");

QStringList writers()
{
    return {WellKnownIds::systemRole(), WellKnownIds::systemAdminRole()};
}

// Upstream keeps user roles as JSON text; an array is accepted too and stored the same way.
json rolesText(const json& roles)
{
    return roles.is_array() ? json(roles.dump()) : json(json::parse(roles.get<std::string>()).dump());
}

// As upstream's user:create, `user.created` always says emailVerified false; a user created as
// verified (`emailVerified: true`, our extension for seeds and the console's own accounts) gets the
// `user.updated` that verifying would write, in the same transaction.
Result<HandlerOutcome> create(HandlerContext& context, const json& payload)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    json created = {{"email", payload["email"]},
                    {"displayName", payload["displayName"]},
                    {"roles", payload.contains("roles") ? rolesText(payload["roles"]) : json("[]")},
                    {"status", "active"},
                    {"emailVerified", false}};
    for (const char* optional : {"passwordHash", "locale", "timezone"}) {
        if (payload.contains(optional))
            created[optional] = payload[optional];
    }
    json row = ReadRows::toColumns(created);
    row["tenant_id"] = WellKnownIds::systemTenantId().toStdString();
    row["is_deleted"] = false;
    auto outcome = AggregateWriter::outcomeOf(AggregateWriter::create(context, kType, kTable,
                                                                      WellKnownIds::systemTenantId(), id,
                                                                      created, row, QStringLiteral("email")),
                                              {{"id", id.toStdString()}});
    if (!outcome || !payload.value("emailVerified", false))
        return outcome;
    auto loaded = ReadRows::load(context.db, kTable, QStringLiteral("t.id = ?::uuid"), {id});
    if (!loaded)
        return loaded.error();
    auto verified = AggregateWriter::update(context, kType, kTable, **loaded, {{"emailVerified", true}});
    if (!verified)
        return verified.error();
    outcome->events.push_back(std::move(verified).value());
    return outcome;
}

Result<HandlerOutcome> update(HandlerContext& context, const json& payload)
{
    const QString id = AggregateWriter::text(payload, "id");
    auto row = ReadRows::load(context.db, kTable, QStringLiteral("t.id = ?::uuid"), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return AggregateWriter::notFound(QStringLiteral("user"), QStringLiteral("id"), id);
    if (payload.contains("version") && payload["version"].get<int>() != (*row)->version)
        return Error::make(ErrorCode::VersionConflict,
                           QStringLiteral("user %1 is at version %2, not %3")
                               .arg(id)
                               .arg((*row)->version)
                               .arg(payload["version"].get<int>()),
                           QStringLiteral("version"));
    json changes = payload["changes"];
    if (changes.contains("roles"))
        changes["roles"] = rolesText(changes["roles"]);
    return AggregateWriter::outcomeOf(AggregateWriter::update(context, kType, kTable, **row, changes),
                                      {{"id", id.toStdString()}});
}

} // namespace

void UserHandlers::registerInto(HandlerRegistry& registry)
{
    const PayloadSchema createSchema = PayloadSchema()
                                           .required(QStringLiteral("email"), Type::String)
                                           .required(QStringLiteral("displayName"), Type::String)
                                           .optional(QStringLiteral("passwordHash"), Type::String)
                                           .optional(QStringLiteral("locale"), Type::String)
                                           .optional(QStringLiteral("timezone"), Type::String)
                                           .optional(QStringLiteral("roles"), Type::RolesText)
                                           .optional(QStringLiteral("emailVerified"), Type::Boolean);
    registry.add({QStringLiteral("user:write:user:create"), writers(),
                  [createSchema](const json& p) { return validateCreate(createSchema, p); }, create});

    const PayloadSchema changes = PayloadSchema()
                                      .optional(QStringLiteral("displayName"), Type::String)
                                      .optional(QStringLiteral("locale"), Type::String, true)
                                      .optional(QStringLiteral("timezone"), Type::String, true)
                                      .optional(QStringLiteral("emailVerified"), Type::Boolean)
                                      .optional(QStringLiteral("passwordHash"), Type::String, true)
                                      .optional(QStringLiteral("roles"), Type::RolesText)
                                      .optional(QStringLiteral("status"), Type::String)
                                      .nonEmpty();
    const PayloadSchema updateSchema = PayloadSchema()
                                           .required(QStringLiteral("id"), Type::Uuid)
                                           .optional(QStringLiteral("version"), Type::Integer)
                                           .object(QStringLiteral("changes"), changes);
    registry.add({QStringLiteral("user:write:user:update"), writers(),
                  [updateSchema](const json& p) { return updateSchema.validate(p); }, update});
}

} // namespace kumiko::domain
