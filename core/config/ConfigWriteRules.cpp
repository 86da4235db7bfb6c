#include "config/ConfigWriteRules.h"

#include "config/ValueText.h"

#include <memory>

namespace kumiko::config {

Status ConfigWriteRules::validate(const KeyCatalog& keys, const domain::ConfigWrite& write)
{
    return keys.validateWrite(write.key, write.scope, write.value);
}

Result<QString> ConfigWriteRules::encode(const KeyCatalog& keys, const EnvelopeCipher* cipher,
                                         const domain::ConfigWrite& write)
{
    const QString text = ValueText::encode(write.value);
    const ConfigKey* key = keys.find(write.key);
    if (!key || !key->encrypted)
        return text;
    if (!cipher)
        return Error::make(ErrorCode::MasterKeyMissing,
                           QStringLiteral("%1 is encrypted but no master key is set "
                                          "(KUMIKO_SECRETS_MASTER_KEY_V1)")
                               .arg(write.key),
                           write.key);
    return cipher->encrypt(text.toUtf8());
}

void ConfigWriteRules::install(domain::HandlerRegistry& registry, const KeyCatalog& keys,
                               std::optional<EnvelopeCipher> cipher)
{
    auto sharedKeys = std::make_shared<const KeyCatalog>(keys);
    auto sharedCipher = std::make_shared<const std::optional<EnvelopeCipher>>(std::move(cipher));
    registry.setConfigValidator(
        [sharedKeys](const domain::ConfigWrite& write) { return validate(*sharedKeys, write); });
    registry.setConfigValueEncoder([sharedKeys, sharedCipher](const domain::ConfigWrite& write) {
        return encode(*sharedKeys, *sharedCipher ? &**sharedCipher : nullptr, write);
    });
}

} // namespace kumiko::config
