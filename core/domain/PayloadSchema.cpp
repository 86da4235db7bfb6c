#include "domain/PayloadSchema.h"

#include <QUuid>

namespace kumiko::domain {
namespace {

using nlohmann::json;

Error invalid(const QString& path, const QString& reason)
{
    return Error::make(ErrorCode::InvalidPayload, QStringLiteral("%1: %2").arg(path, reason), path);
}

QString join(const QString& path, const QString& member)
{
    return path.isEmpty() ? member : path + QLatin1Char('.') + member;
}

bool isUuid(const json& value)
{
    if (!value.is_string())
        return false;
    const QString text = QString::fromStdString(value.get<std::string>());
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

Status checkRoleArray(const json& roles, const QString& path)
{
    if (!roles.is_array())
        return invalid(path, QStringLiteral("must be an array of role names"));
    for (std::size_t i = 0; i < roles.size(); ++i) {
        if (!roles[i].is_string() || roles[i].get<std::string>().empty())
            return invalid(QStringLiteral("%1[%2]").arg(path).arg(i),
                           QStringLiteral("must be a non-empty string"));
    }
    return {};
}

Status checkType(const json& value, PayloadSchema::Type type, const QString& path)
{
    using Type = PayloadSchema::Type;
    switch (type) {
    case Type::String:
        if (!value.is_string() || value.get<std::string>().empty())
            return invalid(path, QStringLiteral("must be a non-empty string"));
        return {};
    case Type::Uuid:
        if (!isUuid(value))
            return invalid(path, QStringLiteral("must be a uuid"));
        return {};
    case Type::Boolean:
        if (!value.is_boolean())
            return invalid(path, QStringLiteral("must be true or false"));
        return {};
    case Type::Integer:
        if (!value.is_number_integer())
            return invalid(path, QStringLiteral("must be an integer"));
        return {};
    case Type::Roles:
        return checkRoleArray(value, path);
    case Type::RolesText: {
        if (value.is_array())
            return checkRoleArray(value, path);
        if (!value.is_string())
            return invalid(path, QStringLiteral("must be the JSON text of an array of role names"));
        const json parsed = json::parse(value.get<std::string>(), nullptr, false);
        if (parsed.is_discarded())
            return invalid(path, QStringLiteral("must be the JSON text of an array of role names"));
        return checkRoleArray(parsed, path);
    }
    case Type::Object:
        if (!value.is_object())
            return invalid(path, QStringLiteral("must be an object"));
        return {};
    case Type::Any:
        return {};
    }
    return {};
}

} // namespace

PayloadSchema& PayloadSchema::required(const QString& name, Type type)
{
    m_members.push_back({name, type, true, false, nullptr});
    return *this;
}

PayloadSchema& PayloadSchema::optional(const QString& name, Type type, bool nullable)
{
    m_members.push_back({name, type, false, nullable, nullptr});
    return *this;
}

PayloadSchema& PayloadSchema::object(const QString& name, PayloadSchema nested, bool isRequired)
{
    m_members.push_back(
        {name, Type::Object, isRequired, false, std::make_shared<PayloadSchema>(std::move(nested))});
    return *this;
}

PayloadSchema& PayloadSchema::nonEmpty()
{
    m_nonEmpty = true;
    return *this;
}

Status PayloadSchema::validate(const json& payload, const QString& path) const
{
    if (!payload.is_object())
        return invalid(path.isEmpty() ? QStringLiteral("$") : path, QStringLiteral("must be a JSON object"));
    for (const auto& [key, value] : payload.items()) {
        const QString name = QString::fromStdString(key);
        const auto member =
            std::find_if(m_members.begin(), m_members.end(), [&](const Member& m) { return m.name == name; });
        if (member == m_members.end())
            return invalid(join(path, name), QStringLiteral("unknown member"));
        if (value.is_null() && member->nullable)
            continue;
        if (auto ok = checkType(value, member->type, join(path, name)); !ok)
            return ok;
        if (member->nested) {
            if (auto ok = member->nested->validate(value, join(path, name)); !ok)
                return ok;
        }
    }
    for (const Member& member : m_members) {
        if (member.required && !payload.contains(member.name.toStdString()))
            return invalid(join(path, member.name), QStringLiteral("is required"));
    }
    if (m_nonEmpty && payload.empty())
        return invalid(path.isEmpty() ? QStringLiteral("$") : path,
                       QStringLiteral("must name at least one member"));
    return {};
}

} // namespace kumiko::domain
