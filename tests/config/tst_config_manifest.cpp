#include "LargeManifest.h"
#include "TestMacros.h"
#include "config/KeyName.h"
#include "config/ProjectManifest.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"

#include <QtTest>

using namespace kumiko;
using namespace kumiko::config;
using Json = nlohmann::json;

class TestConfigManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kebab_data();
    void kebab();
    void qualifiedName();
    void validManifestLoads();
    void invalidManifest_data();
    void invalidManifest();
    void everyProblemIsReported();
    void duplicateMemberIsAnError();
    void syntaxErrorHasLineAndColumn();
    void seedKeysAreQualified();
    void tenThousandKeysAndSeedsLoad();
    void validator_data();
    void validator();
    void validateWriteChecksKeyAndScope();
    void coerce_data();
    void coerce();
    void valueTextIsJsonStringify();
    void defaultWriteScope_data();
    void defaultWriteScope();
};

void TestConfigManifest::kebab_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("camel with acronym at end") << "maxUploadSizeMB"
                                               << "max-upload-size-mb";
    QTest::newRow("acronym run then word") << "ABCDef"
                                           << "abc-def";
    QTest::newRow("dot") << "a.b"
                         << "a-b";
    QTest::newRow("digit before capital") << "oauth2Client"
                                          << "oauth2-client";
    QTest::newRow("digits inside") << "http2"
                                   << "http2";
    QTest::newRow("digits then acronym") << "v2API"
                                         << "v2-api";
    QTest::newRow("acronym then digit then word") << "API2Key"
                                                  << "api2-key";
    QTest::newRow("already kebab") << "company-name"
                                   << "company-name";
    QTest::newRow("simple camel") << "serviceUrl"
                                  << "service-url";
    QTest::newRow("leading capital") << "Theme"
                                     << "theme";
    QTest::newRow("dotted camel") << "smtp.hostName"
                                  << "smtp-host-name";
}

void TestConfigManifest::kebab()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(KeyName::kebab(name), expected);
}

void TestConfigManifest::qualifiedName()
{
    QCOMPARE(KeyName::qualify(QStringLiteral("billing"), QStringLiteral("maxUploadSizeMB")),
             QStringLiteral("billing:config:max-upload-size-mb"));
    QCOMPARE(KeyName::qualify(QStringLiteral("userPrefs"), QStringLiteral("theme")),
             QStringLiteral("user-prefs:config:theme"));
    QVERIFY(KeyName::isQualified(QStringLiteral("tenant:config:company-name")));
    QVERIFY(!KeyName::isQualified(QStringLiteral("tenant:write:company-name")));
    QVERIFY(!KeyName::isQualified(QStringLiteral("Tenant:config:x")));
    QVERIFY(!KeyName::isValidSegment(QStringLiteral("1abc")));
}

static const char* specManifest = R"({
  "features": {
    "billing": {
      "config": {
        "keys": {
          "maxUploadSizeMB": { "scope": "tenant", "type": "number", "default": 10, "bounds": { "min": 1, "max": 1000 } },
          "stripeKey":       { "scope": "tenant", "type": "text", "encrypted": true },
          "theme":           { "scope": "user", "type": "select", "options": ["light", "dark"], "default": "light" },
          "serviceUrl":      { "scope": "system", "type": "text", "pattern": "^https://", "env": "BILLING_SERVICE_URL" }
        },
        "seeds": [
          { "key": "maxUploadSizeMB", "scope": "tenant", "value": 50 },
          { "key": "stripeKey", "scope": "tenant", "tenant": "demo", "valueFromEnv": "DEMO_STRIPE_KEY" },
          { "key": "theme", "scope": "user", "tenant": "demo", "user": "admin@example.com", "value": "dark" }
        ]
      }
    }
  },
  "auth": { "anything": ["kept", "raw"] },
  "mail": { "from": "x@example.com" }
})";

void TestConfigManifest::validManifestLoads()
{
    auto manifest = ProjectManifest::parse(specManifest, QStringLiteral("kumiko.json"));
    KUMIKO_VERIFY_OK(manifest);
    QCOMPARE(manifest->keys().keys().size(), 4);
    const ConfigKey* size = manifest->keys().find(QStringLiteral("billing:config:max-upload-size-mb"));
    QVERIFY(size);
    QCOMPARE(size->scope, Scope::Tenant);
    QCOMPARE(size->type, ValueType::Number);
    QCOMPARE(*size->min, 1.0);
    QCOMPARE(*size->max, 1000.0);
    QCOMPARE(*size->defaultValue, Json(10));
    const ConfigKey* url = manifest->keys().find(QStringLiteral("billing:config:service-url"));
    QVERIFY(url);
    QCOMPARE(url->env, QStringLiteral("BILLING_SERVICE_URL"));
    QVERIFY(manifest->keys().find(QStringLiteral("billing:config:stripe-key"))->encrypted);
    QCOMPARE(manifest->seeds().size(), 3);
    QCOMPARE(manifest->seeds().at(1).valueFromEnv, QStringLiteral("DEMO_STRIPE_KEY"));
    QCOMPARE(manifest->seeds().at(2).user, QStringLiteral("admin@example.com"));
    QCOMPARE(manifest->auth().at("anything").size(), 2u);
    QCOMPARE(manifest->mail().at("from"), Json("x@example.com"));
}

static QByteArray withKey(const QString& declaration, const QString& seeds = QStringLiteral("[]"))
{
    return QStringLiteral(R"({"features": {"f": {"config": {"keys": {"k": %1}, "seeds": %2}}}})")
        .arg(declaration, seeds)
        .toUtf8();
}

void TestConfigManifest::invalidManifest_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown top-level member") << QByteArray(R"({"features": {}, "extra": 1})") << "extra"
                                              << "unknown member";
    QTest::newRow("auth not an object") << QByteArray(R"({"auth": []})") << "auth"
                                        << "must be an object";
    QTest::newRow("not an object") << QByteArray("[1]") << ""
                                   << "must be a JSON object";
    QTest::newRow("unknown key member")
        << withKey(R"({"scope": "tenant", "type": "text", "colour": 1})") << "features.f.config.keys.k.colour"
        << "unknown member";
    QTest::newRow("unknown feature member")
        << QByteArray(R"({"features": {"f": {"entities": {}}}})") << "features.f.entities"
        << "unknown member";
    QTest::newRow("bad type") << withKey(R"({"scope": "tenant", "type": "color"})")
                              << "features.f.config.keys.k.type"
                              << "must be one of text";
    QTest::newRow("scope not a string")
        << withKey(R"({"scope": 3, "type": "text"})") << "features.f.config.keys.k.scope"
        << "must be a string, not number";
    QTest::newRow("missing scope") << withKey(R"({"type": "text"})") << "features.f.config.keys.k.scope"
                                   << "missing";
    QTest::newRow("min > max")
        << withKey(R"({"scope": "system", "type": "number", "bounds": {"min": 5, "max": 1}})")
        << "features.f.config.keys.k.bounds"
        << "min 5 is greater than max 1";
    QTest::newRow("default out of bounds")
        << withKey(R"({"scope": "system", "type": "number", "default": 0, "bounds": {"min": 1}})")
        << "features.f.config.keys.k.default"
        << "out_of_bounds";
    QTest::newRow("default not an option")
        << withKey(R"({"scope": "system", "type": "select", "options": ["a"], "default": "b"})")
        << "features.f.config.keys.k.default"
        << "invalid_option";
    QTest::newRow("default wrong type")
        << withKey(R"({"scope": "system", "type": "boolean", "default": "yes"})")
        << "features.f.config.keys.k.default"
        << "invalid_type";
    QTest::newRow("encrypted with default")
        << withKey(R"({"scope": "system", "type": "text", "encrypted": true, "default": "x"})")
        << "features.f.config.keys.k.default"
        << "encrypted key cannot have a default";
    QTest::newRow("bounds on text") << withKey(R"({"scope": "system", "type": "text", "bounds": {"min": 1}})")
                                    << "features.f.config.keys.k.bounds"
                                    << "number keys only";
    QTest::newRow("select without options")
        << withKey(R"({"scope": "system", "type": "select"})") << "features.f.config.keys.k.options"
        << "needs options";
    QTest::newRow("bad regex") << withKey(R"({"scope": "system", "type": "text", "pattern": "(["})")
                               << "features.f.config.keys.k.pattern"
                               << "not a valid regular expression";
    QTest::newRow("bad env name") << withKey(R"({"scope": "system", "type": "text", "env": "1-X"})")
                                  << "features.f.config.keys.k.env"
                                  << "environment variable";
    QTest::newRow("duplicate qualified key across features")
        << QByteArray(
               R"({"features": {"f": {"config": {"keys": {"maxSize": {"scope": "system", "type": "number"}}}},
                           "F": {"config": {"keys": {"max-size": {"scope": "system", "type": "number"}}}}}})")
        << "features.f.config.keys.maxSize"
        << "duplicate config key f:config:max-size";
    QTest::newRow("user seed without tenant and user")
        << withKey(R"({"scope": "user", "type": "text"})", R"([{"key": "k", "value": "x"}])")
        << "features.f.config.seeds[0]"
        << "needs both tenant and user";
    QTest::newRow("user seed without user")
        << withKey(R"({"scope": "user", "type": "text"})",
                   R"([{"key": "k", "scope": "user", "tenant": "acme", "value": "x"}])")
        << "features.f.config.seeds[0]"
        << "needs both tenant and user";
    QTest::newRow("seed deeper than key")
        << withKey(R"({"scope": "tenant", "type": "text"})",
                   R"([{"key": "k", "scope": "user", "tenant": "t", "user": "u", "value": "x"}])")
        << "features.f.config.seeds[0].scope"
        << "deeper than the key's scope";
    QTest::newRow("seed value invalid")
        << withKey(R"({"scope": "system", "type": "number", "bounds": {"max": 3}})",
                   R"([{"key": "k", "value": 4}])")
        << "features.f.config.seeds[0].value"
        << "out_of_bounds";
    QTest::newRow("seed with value and valueFromEnv")
        << withKey(R"({"scope": "system", "type": "text"})",
                   R"([{"key": "k", "value": "a", "valueFromEnv": "A"}])")
        << "features.f.config.seeds[0]"
        << "exactly one of value and valueFromEnv";
    QTest::newRow("seed unknown member") << withKey(R"({"scope": "system", "type": "text"})",
                                                    R"([{"key": "k", "value": "a", "tenantKey": "x"}])")
                                         << "features.f.config.seeds[0].tenantKey"
                                         << "unknown member";
    QTest::newRow("system seed with tenant")
        << withKey(R"({"scope": "tenant", "type": "text"})",
                   R"([{"key": "k", "scope": "system", "tenant": "a", "value": "a"}])")
        << "features.f.config.seeds[0].tenant"
        << "takes no tenant";
    QTest::newRow("duplicate seed")
        << withKey(
               R"({"scope": "tenant", "type": "text"})",
               R"([{"key": "k", "tenant": "a", "value": "a"}, {"key": "k", "tenant": "a", "value": "b"}])")
        << "features.f.config.seeds[1]"
        << "duplicate seed";
    QTest::newRow("key name that is no segment")
        << withKey(R"({"scope": "tenant", "type": "text"})").replace("\"k\"", "\"9lives\"")
        << "features.f.config.keys[\"9lives\"]"
        << "kebab-case";
}

void TestConfigManifest::invalidManifest()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QList<ManifestIssue> issues;
    auto manifest = ProjectManifest::parse(text, QStringLiteral("/p/kumiko.json"), &issues);
    KUMIKO_VERIFY_ERROR(manifest, "invalid_manifest");
    QCOMPARE(manifest.error().context, QStringLiteral("/p/kumiko.json"));
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const ManifestIssue& issue) {
        return issue.path == path && issue.reason.contains(reason);
    });
    QVERIFY2(found, qPrintable(manifest.error().message));
}

void TestConfigManifest::everyProblemIsReported()
{
    const QByteArray text = R"({"features": {"f": {"config": {"keys": {
        "a": {"scope": "tenant", "type": "number", "bounds": {"min": 9, "max": 1}},
        "b": {"scope": "galaxy", "type": "text"},
        "c": {"scope": "system", "type": "text", "encrypted": true, "default": "s"}}}}}, "other": true})";
    QList<ManifestIssue> issues;
    auto manifest = ProjectManifest::parse(text, QStringLiteral("kumiko.json"), &issues);
    KUMIKO_VERIFY_ERROR(manifest, "invalid_manifest");
    QCOMPARE(issues.size(), 4);
    QVERIFY(manifest.error().message.contains(QLatin1String("4 problem(s)")));
    QVERIFY(manifest.error().message.contains(QLatin1String("features.f.config.keys.b.scope")));
    // Every problem says where it is: the key "b" and its scope sit on line 3.
    QVERIFY2(
        manifest.error().message.contains(QLatin1String("kumiko.json:3:15: features.f.config.keys.b.scope:")),
        qPrintable(manifest.error().message));
    QCOMPARE(issues.at(1).where, QStringLiteral("kumiko.json:3:15"));
    QVERIFY(!manifest.error().message.contains(QLatin1String("\"s\"")));
}

void TestConfigManifest::duplicateMemberIsAnError()
{
    QList<ManifestIssue> issues;
    auto manifest = ProjectManifest::parse(
        withKey(R"({"scope": "tenant", "type": "number", "default": 1, "default": 500})"),
        QStringLiteral("kumiko.json"), &issues);
    KUMIKO_VERIFY_ERROR(manifest, "invalid_manifest");
    QCOMPARE(manifest.error().field, QStringLiteral("features.f.config.keys.k.default"));
    QVERIFY2(
        manifest.error().message.contains(QLatin1String("member \"default\" appears twice in one object")),
        qPrintable(manifest.error().message));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("features.f.config.keys.k.default"));
    QCOMPARE(issues.first().where, manifest.error().context);
}

void TestConfigManifest::syntaxErrorHasLineAndColumn()
{
    auto manifest =
        ProjectManifest::parse("{\n  \"features\": {\n    \"f\": ,\n  }\n}", QStringLiteral("x/kumiko.json"));
    KUMIKO_VERIFY_ERROR(manifest, "invalid_manifest");
    QCOMPARE(manifest.error().context, QStringLiteral("x/kumiko.json:3:10"));
    QVERIFY(
        manifest.error().message.startsWith(QLatin1String("x/kumiko.json:3:10: invalid JSON: syntax error")));
}

void TestConfigManifest::seedKeysAreQualified()
{
    auto manifest = ProjectManifest::parse(
        withKey(R"({"scope": "tenant", "type": "text"})",
                R"([{"key": "k", "value": "a"}, {"key": "other:config:thing", "value": 1}])"),
        QStringLiteral("kumiko.json"));
    KUMIKO_VERIFY_OK(manifest);
    QCOMPARE(manifest->seeds().at(0).key, QStringLiteral("f:config:k"));
    QCOMPARE(manifest->seeds().at(1).key, QStringLiteral("other:config:thing"));
    QCOMPARE(manifest->seeds().at(1).jsonPath, QStringLiteral("features.f.config.seeds[1]"));
}

static ConfigKey keyOf(const char* declaration)
{
    auto manifest =
        ProjectManifest::parse(withKey(QString::fromUtf8(declaration)), QStringLiteral("kumiko.json"));
    if (!manifest)
        qFatal("%s", qPrintable(manifest.error().message));
    return manifest->keys().keys().first();
}

void TestConfigManifest::tenThousandKeysAndSeedsLoad()
{
    const QByteArray text = test::LargeManifest::json(10000, 10000);
    auto manifest = ProjectManifest::parse(text, QStringLiteral("kumiko.json"));
    KUMIKO_VERIFY_OK(manifest);
    QCOMPARE(manifest->keys().keys().size(), 10000);
    QCOMPARE(manifest->seeds().size(), 10000);
    for (int i : {0, 1, 2, 3, 4, 4711, 9999}) {
        const ConfigKey* key = manifest->keys().find(test::LargeManifest::keyName(i));
        QVERIFY2(key, qPrintable(test::LargeManifest::keyName(i)));
        QCOMPARE(key->feature, QStringLiteral("f%1").arg(i % 10));
        QCOMPARE(int(key->scope), i % 3);
        QCOMPARE(key->encrypted, i % 5 == 4);
    }
    const ConfigKey* number = manifest->keys().find(test::LargeManifest::keyName(4710));
    QCOMPARE(number->type, ValueType::Number);
    QCOMPARE(*number->max, 1000000.0);
    QCOMPARE(*number->defaultValue, Json(4710));
    const ConfigKey* text3 = manifest->keys().find(test::LargeManifest::keyName(3));
    QVERIFY(text3->compiledPattern && text3->compiledPattern->isValid());
    QVERIFY(text3->compiledPattern->match(QStringLiteral("ok-1")).hasMatch());
    QCOMPARE(manifest->keys().find(test::LargeManifest::keyName(2))->options, (QStringList{"a", "b", "c"}));
    // Seeds in file order: per feature, then as listed; each names its key qualified and its context.
    QSet<QString> seeded;
    for (const ConfigSeed& seed : manifest->seeds()) {
        const ConfigKey* key = manifest->keys().find(seed.key);
        QVERIFY2(key, qPrintable(seed.key));
        QCOMPARE(seed.tenant.isEmpty(), key->scope == Scope::System);
        QCOMPARE(seed.user.isEmpty(), key->scope != Scope::User);
        seeded.insert(seed.key);
    }
    QCOMPARE(seeded.size(), 10000);
    QCOMPARE(manifest->seeds().first().key, test::LargeManifest::keyName(0));
    QCOMPARE(manifest->seeds().first().jsonPath, QStringLiteral("features.f0.config.seeds[0]"));

    // One problem among them is still found, with its path.
    QList<ManifestIssue> issues;
    QByteArray broken = text;
    broken.replace("\"default\": 4710", "\"default\": 4000000");
    QVERIFY(!ProjectManifest::parse(broken, QStringLiteral("kumiko.json"), &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("features.f0.config.keys.maxItems04710.default"));
}

void TestConfigManifest::validator_data()
{
    QTest::addColumn<QString>("declaration");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("reason");
    const QString number =
        QStringLiteral(R"({"scope": "tenant", "type": "number", "bounds": {"min": 1, "max": 1000}})");
    const QString select =
        QStringLiteral(R"({"scope": "user", "type": "select", "options": ["light", "dark"]})");
    const QString url = QStringLiteral(R"({"scope": "system", "type": "text", "pattern": "^https://"})");
    const QString flag = QStringLiteral(R"({"scope": "system", "type": "boolean"})");
    QTest::newRow("number ok") << number << QByteArray("50") << "";
    QTest::newRow("number at max") << number << QByteArray("1000") << "";
    QTest::newRow("number above max") << number << QByteArray("1001") << "out_of_bounds";
    QTest::newRow("number below min") << number << QByteArray("0.5") << "out_of_bounds";
    QTest::newRow("number as text") << number << QByteArray("\"50\"") << "invalid_type";
    QTest::newRow("boolean as number") << number << QByteArray("true") << "invalid_type";
    QTest::newRow("null") << number << QByteArray("null") << "invalid_type";
    QTest::newRow("select ok") << select << QByteArray("\"dark\"") << "";
    QTest::newRow("select other") << select << QByteArray("\"blue\"") << "invalid_option";
    QTest::newRow("select number") << select << QByteArray("1") << "invalid_type";
    QTest::newRow("pattern ok") << url << QByteArray("\"https://x\"") << "";
    QTest::newRow("pattern mismatch") << url << QByteArray("\"http://x\"") << "invalid_format";
    QTest::newRow("text object") << url << QByteArray("{}") << "invalid_type";
    QTest::newRow("boolean ok") << flag << QByteArray("false") << "";
    QTest::newRow("boolean text") << flag << QByteArray("\"true\"") << "invalid_type";
}

void TestConfigManifest::validator()
{
    QFETCH(QString, declaration);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    const ConfigKey key = keyOf(declaration.toUtf8().constData());
    const Status status = ValueValidator::validate(key, Json::parse(value.toStdString()));
    if (reason.isEmpty()) {
        KUMIKO_VERIFY_OK(status);
        return;
    }
    KUMIKO_VERIFY_ERROR(status, "invalid_value");
    QCOMPARE(status.error().context, reason);
    QCOMPARE(status.error().field, key.qualifiedName);
}

void TestConfigManifest::validateWriteChecksKeyAndScope()
{
    auto manifest = ProjectManifest::parse(specManifest, QStringLiteral("kumiko.json"));
    KUMIKO_VERIFY_OK(manifest);
    const KeyCatalog& keys = manifest->keys();
    KUMIKO_VERIFY_OK(
        keys.validateWrite(QStringLiteral("billing:config:max-upload-size-mb"), Scope::System, 5));
    KUMIKO_VERIFY_ERROR(
        keys.validateWrite(QStringLiteral("billing:config:max-upload-size-mb"), Scope::User, 5),
        "invalid_scope");
    KUMIKO_VERIFY_ERROR(keys.validateWrite(QStringLiteral("billing:config:nope"), Scope::System, 5),
                        "unknown_config_key");
    KUMIKO_VERIFY_ERROR(keys.validateWrite(QStringLiteral("billing:config:theme"), Scope::User, "blue"),
                        "invalid_value");
    KUMIKO_VERIFY_OK(keys.validateReset(QStringLiteral("billing:config:theme"), Scope::Tenant));
}

void TestConfigManifest::coerce_data()
{
    QTest::addColumn<QString>("declaration");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected"); // empty: error
    const QString number = QStringLiteral(R"({"scope": "tenant", "type": "number", "bounds": {"max": 100}})");
    const QString flag = QStringLiteral(R"({"scope": "system", "type": "boolean"})");
    const QString text = QStringLiteral(R"({"scope": "system", "type": "text"})");
    QTest::newRow("integer") << number << "42" << QByteArray("42");
    QTest::newRow("float") << number << "2.5" << QByteArray("2.5");
    QTest::newRow("whole float") << number << "7.0" << QByteArray("7");
    QTest::newRow("not a number") << number << "lots" << QByteArray();
    QTest::newRow("nan") << number << "nan" << QByteArray();
    QTest::newRow("out of bounds") << number << "101" << QByteArray();
    QTest::newRow("true") << flag << "true" << QByteArray("true");
    QTest::newRow("0") << flag << "0" << QByteArray("false");
    QTest::newRow("yes") << flag << "yes" << QByteArray();
    QTest::newRow("text keeps quotes out") << text << "hello" << QByteArray("\"hello\"");
}

void TestConfigManifest::coerce()
{
    QFETCH(QString, declaration);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    auto value = ValueValidator::coerce(keyOf(declaration.toUtf8().constData()), text);
    if (expected.isEmpty()) {
        KUMIKO_VERIFY_ERROR(value, "invalid_value");
        return;
    }
    KUMIKO_VERIFY_OK(value);
    QCOMPARE(ValueText::encode(value.value()), QString::fromUtf8(expected));
}

void TestConfigManifest::valueTextIsJsonStringify()
{
    QCOMPARE(ValueText::encode(Json("dark")), QStringLiteral("\"dark\""));
    QCOMPARE(ValueText::encode(Json(100)), QStringLiteral("100"));
    QCOMPARE(ValueText::encode(Json(50.0)), QStringLiteral("50"));
    QCOMPARE(ValueText::encode(Json(true)), QStringLiteral("true"));
    QCOMPARE(ValueText::encode(Json("Grüße \"x\"")), QStringLiteral("\"Grüße \\\"x\\\"\""));
    QCOMPARE(ValueText::decode(QStringLiteral("\"en\"")).value(), Json("en"));
    KUMIKO_VERIFY_ERROR(ValueText::decode(QStringLiteral("{oops")), "invalid_stored_value");
}

void TestConfigManifest::defaultWriteScope_data()
{
    QTest::addColumn<config::Scope>("keyScope");
    QTest::addColumn<bool>("tenantChosen");
    QTest::addColumn<bool>("userChosen");
    QTest::addColumn<config::Scope>("expected");
    using config::Scope;
    QTest::newRow("system key, no context") << Scope::System << false << false << Scope::System;
    QTest::newRow("system key, tenant and user") << Scope::System << true << true << Scope::System;
    QTest::newRow("tenant key, no context") << Scope::Tenant << false << false << Scope::System;
    QTest::newRow("tenant key, tenant") << Scope::Tenant << true << false << Scope::Tenant;
    QTest::newRow("tenant key, tenant and user") << Scope::Tenant << true << true << Scope::Tenant;
    QTest::newRow("user key, no context") << Scope::User << false << false << Scope::System;
    QTest::newRow("user key, tenant") << Scope::User << true << false << Scope::Tenant;
    QTest::newRow("user key, tenant and user") << Scope::User << true << true << Scope::User;
    // A user value lives in its tenant: without one a user alone cannot be written to.
    QTest::newRow("user key, user without tenant") << Scope::User << false << true << Scope::System;
}

void TestConfigManifest::defaultWriteScope()
{
    QFETCH(config::Scope, keyScope);
    QFETCH(bool, tenantChosen);
    QFETCH(bool, userChosen);
    QFETCH(config::Scope, expected);
    config::ConfigKey key;
    key.scope = keyScope;
    QCOMPARE(key.defaultWriteScope(tenantChosen, userChosen), expected);
}

QTEST_GUILESS_MAIN(TestConfigManifest)
#include "tst_config_manifest.moc"
