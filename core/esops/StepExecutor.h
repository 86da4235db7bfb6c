#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "esops/SeedServices.h"
#include "esops/SeedStep.h"
#include "eventstore/EventTypes.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <vector>

namespace kumiko::esops {

/// What a step does to current state; `write` steps always write (not idempotent).
enum class StepAction
{
    Create,
    Update,
    Delete,
    Unchanged,
    Write,
};

/// What one step did, or would do in a plan: its action and the events it appended.
struct StepReport
{
    int index = 0;
    StepOp op = StepOp::Write;
    StepAction action = StepAction::Unchanged;
    std::vector<es::StoredEvent> events;

    static QString actionName(StepAction action);
};

/// Runs seed steps in the caller's transaction: reads current state and dispatches the standard write
/// handlers as the given actor only for what is missing.
///
/// Errors keep the handler's code; the message starts with the step ("steps[2] (membership.addRoles): …")
/// and Error::field names the step path.
class StepExecutor
{
public:
    StepExecutor(const QSqlDatabase& db, const SeedServices& services, domain::Actor actor,
                 QProcessEnvironment env);

    Result<StepReport> run(const SeedStep& step);

    /// A config.set step's value: `value`, or the environment variable `valueFromEnv` coerced to the
    /// key's type. Error `env_not_set` when the variable is unset.
    static Result<nlohmann::json> configValue(const SeedStep& step, const config::KeyCatalog& keys,
                                              const QProcessEnvironment& env);

private:
    Result<StepAction> tenantEnsure(const SeedStep& step);
    Result<StepAction> userEnsure(const SeedStep& step);
    Result<StepAction> membershipEnsure(const SeedStep& step);
    Result<StepAction> membershipRoles(const SeedStep& step, bool add);
    Result<StepAction> configSet(const SeedStep& step);
    Result<StepAction> configReset(const SeedStep& step);
    Result<StepAction> write(const SeedStep& step);

    /// Dispatches `handler` and keeps its events; returns the handler's result object.
    Result<nlohmann::json> dispatch(const QString& handler, const nlohmann::json& payload);
    Result<nlohmann::json> dispatch(const QString& handler, const nlohmann::json& payload,
                                    const domain::Actor& actor);
    Result<QString> tenantIdOf(const QString& key);
    Result<QString> userIdOf(const QString& email);

    struct ConfigTarget
    {
        QString tenantId; ///< row tenant
        QString userId;   ///< empty unless user scope
        nlohmann::json payload;
    };
    Result<ConfigTarget> configTarget(const SeedStep& step);
    Result<bool> storedValueEquals(const ConfigTarget& target, const SeedStep& step,
                                   const nlohmann::json& value, bool* exists);

    const QSqlDatabase& m_db;
    const SeedServices& m_services;
    domain::Actor m_actor;
    QProcessEnvironment m_env;
    std::vector<es::StoredEvent> m_events;
};

} // namespace kumiko::esops
