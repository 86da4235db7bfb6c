#include "LargeManifest.h"

#include <nlohmann/json.hpp>

namespace kumiko::test {

using Json = nlohmann::json;

namespace {

std::string feature(int key)
{
    return QStringLiteral("f%1").arg(key % 10).toStdString();
}

} // namespace

QString LargeManifest::keyName(int i)
{
    return QStringLiteral("f%1:config:max-items%2").arg(i % 10).arg(i, 5, 10, QLatin1Char('0'));
}

QByteArray LargeManifest::json(int keys, int seeds)
{
    static const char* const scopes[] = {"system", "tenant", "user"};
    Json features = Json::object();
    for (int i = 0; i < keys; ++i) {
        const std::string local = QStringLiteral("maxItems%1").arg(i, 5, 10, QLatin1Char('0')).toStdString();
        Json key = {{"scope", scopes[i % 3]}};
        switch (i % 5) {
        case 0:
            key["type"] = "number";
            key["bounds"] = Json{{"min", 0}, {"max", 1000000}};
            key["default"] = i;
            break;
        case 1:
            key["type"] = "boolean";
            key["default"] = true;
            break;
        case 2:
            key["type"] = "select";
            key["options"] = Json::array({"a", "b", "c"});
            key["default"] = "b";
            break;
        case 3:
            key["type"] = "text";
            key["pattern"] = "^[a-z0-9-]*$";
            key["default"] = "x";
            break;
        default:
            key["type"] = "text";
            key["encrypted"] = true;
        }
        features[feature(i)]["config"]["keys"][local] = key;
    }
    static const Json values[] = {42, false, "c", "v", "secret"};
    for (int i = 0; i < seeds; ++i) {
        const int k = i % keys;
        Json seed = {{"key", LargeManifest::keyName(k).toStdString()}, {"value", values[k % 5]}};
        const int depth = k % 3;
        if (depth > 0)
            seed["tenant"] = QStringLiteral("tenant-%1").arg(i).toStdString();
        if (depth > 1)
            seed["user"] = QStringLiteral("user-%1@example.com").arg(i).toStdString();
        features[feature(k)]["config"]["seeds"].push_back(seed);
    }
    return QByteArray::fromStdString(Json{{"features", features}}.dump(2));
}

} // namespace kumiko::test
