#include "mail/SettingsReader.h"

namespace kumiko::mail {

SettingsReader::SettingsReader(const nlohmann::json& object, QString path, QStringList allowedMembers)
    : m_object(object)
    , m_path(std::move(path))
{
    if (!m_object.is_object()) {
        m_error = Error::make(ErrorCode::InvalidSettings, QStringLiteral("must be a JSON object"), m_path);
        return;
    }
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (!allowedMembers.contains(name)) {
            fail(it.key().c_str(), QStringLiteral("unknown member \"%1\" (allowed: %2)")
                                       .arg(name, allowedMembers.join(QStringLiteral(", "))));
            return;
        }
    }
}

QString SettingsReader::pathOf(const char* member) const
{
    return m_path + QLatin1Char('.') + QString::fromUtf8(member);
}

void SettingsReader::fail(const char* member, const QString& message)
{
    if (!m_error)
        m_error = Error::make(ErrorCode::InvalidSettings, message, pathOf(member));
}

const nlohmann::json* SettingsReader::member(const char* name)
{
    if (m_error || !m_object.is_object())
        return nullptr;
    auto it = m_object.find(name);
    return it == m_object.end() ? nullptr : &*it;
}

std::optional<QString> SettingsReader::string(const char* name)
{
    const nlohmann::json* value = member(name);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        fail(name, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    return QString::fromStdString(value->get<std::string>());
}

std::optional<int> SettingsReader::integer(const char* name, int min, int max)
{
    const nlohmann::json* value = member(name);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer() || value->get<long long>() < min || value->get<long long>() > max) {
        fail(name, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return int(value->get<long long>());
}

const nlohmann::json* SettingsReader::object(const char* name)
{
    const nlohmann::json* value = member(name);
    if (value && !value->is_object()) {
        fail(name, QStringLiteral("must be a JSON object"));
        return nullptr;
    }
    return value;
}

std::optional<QString> SettingsReader::choice(const char* name, const QStringList& choices)
{
    auto value = string(name);
    if (value && !choices.contains(*value)) {
        fail(name, QStringLiteral("must be one of %1").arg(choices.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

} // namespace kumiko::mail
