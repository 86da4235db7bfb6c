#include "config/ValueValidator.h"

#include "config/ValueText.h"

#include <cmath>

namespace kumiko::config {
namespace {

Error invalidValue(const ConfigKey& key, const ValueProblem& problem)
{
    Error e = Error::make(ErrorCode::InvalidValue,
                          QStringLiteral("invalid value for %1: %2").arg(key.qualifiedName, problem.message),
                          key.qualifiedName);
    e.context = ErrorCodes::name(problem.reason);
    return e;
}

ValueProblem problemOf(ErrorCode reason, const QString& message)
{
    ValueProblem problem;
    problem.reason = reason;
    problem.message = message;
    return problem;
}

ValueProblem wrongType(const ConfigKey& key, const QString& message)
{
    ValueProblem problem = problemOf(ErrorCode::InvalidType, message);
    problem.expectedType = key.type;
    return problem;
}

ValueProblem wrongType(const ConfigKey& key)
{
    return wrongType(key, QStringLiteral("expected a %1 value").arg(ConfigKey::typeName(key.type)));
}

std::optional<ValueProblem> checkNumber(const ConfigKey& key, double number)
{
    if (key.min && number < *key.min) {
        ValueProblem problem =
            problemOf(ErrorCode::OutOfBounds, QStringLiteral("below the minimum %1").arg(*key.min));
        problem.minimum = key.min;
        return problem;
    }
    if (key.max && number > *key.max) {
        ValueProblem problem =
            problemOf(ErrorCode::OutOfBounds, QStringLiteral("above the maximum %1").arg(*key.max));
        problem.maximum = key.max;
        return problem;
    }
    return std::nullopt;
}

std::optional<ValueProblem> checkText(const ConfigKey& key, const QString& text)
{
    if (!key.compiledPattern || key.compiledPattern->match(text).hasMatch())
        return std::nullopt;
    ValueProblem problem =
        problemOf(ErrorCode::InvalidFormat, QStringLiteral("does not match the pattern %1").arg(key.pattern));
    problem.pattern = key.pattern;
    return problem;
}

std::optional<ValueProblem> checkOption(const ConfigKey& key, const QString& text)
{
    if (key.options.contains(text))
        return std::nullopt;
    ValueProblem problem =
        problemOf(ErrorCode::InvalidOption,
                  QStringLiteral("not one of the options %1").arg(key.options.join(QStringLiteral(", "))));
    problem.options = key.options;
    return problem;
}

} // namespace

std::optional<ValueProblem> ValueValidator::check(const ConfigKey& key, const nlohmann::json& value)
{
    switch (key.type) {
    case ValueType::Number:
        if (!value.is_number())
            return wrongType(key);
        return checkNumber(key, value.get<double>());
    case ValueType::Boolean:
        if (!value.is_boolean())
            return wrongType(key);
        return std::nullopt;
    case ValueType::Text:
        if (!value.is_string())
            return wrongType(key);
        return checkText(key, QString::fromStdString(value.get<std::string>()));
    case ValueType::Select:
        if (!value.is_string())
            return wrongType(key);
        return checkOption(key, QString::fromStdString(value.get<std::string>()));
    }
    return wrongType(key);
}

Status ValueValidator::validate(const ConfigKey& key, const nlohmann::json& value)
{
    if (auto problem = check(key, value))
        return invalidValue(key, *problem);
    return {};
}

Status ValueValidator::validateScope(const ConfigKey& key, Scope scope)
{
    if (int(scope) > int(key.scope))
        return Error::make(
            ErrorCode::InvalidScope,
            QStringLiteral("%1 is a %2 key; a %3 value is not allowed")
                .arg(key.qualifiedName, ConfigKey::scopeName(key.scope), ConfigKey::scopeName(scope)),
            key.qualifiedName);
    return {};
}

Result<nlohmann::json> ValueValidator::coerce(const ConfigKey& key, const QString& text)
{
    nlohmann::json value;
    switch (key.type) {
    case ValueType::Number: {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return invalidValue(key, wrongType(key, QStringLiteral("expected a number")));
        value = ValueText::normalize(nlohmann::json(number));
        break;
    }
    case ValueType::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            value = true;
        else if (t == QLatin1String("false") || t == QLatin1String("0"))
            value = false;
        else
            return invalidValue(key, wrongType(key, QStringLiteral("expected true, false, 1 or 0")));
        break;
    }
    case ValueType::Text:
    case ValueType::Select:
        value = text.toStdString();
        break;
    }
    if (auto ok = validate(key, value); !ok)
        return ok.error();
    return value;
}

} // namespace kumiko::config
