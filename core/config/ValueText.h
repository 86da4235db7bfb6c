#pragma once

#include "common/Result.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::config {

/// The stored form of a config value: compact JSON text exactly as upstream's JSON.stringify writes it.
class ValueText
{
public:
    /// `"dark"` with quotes, `50`, `true`; a whole-valued float is written as an integer (`50.0` → `50`).
    static QString encode(const nlohmann::json& value);
    /// Parses stored JSON text; `invalid_stored_value` when it is not JSON.
    static Result<nlohmann::json> decode(const QString& text);
    /// A whole-valued float within the exact integer range becomes an integer, as in JavaScript.
    static nlohmann::json normalize(const nlohmann::json& value);
};

} // namespace kumiko::config
