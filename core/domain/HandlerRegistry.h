#pragma once

#include "common/Result.h"
#include "config/ConfigKey.h"
#include "domain/Actor.h"
#include "eventstore/EventTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace kumiko::domain {

/// What a dispatched write did: the events it appended (in order) and its result, e.g. {"id": "…"}.
struct HandlerOutcome
{
    std::vector<es::StoredEvent> events;
    nlohmann::json result = nlohmann::json::object();
};

/// A config:write:set request as seen by the config-key check (after scope resolution).
struct ConfigWrite
{
    QString key;
    config::Scope scope = config::Scope::System;
    QString tenantId; ///< row tenant
    QString userId;   ///< empty unless user scope
    nlohmann::json value;
};

/// Checks a config write against the key catalog (`invalid_value`, unknown key, scope too deep …).
using ConfigValidator = std::function<Status(const ConfigWrite&)>;
/// Turns a validated value into the text stored in read_config_values.value (e.g. an encryption
/// envelope); without an encoder the compact JSON text of the value is stored.
using ConfigValueEncoder = std::function<Result<QString>(const ConfigWrite&)>;

class HandlerRegistry;

/// Everything a handler body may use; valid for one dispatch.
struct HandlerContext
{
    const QSqlDatabase& db;
    const Actor& actor;
    const HandlerRegistry& registry;
};

/// One write handler: qualified name, roles allowed to call it, payload check and body.
struct HandlerDefinition
{
    QString name;      ///< `<feature>:write:<verb>`, e.g. "tenant:write:create"
    QStringList roles; ///< any of these roles may call it
    /// Checks the payload strictly (unknown members, types) → `invalid_payload` with Error::field.
    std::function<Status(const nlohmann::json& payload)> validate;
    /// Loads state, decides, appends events and applies them, in the caller's transaction.
    std::function<Result<HandlerOutcome>(HandlerContext& context, const nlohmann::json& payload)> run;
};

/// Maps qualified handler names to write handlers and dispatches them.
///
/// dispatch() never begins or commits a transaction: it runs in the caller's (the seed runner's, the
/// CLI's, a dry run's that is rolled back). Error codes: `unknown_handler`, `invalid_payload`
/// (field = JSON path such as "changes.roles[1]"), `access_denied`, `not_found`, `version_conflict`,
/// `duplicate_key`, plus whatever the config validator returns.
class HandlerRegistry
{
public:
    HandlerRegistry() = default;

    /// A registry with every handler of spec/event-store.md.
    static HandlerRegistry standard();

    void add(HandlerDefinition definition);
    bool contains(const QString& name) const;
    QStringList names() const;

    /// Checks name and payload only (`unknown_handler`, `invalid_payload`), e.g. before a plan runs.
    Status validate(const QString& name, const nlohmann::json& payload) const;

    Result<HandlerOutcome> dispatch(const QSqlDatabase& db, const QString& name,
                                    const nlohmann::json& payload, const Actor& actor) const;
    /// Same, with the payload as JSON text (syntax errors → `invalid_payload`).
    Result<HandlerOutcome> dispatch(const QSqlDatabase& db, const QString& name, const QString& payloadJson,
                                    const Actor& actor) const;

    void setConfigValidator(ConfigValidator validator) { m_configValidator = std::move(validator); }
    void setConfigValueEncoder(ConfigValueEncoder encoder) { m_configEncoder = std::move(encoder); }
    const ConfigValidator& configValidator() const { return m_configValidator; }
    const ConfigValueEncoder& configValueEncoder() const { return m_configEncoder; }

private:
    QHash<QString, std::shared_ptr<const HandlerDefinition>> m_handlers;
    ConfigValidator m_configValidator;
    ConfigValueEncoder m_configEncoder;
};

} // namespace kumiko::domain
