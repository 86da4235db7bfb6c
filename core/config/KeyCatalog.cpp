#include "config/KeyCatalog.h"

#include "config/ValueValidator.h"

namespace kumiko::config {

void KeyCatalog::reserve(qsizetype count)
{
    m_keys.reserve(count);
    m_index.reserve(count);
}

bool KeyCatalog::add(ConfigKey key)
{
    if (m_index.contains(key.qualifiedName))
        return false;
    m_index.insert(key.qualifiedName, m_keys.size());
    m_keys.append(std::move(key));
    return true;
}

const ConfigKey* KeyCatalog::find(const QString& qualifiedName) const
{
    const auto it = m_index.constFind(qualifiedName);
    return it == m_index.cend() ? nullptr : &m_keys.at(*it);
}

Result<const ConfigKey*> KeyCatalog::knownKey(const QString& qualifiedName) const
{
    if (const ConfigKey* key = find(qualifiedName))
        return key;
    return Error::make(ErrorCode::UnknownConfigKey,
                       QStringLiteral("no config key %1 is declared in kumiko.json").arg(qualifiedName),
                       QStringLiteral("key"));
}

Status KeyCatalog::validateWrite(const QString& qualifiedName, Scope scope, const nlohmann::json& value) const
{
    auto key = knownKey(qualifiedName);
    if (!key)
        return key.error();
    if (auto ok = ValueValidator::validateScope(*key.value(), scope); !ok)
        return ok;
    return ValueValidator::validate(*key.value(), value);
}

Status KeyCatalog::validateReset(const QString& qualifiedName, Scope scope) const
{
    auto key = knownKey(qualifiedName);
    if (!key)
        return key.error();
    return ValueValidator::validateScope(*key.value(), scope);
}

} // namespace kumiko::config
