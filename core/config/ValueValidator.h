#pragma once

#include "common/Result.h"
#include "config/ConfigKey.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::config {

/// Why a value does not fit its key: a catalogued reason, the facts a translated text needs, and an English
/// message (for logs and the CLI) that never repeats the value.
struct ValueProblem
{
    ErrorCode reason = ErrorCode::InvalidType; ///< InvalidType, InvalidOption, OutOfBounds or InvalidFormat
    QString message;
    ValueType expectedType = ValueType::Text; ///< InvalidType: the key's type
    std::optional<double> minimum;            ///< OutOfBounds: the value is below this minimum
    std::optional<double> maximum;            ///< OutOfBounds: the value is above this maximum
    QString pattern;                          ///< InvalidFormat: the pattern the text misses
    QStringList options;                      ///< InvalidOption: the allowed options
};

/// Checks values against their key (type, options, bounds, pattern); shared by manifest, seeds, set, GUI.
class ValueValidator
{
public:
    static std::optional<ValueProblem> check(const ConfigKey& key, const nlohmann::json& value);

    /// `invalid_value` with field = the qualified key and context = the reason's name.
    static Status validate(const ConfigKey& key, const nlohmann::json& value);

    /// `invalid_scope` when `scope` is deeper than the key's scope.
    static Status validateScope(const ConfigKey& key, Scope scope);

    /// Coerces text (an environment variable, a CLI argument) to the key's type, then validates it:
    /// numbers and booleans (`true|false|1|0`) are parsed, text and select are taken as they are.
    static Result<nlohmann::json> coerce(const ConfigKey& key, const QString& text);
};

} // namespace kumiko::config
