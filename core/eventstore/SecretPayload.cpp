#include "eventstore/SecretPayload.h"

#include "config/EnvelopeCipher.h"
#include "config/StoredValuePresenter.h"

namespace kumiko::es {
namespace {

nlohmann::json mask()
{
    return config::StoredValuePresenter::mask().toStdString();
}

bool isEncryptedValue(const nlohmann::json& value)
{
    if (!value.is_string())
        return false;
    const std::string& text = value.get_ref<const std::string&>();
    return !text.empty() && text.front() == '{' &&
           config::EnvelopeCipher::isEnvelope(QString::fromStdString(text));
}

} // namespace

bool SecretPayload::isSecretMember(QStringView name)
{
    for (const char* word : {"password", "secret", "token"})
        if (name.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

nlohmann::json SecretPayload::masked(const nlohmann::json& json)
{
    if (isEncryptedValue(json))
        return mask();
    if (json.is_array()) {
        nlohmann::json result = nlohmann::json::array();
        for (const nlohmann::json& element : json)
            result.push_back(masked(element));
        return result;
    }
    if (!json.is_object())
        return json;
    nlohmann::json result = nlohmann::json::object();
    for (const auto& [name, value] : json.items()) {
        const bool secret = !value.is_null() && isSecretMember(QString::fromStdString(name));
        result[name] = secret ? mask() : masked(value);
    }
    return result;
}

StoredEvent SecretPayload::masked(StoredEvent event)
{
    event.payload = masked(event.payload);
    event.metadata = masked(event.metadata);
    return event;
}

} // namespace kumiko::es
