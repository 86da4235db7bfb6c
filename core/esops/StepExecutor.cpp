#include "esops/StepExecutor.h"

#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "db/Sql.h"
#include "domain/WellKnownIds.h"

namespace kumiko::esops {
namespace {

using db::Sql;
using domain::Actor;
using domain::WellKnownIds;
using nlohmann::json;

json jsonText(const QString& text)
{
    return json(text.toStdString());
}

json rolesJson(const QStringList& roles)
{
    json array = json::array();
    for (const QString& role : roles)
        array.push_back(role.toStdString());
    return array;
}

Result<QStringList> storedRoles(const QString& text)
{
    const json parsed = json::parse(text.toStdString(), nullptr, false);
    QStringList roles;
    if (parsed.is_array()) {
        for (const json& role : parsed) {
            if (role.is_string())
                roles.append(QString::fromStdString(role.get<std::string>()));
        }
        return roles;
    }
    return Error::make(ErrorCode::InvalidState,
                       QStringLiteral("stored membership roles are not a JSON array"),
                       QStringLiteral("roles"));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

QString StepReport::actionName(StepAction action)
{
    switch (action) {
    case StepAction::Create:
        return QStringLiteral("create");
    case StepAction::Update:
        return QStringLiteral("update");
    case StepAction::Delete:
        return QStringLiteral("delete");
    case StepAction::Unchanged:
        return QStringLiteral("unchanged");
    case StepAction::Write:
        return QStringLiteral("write");
    }
    return {};
}

StepExecutor::StepExecutor(const QSqlDatabase& db, const SeedServices& services, Actor actor,
                           QProcessEnvironment env)
    : m_db(db)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_env(std::move(env))
{}

Result<StepReport> StepExecutor::run(const SeedStep& step)
{
    m_events.clear();
    Result<StepAction> action = Error{};
    switch (step.op) {
    case StepOp::TenantEnsure:
        action = tenantEnsure(step);
        break;
    case StepOp::UserEnsure:
        action = userEnsure(step);
        break;
    case StepOp::MembershipEnsure:
        action = membershipEnsure(step);
        break;
    case StepOp::MembershipAddRoles:
        action = membershipRoles(step, true);
        break;
    case StepOp::MembershipRemoveRoles:
        action = membershipRoles(step, false);
        break;
    case StepOp::ConfigSet:
        action = configSet(step);
        break;
    case StepOp::ConfigReset:
        action = configReset(step);
        break;
    case StepOp::Write:
        action = write(step);
        break;
    }
    if (!action) {
        Error e = action.error();
        e.message = QStringLiteral("%1 (%2): %3").arg(step.path(), SeedStep::opName(step.op), e.message);
        e.field = e.field.isEmpty() ? step.path() : step.path() + QLatin1Char('.') + e.field;
        return e;
    }
    return StepReport{step.index, step.op, *action, std::move(m_events)};
}

Result<json> StepExecutor::dispatch(const QString& handler, const json& payload)
{
    return dispatch(handler, payload, m_actor);
}

Result<json> StepExecutor::dispatch(const QString& handler, const json& payload, const Actor& actor)
{
    auto outcome = m_services.registry().dispatch(m_db, handler, payload, actor);
    if (!outcome)
        return outcome.error();
    for (es::StoredEvent& event : outcome->events)
        m_events.push_back(std::move(event));
    return outcome->result;
}

Result<QString> StepExecutor::tenantIdOf(const QString& key)
{
    auto id = Sql::scalar(m_db, QStringLiteral("SELECT id::text FROM read_tenants WHERE key = ?"), {key});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant with key \"%1\"").arg(key),
                           QStringLiteral("tenant"));
    return id->toString();
}

Result<QString> StepExecutor::userIdOf(const QString& email)
{
    auto id = Sql::scalar(m_db, QStringLiteral("SELECT id::text FROM read_users WHERE email = ?"), {email});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user with e-mail %1").arg(email),
                           QStringLiteral("email"));
    return id->toString();
}

Result<StepAction> StepExecutor::tenantEnsure(const SeedStep& step)
{
    auto rows =
        Sql::exec(m_db, QStringLiteral("SELECT id::text, name, is_enabled FROM read_tenants WHERE key = ?"),
                  {step.key});
    if (!rows)
        return rows.error();
    StepAction action = StepAction::Unchanged;
    QString id;
    bool enabled = true;
    if (rows->next()) {
        id = rows->value(0).toString();
        enabled = rows->value(2).toBool();
        if (rows->value(1).toString() != step.name) {
            auto updated =
                dispatch(QStringLiteral("tenant:write:update"),
                         {{"id", id.toStdString()}, {"changes", {{"name", step.name.toStdString()}}}});
            if (!updated)
                return updated.error();
            action = StepAction::Update;
        }
    } else {
        auto created = dispatch(QStringLiteral("tenant:write:create"),
                                {{"key", step.key.toStdString()}, {"name", step.name.toStdString()}});
        if (!created)
            return created.error();
        id = QString::fromStdString(created->value("id", std::string()));
        action = StepAction::Create;
    }
    if (step.enabled && *step.enabled != enabled) {
        auto toggled = dispatch(QStringLiteral("tenant:write:toggle-enabled"),
                                {{"id", id.toStdString()}, {"isEnabled", *step.enabled}});
        if (!toggled)
            return toggled.error();
        if (action == StepAction::Unchanged)
            action = StepAction::Update;
    }
    return action;
}

Result<StepAction> StepExecutor::userEnsure(const SeedStep& step)
{
    auto existing = Sql::scalar(
        m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM read_users WHERE email = ?)"), {step.email});
    if (!existing)
        return existing.error();
    if (existing->toBool())
        return StepAction::Unchanged;
    json payload = {{"email", step.email.toStdString()}, {"displayName", step.displayName.toStdString()}};
    if (!step.locale.isEmpty())
        payload["locale"] = step.locale.toStdString();
    if (!step.passwordHash.isEmpty())
        payload["passwordHash"] = step.passwordHash.toStdString();
    if (step.roles)
        payload["roles"] = rolesJson(*step.roles).dump();
    if (step.emailVerified)
        payload["emailVerified"] = *step.emailVerified;
    auto created = dispatch(QStringLiteral("user:write:user:create"), payload);
    if (!created)
        return created.error();
    return StepAction::Create;
}

Result<StepAction> StepExecutor::membershipEnsure(const SeedStep& step)
{
    auto userId = userIdOf(step.email);
    if (!userId)
        return userId.error();
    auto tenantId = tenantIdOf(step.tenant);
    if (!tenantId)
        return tenantId.error();
    auto existing = Sql::scalar(m_db,
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM read_tenant_memberships WHERE "
                                               "user_id = ? AND tenant_id = ?::uuid)"),
                                {*userId, *tenantId});
    if (!existing)
        return existing.error();
    if (existing->toBool())
        return StepAction::Unchanged;
    auto added = dispatch(QStringLiteral("tenant:write:add-member"), {{"userId", userId->toStdString()},
                                                                      {"tenantId", tenantId->toStdString()},
                                                                      {"roles", rolesJson(*step.roles)}});
    if (!added)
        return added.error();
    return StepAction::Create;
}

Result<StepAction> StepExecutor::membershipRoles(const SeedStep& step, bool add)
{
    auto userId = userIdOf(step.email);
    if (!userId)
        return userId.error();
    // Ordered by tenant key, so a plan and the apply after it touch the memberships in the same order.
    QString sql = QStringLiteral("SELECT m.tenant_id::text, m.roles FROM read_tenant_memberships m LEFT JOIN "
                                 "read_tenants t ON t.id = m.tenant_id WHERE m.user_id = ?");
    QVariantList values{*userId};
    const bool everyTenant = step.tenant == QLatin1String("*");
    if (!everyTenant) {
        auto tenantId = tenantIdOf(step.tenant);
        if (!tenantId)
            return tenantId.error();
        sql += QStringLiteral(" AND m.tenant_id = ?::uuid");
        values.append(*tenantId);
    }
    auto rows = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY t.key, m.tenant_id"), values);
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> memberships;
    while (rows->next())
        memberships.append({rows->value(0).toString(), rows->value(1).toString()});
    if (memberships.isEmpty() && !everyTenant)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("%1 is not a member of tenant \"%2\"").arg(step.email, step.tenant),
                           QStringLiteral("tenant"));
    StepAction action = StepAction::Unchanged;
    for (const auto& [tenantId, rolesText] : memberships) {
        auto current = storedRoles(rolesText);
        if (!current)
            return current.error();
        QStringList roles = *current;
        for (const QString& role : *step.roles) {
            if (add && !roles.contains(role))
                roles.append(role);
            else if (!add)
                roles.removeAll(role);
        }
        if (roles == *current)
            continue;
        auto updated = dispatch(QStringLiteral("tenant:write:update-member-roles"),
                                {{"userId", userId->toStdString()},
                                 {"tenantId", tenantId.toStdString()},
                                 {"roles", rolesJson(roles)}});
        if (!updated)
            return updated.error();
        action = StepAction::Update;
    }
    return action;
}

Result<json> StepExecutor::configValue(const SeedStep& step, const config::KeyCatalog& keys,
                                       const QProcessEnvironment& env)
{
    if (step.value)
        return *step.value;
    if (!env.contains(step.valueFromEnv))
        return Error::make(ErrorCode::EnvNotSet,
                           QStringLiteral("environment variable %1 is not set").arg(step.valueFromEnv),
                           QStringLiteral("valueFromEnv"));
    const QString text = env.value(step.valueFromEnv);
    if (const config::ConfigKey* key = keys.find(step.key))
        return config::ValueValidator::coerce(*key, text);
    return jsonText(text);
}

Result<StepExecutor::ConfigTarget> StepExecutor::configTarget(const SeedStep& step)
{
    ConfigTarget target;
    target.tenantId = WellKnownIds::systemTenantId();
    target.payload = {{"key", step.key.toStdString()},
                      {"scope", config::ConfigKey::scopeName(*step.scope).toStdString()}};
    if (!step.tenant.isEmpty()) {
        auto tenantId = tenantIdOf(step.tenant);
        if (!tenantId)
            return tenantId.error();
        target.tenantId = *tenantId;
    }
    if (step.scope != config::Scope::System)
        target.payload["tenantId"] = target.tenantId.toStdString();
    if (!step.user.isEmpty()) {
        auto userId = userIdOf(step.user);
        if (!userId)
            return userId.error();
        target.userId = *userId;
        target.payload["userId"] = target.userId.toStdString();
    }
    return target;
}

Result<bool> StepExecutor::storedValueEquals(const ConfigTarget& target, const SeedStep& step,
                                             const json& value, bool* exists)
{
    auto rows =
        Sql::exec(m_db,
                  QStringLiteral("SELECT value FROM read_config_values WHERE key = ? AND tenant_id = ?::uuid "
                                 "AND user_id IS NOT DISTINCT FROM ?::text"),
                  {step.key, target.tenantId, textOrNull(target.userId)});
    if (!rows)
        return rows.error();
    *exists = rows->next();
    if (!*exists || rows->isNull(0))
        return false;
    QString stored = rows->value(0).toString();
    const config::ConfigKey* key = m_services.keys().find(step.key);
    if (key && key->encrypted) {
        // Without the master key the stored value cannot be compared: write it again.
        if (!m_services.cipher())
            return false;
        auto plain = m_services.cipher()->decrypt(stored);
        if (!plain)
            return false;
        stored = QString::fromUtf8(*plain);
    }
    auto decoded = config::ValueText::decode(stored);
    return decoded && *decoded == config::ValueText::normalize(value);
}

Result<StepAction> StepExecutor::configSet(const SeedStep& step)
{
    auto value = configValue(step, m_services.keys(), m_env);
    if (!value)
        return value.error();
    auto target = configTarget(step);
    if (!target)
        return target.error();
    bool exists = false;
    auto same = storedValueEquals(*target, step, *value, &exists);
    if (!same)
        return same.error();
    if (*same)
        return StepAction::Unchanged;
    json payload = target->payload;
    payload["value"] = *value;
    auto set = dispatch(QStringLiteral("config:write:set"), payload);
    if (!set)
        return set.error();
    return exists ? StepAction::Update : StepAction::Create;
}

Result<StepAction> StepExecutor::configReset(const SeedStep& step)
{
    auto target = configTarget(step);
    if (!target)
        return target.error();
    bool exists = false;
    auto same = storedValueEquals(*target, step, json(), &exists);
    if (!same)
        return same.error();
    if (!exists)
        return StepAction::Unchanged;
    auto reset = dispatch(QStringLiteral("config:write:reset"), target->payload);
    if (!reset)
        return reset.error();
    return StepAction::Delete;
}

Result<StepAction> StepExecutor::write(const SeedStep& step)
{
    // A step naming a tenant acts in that tenant: new aggregates go to its stream.
    Actor actor = m_actor;
    if (!step.tenant.isEmpty()) {
        auto tenantId = tenantIdOf(step.tenant);
        if (!tenantId)
            return tenantId.error();
        actor.tenantId = *tenantId;
    }
    auto written = dispatch(step.handler, step.payload, actor);
    if (!written)
        return written.error();
    return StepAction::Write;
}

} // namespace kumiko::esops
