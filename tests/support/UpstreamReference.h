#pragma once

// The rows the upstream framework wrote (tests/reference/upstream-rows.json), to compare shapes with.
#include <QFile>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace kumiko::test {

class UpstreamReference
{
public:
    static const nlohmann::json& rows()
    {
        static const nlohmann::json document = [] {
            QFile file(QFINDTESTDATA("../reference/upstream-rows.json"));
            return file.open(QIODevice::ReadOnly) ? nlohmann::json::parse(file.readAll().toStdString())
                                                  : nlohmann::json();
        }();
        return document;
    }

    /// The reference event with `id` (1-based as in the file); null when there is none.
    static nlohmann::json event(int id)
    {
        for (const nlohmann::json& e : rows().at("events"))
            if (e.at("id") == id)
                return e;
        return {};
    }

    static std::set<std::string> keysOf(const nlohmann::json& object)
    {
        std::set<std::string> keys;
        for (const auto& [key, value] : object.items())
            keys.insert(key);
        return keys;
    }
};

} // namespace kumiko::test
