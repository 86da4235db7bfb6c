#include "config/ConfigValueWriter.h"

#include "config/ConfigWriteRules.h"
#include "config/EnvelopeCipher.h"
#include "db/Transaction.h"

namespace kumiko::config {
namespace {

Status checkTarget(const ConfigTarget& target)
{
    const bool needsTenant = target.scope != Scope::System;
    const bool needsUser = target.scope == Scope::User;
    if (needsTenant == target.tenantId.isEmpty() || needsUser == target.userId.isEmpty())
        return Error::make(ErrorCode::InvalidTarget,
                           QStringLiteral("a %1 value needs %2")
                               .arg(ConfigKey::scopeName(target.scope),
                                    target.scope == Scope::System ? QStringLiteral("neither tenant nor user")
                                    : target.scope == Scope::Tenant ? QStringLiteral("a tenant and no user")
                                                                    : QStringLiteral("a tenant and a user")));
    return {};
}

} // namespace

ConfigValueWriter::ConfigValueWriter(const KeyCatalog& keys, QProcessEnvironment env)
    : m_keys(keys)
    , m_env(std::move(env))
{}

Result<domain::HandlerOutcome> ConfigValueWriter::set(const QSqlDatabase& db, const ConfigTarget& target,
                                                      const nlohmann::json& value,
                                                      const domain::Actor& actor) const
{
    return write(db, target, value, actor);
}

Result<domain::HandlerOutcome> ConfigValueWriter::reset(const QSqlDatabase& db, const ConfigTarget& target,
                                                        const domain::Actor& actor) const
{
    return write(db, target, std::nullopt, actor);
}

Result<domain::HandlerOutcome> ConfigValueWriter::write(const QSqlDatabase& db, const ConfigTarget& target,
                                                        const std::optional<nlohmann::json>& value,
                                                        const domain::Actor& actor) const
{
    const ConfigKey* key = m_keys.find(target.key);
    if (!key)
        return Error::make(ErrorCode::UnknownConfigKey,
                           QStringLiteral("no config key %1 is declared in kumiko.json").arg(target.key),
                           QStringLiteral("key"));
    if (Status ok = checkTarget(target); !ok)
        return ok.error();
    std::optional<EnvelopeCipher> cipher;
    if (key->encrypted && value) {
        auto loaded = EnvelopeCipher::fromEnvironment(m_env);
        if (!loaded)
            return loaded.error();
        cipher = std::move(loaded.value());
    }
    nlohmann::json payload = {{"key", target.key.toStdString()},
                              {"scope", ConfigKey::scopeName(target.scope).toStdString()}};
    if (!target.tenantId.isEmpty())
        payload["tenantId"] = target.tenantId.toStdString();
    if (!target.userId.isEmpty())
        payload["userId"] = target.userId.toStdString();
    if (value)
        payload["value"] = *value;
    domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    ConfigWriteRules::install(registry, m_keys, std::move(cipher));
    db::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto outcome = registry.dispatch(
        db, value ? QStringLiteral("config:write:set") : QStringLiteral("config:write:reset"), payload,
        actor);
    if (!outcome)
        return outcome.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace kumiko::config
