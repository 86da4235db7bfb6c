#include "common/JsonDom.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kumiko {

using simdjson::dom::element_type;

namespace {

// Only for a value known to be an object or an array: simdjson's empty object and array are unusable.
simdjson::dom::object objectOf(simdjson::dom::element value)
{
    return value.get_object().value_unsafe();
}

simdjson::dom::array arrayOf(simdjson::dom::element value)
{
    return value.get_array().value_unsafe();
}

} // namespace

std::vector<JsonDom::Member> JsonDom::sortedMembers(simdjson::dom::element value)
{
    if (!value.is_object())
        return {};
    std::vector<Member> sorted;
    const simdjson::dom::object object = objectOf(value);
    sorted.reserve(object.size());
    for (auto [name, member] : object)
        sorted.emplace_back(name, member);
    std::sort(sorted.begin(), sorted.end(),
              [](const Member& a, const Member& b) { return a.first < b.first; });
    return sorted;
}

std::vector<simdjson::dom::element> JsonDom::items(simdjson::dom::element value)
{
    if (!value.is_array())
        return {};
    const simdjson::dom::array array = arrayOf(value);
    return {array.begin(), array.end()};
}

nlohmann::json JsonDom::toJson(simdjson::dom::element value)
{
    switch (value.type()) {
    case element_type::OBJECT: {
        nlohmann::json object = nlohmann::json::object();
        for (auto [name, member] : objectOf(value))
            object[std::string(name)] = toJson(member);
        return object;
    }
    case element_type::ARRAY: {
        nlohmann::json array = nlohmann::json::array();
        for (simdjson::dom::element item : arrayOf(value))
            array.push_back(toJson(item));
        return array;
    }
    case element_type::INT64: {
        const int64_t number = int64_t(value);
        return number >= 0 ? nlohmann::json(uint64_t(number)) : nlohmann::json(number);
    }
    case element_type::UINT64:
        return uint64_t(value);
    case element_type::DOUBLE:
        return double(value);
    case element_type::STRING:
        return std::string(std::string_view(value));
    case element_type::BOOL:
        return bool(value);
    case element_type::NULL_VALUE:
        break;
    }
    return nullptr;
}

QString JsonDom::typeName(simdjson::dom::element value)
{
    switch (value.type()) {
    case element_type::OBJECT:
        return QStringLiteral("object");
    case element_type::ARRAY:
        return QStringLiteral("array");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return QStringLiteral("number");
    case element_type::STRING:
        return QStringLiteral("string");
    case element_type::BOOL:
        return QStringLiteral("boolean");
    case element_type::NULL_VALUE:
        break;
    }
    return QStringLiteral("null");
}

bool JsonDom::hasDuplicateMember(simdjson::dom::element value)
{
    if (value.is_array()) {
        for (simdjson::dom::element item : arrayOf(value))
            if (hasDuplicateMember(item))
                return true;
        return false;
    }
    if (!value.is_object())
        return false;
    const simdjson::dom::object object = objectOf(value);
    // Most objects have a handful of members: comparing each with the ones before, on the stack,
    // beats hashing; a large one (10,000 keys) is sorted.
    constexpr size_t kOnStack = 16;
    std::array<std::string_view, kOnStack> few;
    std::vector<std::string_view> many;
    const bool large = object.size() > kOnStack;
    if (large)
        many.reserve(object.size());
    size_t count = 0;
    for (auto [name, member] : object) {
        if (large) {
            many.push_back(name);
        } else {
            if (std::find(few.begin(), few.begin() + count, name) != few.begin() + count)
                return true;
            few[count++] = name;
        }
        if (hasDuplicateMember(member))
            return true;
    }
    std::sort(many.begin(), many.end());
    return std::adjacent_find(many.begin(), many.end()) != many.end();
}

} // namespace kumiko
