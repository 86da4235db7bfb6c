#pragma once

#include "config/EnvelopeCipher.h"
#include "config/KeyCatalog.h"
#include "domain/HandlerRegistry.h"

#include <optional>

namespace kumiko::config {

/// Plugs the project's key catalog into `config:write:set` / `config:write:reset`: key, scope and value
/// checks, and the stored form (compact JSON text, or an envelope for encrypted keys).
class ConfigWriteRules
{
public:
    /// The registry keeps copies of `keys` and `cipher`. Without a cipher, writing an encrypted key
    /// fails with `master_key_missing`.
    static void install(domain::HandlerRegistry& registry, const KeyCatalog& keys,
                        std::optional<EnvelopeCipher> cipher);

    static Status validate(const KeyCatalog& keys, const domain::ConfigWrite& write);
    static Result<QString> encode(const KeyCatalog& keys, const EnvelopeCipher* cipher,
                                  const domain::ConfigWrite& write);
};

} // namespace kumiko::config
