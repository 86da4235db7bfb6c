#pragma once

#include "common/Result.h"
#include "config/ConfigKey.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::config {

/// Why a value does not fit its key: a stable reason code and a message that never repeats the value.
struct ValueProblem
{
    QString reason; ///< invalid_type | invalid_option | out_of_bounds | invalid_format
    QString message;
};

/// Checks values against their key (type, options, bounds, pattern); shared by manifest, seeds, set, GUI.
class ValueValidator
{
public:
    static std::optional<ValueProblem> check(const ConfigKey& key, const nlohmann::json& value);

    /// `invalid_value` with field = the qualified key and context = the reason code.
    static Status validate(const ConfigKey& key, const nlohmann::json& value);

    /// `invalid_scope` when `scope` is deeper than the key's scope.
    static Status validateScope(const ConfigKey& key, Scope scope);

    /// Coerces text (an environment variable, a CLI argument) to the key's type, then validates it:
    /// numbers and booleans (`true|false|1|0`) are parsed, text and select are taken as they are.
    static Result<nlohmann::json> coerce(const ConfigKey& key, const QString& text);
};

} // namespace kumiko::config
