#include "config/StoredValuePresenter.h"

#include "config/EnvelopeCipher.h"
#include "config/ValueText.h"

namespace kumiko::config {

QString StoredValuePresenter::mask()
{
    return QStringLiteral("••••••");
}

StoredValuePresenter StoredValuePresenter::revealing(RevealLog log, QProcessEnvironment env)
{
    StoredValuePresenter presenter;
    presenter.m_reveal = true;
    presenter.m_log = std::move(log);
    presenter.m_env = std::move(env);
    return presenter;
}

Result<nlohmann::json> StoredValuePresenter::value(const QString& key, const std::optional<QString>& stored,
                                                   bool envelope) const
{
    if (!stored)
        return nlohmann::json();
    if (!envelope)
        return ValueText::decode(*stored);
    if (!m_reveal)
        return nlohmann::json(mask().toStdString());
    auto plaintext = decrypted(key, *stored);
    if (!plaintext)
        return plaintext.error();
    return ValueText::decode(plaintext.value());
}

Result<QString> StoredValuePresenter::text(const QString& key, const std::optional<QString>& stored,
                                           bool envelope) const
{
    auto shown = value(key, stored, envelope);
    if (!shown)
        return shown.error();
    return text(shown.value());
}

QString StoredValuePresenter::text(const nlohmann::json& value)
{
    if (value.is_null())
        return QString();
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

QString StoredValuePresenter::seedText(const ConfigSeed& seed, bool encrypted)
{
    if (encrypted)
        return mask();
    if (!seed.valueFromEnv.isEmpty())
        return QStringLiteral("$%1").arg(seed.valueFromEnv);
    return seed.value ? text(*seed.value) : QString();
}

Result<QString> StoredValuePresenter::decrypted(const QString& key, const QString& envelope) const
{
    auto cipher = EnvelopeCipher::fromEnvironment(m_env);
    if (!cipher)
        return cipher.error();
    auto plaintext = cipher->decrypt(envelope);
    if (!plaintext)
        return plaintext.error();
    if (m_log)
        m_log(key);
    return QString::fromUtf8(plaintext.value());
}

} // namespace kumiko::config
