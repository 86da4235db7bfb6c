#pragma once

#include "common/Result.h"

#include <QString>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace kumiko::domain {

/// Strict shape of a handler payload: known members only, each with its JSON type and format.
class PayloadSchema
{
public:
    enum class Type
    {
        String, ///< non-empty string
        Uuid,   ///< uuid text
        Boolean,
        Integer,
        Roles,     ///< array of non-empty strings
        RolesText, ///< JSON text of an array of strings (upstream user roles), or such an array
        Object,    ///< nested object checked by a nested schema
        Any,       ///< any JSON value (config values)
    };

    PayloadSchema& required(const QString& name, Type type);
    PayloadSchema& optional(const QString& name, Type type, bool nullable = false);
    PayloadSchema& object(const QString& name, PayloadSchema nested, bool isRequired = true);
    /// At least one member must be present (e.g. `changes`).
    PayloadSchema& nonEmpty();

    /// `invalid_payload` with Error::field = JSON path ("changes.roles[1]") on the first problem.
    Status validate(const nlohmann::json& payload, const QString& path = {}) const;

private:
    struct Member
    {
        QString name;
        Type type;
        bool required;
        bool nullable;
        std::shared_ptr<PayloadSchema> nested;
    };
    std::vector<Member> m_members;
    bool m_nonEmpty = false;
};

} // namespace kumiko::domain
