#include "config/ValueText.h"

#include <cmath>

namespace kumiko::config {

nlohmann::json ValueText::normalize(const nlohmann::json& value)
{
    if (!value.is_number_float())
        return value;
    const double number = value.get<double>();
    constexpr double maxSafeInteger = 9007199254740991.0;
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= maxSafeInteger)
        return nlohmann::json(static_cast<std::int64_t>(number));
    return value;
}

QString ValueText::encode(const nlohmann::json& value)
{
    return QString::fromStdString(normalize(value).dump());
}

Result<nlohmann::json> ValueText::decode(const QString& text)
{
    auto value = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (value.is_discarded())
        return Error::make(ErrorCode::InvalidStoredValue,
                           QStringLiteral("the stored config value is not JSON text"));
    return value;
}

} // namespace kumiko::config
