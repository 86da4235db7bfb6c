#pragma once

#include "config/ConfigKey.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::esops {

/// The eight operations a seed-migration step can perform.
enum class StepOp
{
    TenantEnsure,
    UserEnsure,
    MembershipEnsure,
    MembershipAddRoles,
    MembershipRemoveRoles,
    ConfigSet,
    ConfigReset,
    Write,
};

/// One step of a seed migration, checked against its operation's schema.
///
/// Only the members of its operation are set; `tenant` may be `"*"` (every membership of the user)
/// for membership.addRoles / membership.removeRoles.
struct SeedStep
{
    int index = 0; ///< position in "steps", 0-based
    StepOp op = StepOp::Write;
    QString key;  ///< tenant.ensure: tenant key; config.*: qualified config key
    QString name; ///< tenant.ensure
    std::optional<bool> enabled;
    QString email;       ///< user.ensure, membership.*
    QString displayName; ///< user.ensure
    QString locale;
    QString passwordHash;
    std::optional<bool> emailVerified;
    std::optional<QStringList> roles;   ///< user.ensure (optional), membership.* (required)
    QString tenant;                     ///< tenant key, or "*"
    std::optional<config::Scope> scope; ///< config.*; none when absent or not a scope name
    QString user;                       ///< config.*: e-mail of the user (user scope)
    std::optional<nlohmann::json> value;
    QString valueFromEnv; ///< config.set: environment variable holding the value as text
    QString handler;      ///< write
    nlohmann::json payload = nlohmann::json::object();

    static QString opName(StepOp op);
    static std::optional<StepOp> parseOp(const QString& name);
    /// "steps[2]" – how messages name this step.
    QString path() const { return QStringLiteral("steps[%1]").arg(index); }
};

/// The content of one seed-migration file.
struct SeedMigration
{
    QString description;
    bool skippable = false;
    QList<SeedStep> steps;
};

} // namespace kumiko::esops
