#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::config {

enum class ValueType
{
    Text,
    Number,
    Boolean,
    Select
};

/// Scopes ordered by depth: a value may be stored at the key's scope or a shallower one.
enum class Scope
{
    System = 0,
    Tenant = 1,
    User = 2
};

/// One config key as declared in a feature of kumiko.json.
struct ConfigKey
{
    QString qualifiedName; ///< `<feature>:config:<key>`, kebab case
    QString feature;       ///< the feature's name as written in the manifest
    QString localName;     ///< the key's name as written in the manifest
    Scope scope = Scope::System;
    ValueType type = ValueType::Text;
    std::optional<nlohmann::json> defaultValue;
    bool encrypted = false;
    bool required = false;
    std::optional<double> min;
    std::optional<double> max;
    QString pattern;                                   ///< empty: no pattern
    std::optional<QRegularExpression> compiledPattern; ///< set with pattern (an empty one allocates)
    QStringList options;                               ///< select only
    QString env; ///< environment variable overriding the value at app level; empty: none

    /// Where an edit of this key is written unless the admin chooses otherwise: the deepest scope the
    /// key allows that the context names — user when a user is chosen, else tenant when a tenant is
    /// chosen, else system.
    Scope defaultWriteScope(bool tenantChosen, bool userChosen) const;

    static QString scopeName(Scope scope);
    static std::optional<Scope> parseScope(QAnyStringView name);
    static QString typeName(ValueType type);
    static std::optional<ValueType> parseType(QAnyStringView name);
};

} // namespace kumiko::config
