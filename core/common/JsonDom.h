#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <string_view>
#include <utility>
#include <vector>

namespace kumiko {

/// Bridges simdjson's DOM, which parses large documents (kumiko.json of 10,000 keys) about ten times
/// faster than nlohmann, to what the rest of the code uses: nlohmann values and nlohmann's type names.
class JsonDom
{
public:
    /// The value as nlohmann would have parsed it (non-negative integers unsigned, as nlohmann does).
    static nlohmann::json toJson(simdjson::dom::element value);
    /// nlohmann's name of the type: null, boolean, number, string, array, object.
    static QString typeName(simdjson::dom::element value);
    /// Whether some object, at any depth, names a member twice (strict JSON here rejects that).
    static bool hasDuplicateMember(simdjson::dom::element value);
    using Member = std::pair<std::string_view, simdjson::dom::element>;
    /// The members of an object by name (byte order, as nlohmann's sorted objects list them), none
    /// for any other value.
    static std::vector<Member> sortedMembers(simdjson::dom::element value);
    /// The items of an array, none for any other value.
    static std::vector<simdjson::dom::element> items(simdjson::dom::element value);
    static QString text(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
};

} // namespace kumiko
