#pragma once

#include "common/Result.h"
#include "config/KeyCatalog.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::config {

/// Where a config value is written: the key, the scope, and the tenant and user ids that scope needs.
struct ConfigTarget
{
    QString key;
    Scope scope = Scope::System;
    QString tenantId; ///< tenant and user scope
    QString userId;   ///< user scope
};

/// Sets or resets one config value through config:write:set / :reset, with the project's key rules
/// installed (validation; encryption of encrypted keys under the master key from the environment),
/// in one transaction of its own. The CLI and the console write values only through it.
class ConfigValueWriter
{
public:
    explicit ConfigValueWriter(const KeyCatalog& keys,
                               QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    /// `value` of the key's type (ValueValidator::coerce turns text into one). Errors:
    /// `unknown_config_key`, `invalid_target` (tenant/user given or missing for the scope),
    /// `invalid_scope`, `invalid_value`, the master key's errors, the handler's.
    Result<domain::HandlerOutcome> set(const QSqlDatabase& db, const ConfigTarget& target,
                                       const nlohmann::json& value, const domain::Actor& actor) const;
    /// Removes the value at exactly that scope; `not_found` when there is none.
    Result<domain::HandlerOutcome> reset(const QSqlDatabase& db, const ConfigTarget& target,
                                         const domain::Actor& actor) const;

private:
    Result<domain::HandlerOutcome> write(const QSqlDatabase& db, const ConfigTarget& target,
                                         const std::optional<nlohmann::json>& value,
                                         const domain::Actor& actor) const;

    const KeyCatalog& m_keys;
    QProcessEnvironment m_env;
};

} // namespace kumiko::config
