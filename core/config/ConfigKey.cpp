#include "config/ConfigKey.h"

namespace kumiko::config {

Scope ConfigKey::defaultWriteScope(bool tenantChosen, bool userChosen) const
{
    if (scope == Scope::User && tenantChosen && userChosen)
        return Scope::User;
    if (scope >= Scope::Tenant && tenantChosen)
        return Scope::Tenant;
    return Scope::System;
}

QString ConfigKey::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::System:
        return QStringLiteral("system");
    case Scope::Tenant:
        return QStringLiteral("tenant");
    case Scope::User:
        return QStringLiteral("user");
    }
    return {};
}

std::optional<Scope> ConfigKey::parseScope(QAnyStringView name)
{
    for (Scope scope : {Scope::System, Scope::Tenant, Scope::User})
        if (QAnyStringView::equal(scopeName(scope), name))
            return scope;
    return std::nullopt;
}

QString ConfigKey::typeName(ValueType type)
{
    switch (type) {
    case ValueType::Text:
        return QStringLiteral("text");
    case ValueType::Number:
        return QStringLiteral("number");
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::Select:
        return QStringLiteral("select");
    }
    return {};
}

std::optional<ValueType> ConfigKey::parseType(QAnyStringView name)
{
    for (ValueType type : {ValueType::Text, ValueType::Number, ValueType::Boolean, ValueType::Select})
        if (QAnyStringView::equal(typeName(type), name))
            return type;
    return std::nullopt;
}

} // namespace kumiko::config
