#pragma once

#include "config/ConfigKey.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::config {

/// One config seed as declared in kumiko.json, before tenants, users and the value are resolved.
struct ConfigSeed
{
    QString key;                ///< qualified key (a feature-local name is qualified when loading)
    std::optional<Scope> scope; ///< empty: the key's scope
    QString tenant;             ///< tenant key or id; empty: none
    QString user;               ///< user e-mail or id; empty: none
    std::optional<nlohmann::json> value;
    QString valueFromEnv; ///< environment variable holding the value as text; empty: none
    QString jsonPath;     ///< where the seed stands in the manifest, for messages
};

} // namespace kumiko::config
