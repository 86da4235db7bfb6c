#include "TestDatabase.h"
#include "TestMacros.h"
#include "config/ConfigCascade.h"
#include "config/ConfigSeeder.h"
#include "config/ConfigValueWriter.h"
#include "config/ConfigWriteRules.h"
#include "config/EnvelopeCipher.h"
#include "config/SeedId.h"
#include "config/SeedStatusReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QtTest>

using namespace kumiko;
using namespace kumiko::config;
using kumiko::test::TestDatabase;
using Json = nlohmann::json;

namespace {

const QString masterKey = QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");
const QString systemTenant = domain::WellKnownIds::systemTenantId();

QProcessEnvironment withKey(QProcessEnvironment env = {})
{
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), masterKey);
    return env;
}

ProjectManifest manifestOf(const QString& features)
{
    auto manifest = ProjectManifest::parse(QStringLiteral(R"({"features": %1})").arg(features).toUtf8(),
                                           QStringLiteral("kumiko.json"));
    if (!manifest)
        qFatal("%s", qPrintable(manifest.error().message));
    return manifest.value();
}

QString scalarText(const QString& sql, const QVariantList& values = {})
{
    auto value = db::Sql::scalar(TestDatabase::connection(), sql, values);
    return value ? value->toString() : QStringLiteral("<error %1>").arg(value.error().toString());
}

// The features block used by the upstream behaviour tests: one key per seed kind.
const char* upstreamFeatures = R"({
  "up": {"config": {
    "keys": {
      "maxUsers":    {"scope": "tenant", "type": "number"},
      "companyName": {"scope": "tenant", "type": "text"},
      "locale":      {"scope": "tenant", "type": "select", "options": ["en", "de"]},
      "theme":       {"scope": "user", "type": "select", "options": ["light", "dark"]},
      "smtpPass":    {"scope": "tenant", "type": "text", "encrypted": true}
    },
    "seeds": [
      {"key": "maxUsers", "scope": "system", "value": 100},
      {"key": "companyName", "scope": "tenant", "value": "Default Co"},
      {"key": "locale", "scope": "tenant", "tenant": "acme", "value": "en"},
      {"key": "theme", "scope": "user", "tenant": "acme", "user": "admin@example.com", "value": "dark"},
      {"key": "smtpPass", "scope": "tenant", "tenant": "acme", "value": "s3cret"}
    ]}}})";

} // namespace

class TestConfigSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunCreatesSecondSkips();
    void rowsAndEventsFollowUpstream();
    void insertOnly();
    void encryptedSeedWithoutKeyWritesNothing();
    void encryptedSeedStoresEnvelope();
    void unknownKeyIsSkippedAndNamed();
    void emptySeedList();
    void unknownTenantIsAnErrorBeforeWriting();
    void adminSetBeforeSeedKeepsOneRow();
    void seedStatus();
    void cascadeSources();
    void cascadeNullValueIsAbsent();
    void cascadeEnvOverride();
    void cascadeBatchEqualsSingle();
    void setHandlerUsesTheCatalog();
    void valueWriterChecksTheTargetAndEncrypts();

private:
    Result<domain::HandlerOutcome> dispatch(const QString& handler, const Json& payload);
    QString m_acme;
    QString m_globex;
    QString m_admin;
    domain::HandlerRegistry m_registry = domain::HandlerRegistry::standard();
};

Result<domain::HandlerOutcome> TestConfigSeed::dispatch(const QString& handler, const Json& payload)
{
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto outcome = m_registry.dispatch(db, handler, payload, domain::Actor::systemAdmin());
    if (!outcome)
        return outcome;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

void TestConfigSeed::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_config_seed")));
    auto acme = dispatch(QStringLiteral("tenant:write:create"), {{"key", "acme"}, {"name", "Acme"}});
    KUMIKO_VERIFY_OK(acme);
    m_acme = QString::fromStdString(acme->result["id"].get<std::string>());
    auto globex = dispatch(QStringLiteral("tenant:write:create"), {{"key", "globex"}, {"name", "Globex"}});
    KUMIKO_VERIFY_OK(globex);
    m_globex = QString::fromStdString(globex->result["id"].get<std::string>());
    auto admin = dispatch(QStringLiteral("user:write:user:create"),
                          {{"email", "admin@example.com"}, {"displayName", "Admin"}});
    KUMIKO_VERIFY_OK(admin);
    m_admin = QString::fromStdString(admin->result["id"].get<std::string>());
}

void TestConfigSeed::firstRunCreatesSecondSkips()
{
    const ProjectManifest manifest = manifestOf(QString::fromUtf8(upstreamFeatures));
    auto first = ConfigSeeder::run(TestDatabase::connection(), manifest, withKey());
    KUMIKO_VERIFY_OK(first);
    QCOMPARE(first->created, 5);
    QCOMPARE(first->skipped, 0);
    const qint64 events = TestDatabase::count(QStringLiteral("kumiko_events"));
    auto second = ConfigSeeder::run(TestDatabase::connection(), manifest, withKey());
    KUMIKO_VERIFY_OK(second);
    QCOMPARE(second->created, 0);
    QCOMPARE(second->skipped, 5);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), events);
    QCOMPARE(second->toJson(), Json({{"created", 0}, {"skipped", 5}, {"unknown", Json::array()}}));
}

void TestConfigSeed::rowsAndEventsFollowUpstream()
{
    // Seeded by firstRunCreatesSecondSkips: every stream in the system tenant, rows by scope.
    const QString where = QStringLiteral("key LIKE 'up:config:%'");
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"), where), 5);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_events"),
                            QStringLiteral("aggregate_type = 'config-value' AND payload->>'key' LIKE "
                                           "'up:config:%' AND tenant_id = '%1' AND version = 1 AND "
                                           "type = 'config-value.created' AND created_by = '%2' AND "
                                           "metadata - 'correlationId' = '{\"userId\": \"%2\"}'::jsonb AND "
                                           "(metadata ->> 'correlationId')::uuid IS NOT NULL")
                                .arg(systemTenant, domain::WellKnownIds::systemUserId())),
        5);
    const auto rowOf = [](const QString& key) {
        return scalarText(
            QStringLiteral("SELECT id::text || '|' || tenant_id::text || '|' || coalesce(user_id, '') "
                           "|| '|' || value || '|' || version FROM read_config_values WHERE key = ?"),
            {key});
    };
    const auto idOf = [](const QString& key, const QString& tenant, const QString& user) {
        return SeedId::of(key, QUuid(tenant), user).toString(QUuid::WithoutBraces);
    };
    QCOMPARE(rowOf(QStringLiteral("up:config:max-users")),
             QStringLiteral("%1|%2||100|1")
                 .arg(idOf(QStringLiteral("up:config:max-users"), systemTenant, {}), systemTenant));
    QCOMPARE(rowOf(QStringLiteral("up:config:company-name")),
             QStringLiteral("%1|%2||\"Default Co\"|1")
                 .arg(idOf(QStringLiteral("up:config:company-name"), systemTenant, {}), systemTenant));
    QCOMPARE(
        rowOf(QStringLiteral("up:config:locale")),
        QStringLiteral("%1|%2||\"en\"|1").arg(idOf(QStringLiteral("up:config:locale"), m_acme, {}), m_acme));
    QCOMPARE(rowOf(QStringLiteral("up:config:theme")),
             QStringLiteral("%1|%2|%3|\"dark\"|1")
                 .arg(idOf(QStringLiteral("up:config:theme"), m_acme, m_admin), m_acme, m_admin));
    // The event payload carries key, value, userId and tenantId (the row tenant, not the stream's).
    const QString payload =
        scalarText(QStringLiteral("SELECT payload::text FROM kumiko_events WHERE aggregate_id = ?::uuid"),
                   {idOf(QStringLiteral("up:config:theme"), m_acme, m_admin)});
    QCOMPARE(Json::parse(payload.toStdString()), Json({{"key", "up:config:theme"},
                                                       {"value", "\"dark\""},
                                                       {"userId", m_admin.toStdString()},
                                                       {"tenantId", m_acme.toStdString()}}));
    QCOMPARE(
        scalarText(QStringLiteral("SELECT count(*) FROM read_config_values r JOIN kumiko_events e ON "
                                  "e.aggregate_id = r.id WHERE r.key LIKE 'up:config:%' AND r.inserted_at = "
                                  "e.created_at AND r.inserted_by_id = e.created_by")),
        QStringLiteral("5"));
}

void TestConfigSeed::insertOnly()
{
    const QString features = QString::fromUtf8(upstreamFeatures)
                                 .replace(QStringLiteral("\"Default Co\""), QStringLiteral("\"Changed Co\""));
    auto result = ConfigSeeder::run(TestDatabase::connection(), manifestOf(features), withKey());
    KUMIKO_VERIFY_OK(result);
    QCOMPARE(result->created, 0);
    QCOMPARE(scalarText(
                 QStringLiteral("SELECT value FROM read_config_values WHERE key = 'up:config:company-name'")),
             QStringLiteral("\"Default Co\""));
}

void TestConfigSeed::encryptedSeedWithoutKeyWritesNothing()
{
    const QString features =
        QString::fromUtf8(upstreamFeatures).replace(QStringLiteral("\"up\""), QStringLiteral("\"nokey\""));
    const qint64 events = TestDatabase::count(QStringLiteral("kumiko_events"));
    auto result = ConfigSeeder::run(TestDatabase::connection(), manifestOf(features), QProcessEnvironment());
    KUMIKO_VERIFY_ERROR(result, "master_key_missing");
    QVERIFY(result.error().message.contains(QLatin1String("nokey:config:smtp-pass")));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), events);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"), QStringLiteral("key LIKE 'nokey:%'")),
             0);
}

void TestConfigSeed::encryptedSeedStoresEnvelope()
{
    const QString stored =
        scalarText(QStringLiteral("SELECT value FROM read_config_values WHERE key = 'up:config:smtp-pass'"));
    QVERIFY(EnvelopeCipher::isEnvelope(stored));
    QVERIFY(!stored.contains(QLatin1String("s3cret")));
    const QString inEvent = scalarText(QStringLiteral(
        "SELECT payload->>'value' FROM kumiko_events WHERE payload->>'key' = 'up:config:smtp-pass'"));
    QCOMPARE(inEvent, stored);
    auto cipher = EnvelopeCipher::fromEnvironment(withKey());
    KUMIKO_VERIFY_OK(cipher);
    QCOMPARE(cipher->decrypt(stored).value(), QByteArray("\"s3cret\""));
}

void TestConfigSeed::unknownKeyIsSkippedAndNamed()
{
    const ProjectManifest manifest = manifestOf(QStringLiteral(R"({"ghost": {"config": {
        "keys": {"real": {"scope": "system", "type": "boolean"}},
        "seeds": [{"key": "real", "value": true}, {"key": "gone", "value": 1}, {"key": "gone", "scope": "tenant", "tenant": "acme", "value": 2}]}}})"));
    auto result = ConfigSeeder::run(TestDatabase::connection(), manifest, {});
    KUMIKO_VERIFY_OK(result);
    QCOMPARE(result->created, 1);
    QCOMPARE(result->skipped, 2);
    QCOMPARE(result->unknown, QStringList{QStringLiteral("ghost:config:gone")});
}

void TestConfigSeed::emptySeedList()
{
    auto result =
        ConfigSeeder::run(TestDatabase::connection(),
                          manifestOf(QStringLiteral(R"({"empty": {"config": {"seeds": []}}})")), {});
    KUMIKO_VERIFY_OK(result);
    QCOMPARE(result->toJson(), Json({{"created", 0}, {"skipped", 0}, {"unknown", Json::array()}}));
}

void TestConfigSeed::unknownTenantIsAnErrorBeforeWriting()
{
    const ProjectManifest manifest = manifestOf(QStringLiteral(R"({"orphan": {"config": {
        "keys": {"a": {"scope": "tenant", "type": "number"}},
        "seeds": [{"key": "a", "value": 1}, {"key": "a", "tenant": "initech", "value": 2}]}}})"));
    auto result = ConfigSeeder::run(TestDatabase::connection(), manifest, {});
    KUMIKO_VERIFY_ERROR(result, "unknown_tenant");
    QCOMPARE(result.error().field, QStringLiteral("features.orphan.config.seeds[1]"));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"), QStringLiteral("key LIKE 'orphan:%'")),
             0);
}

void TestConfigSeed::adminSetBeforeSeedKeepsOneRow()
{
    auto set = dispatch(QStringLiteral("config:write:set"), {{"key", "race:config:limit"},
                                                             {"scope", "tenant"},
                                                             {"tenantId", m_globex.toStdString()},
                                                             {"value", 7}});
    KUMIKO_VERIFY_OK(set);
    const ProjectManifest manifest = manifestOf(QStringLiteral(R"({"race": {"config": {
        "keys": {"limit": {"scope": "tenant", "type": "number"}},
        "seeds": [{"key": "limit", "tenant": "globex", "value": 3}]}}})"));
    auto result = ConfigSeeder::run(TestDatabase::connection(), manifest, {});
    KUMIKO_VERIFY_OK(result);
    QCOMPARE(result->created, 0);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"),
                                 QStringLiteral("key = 'race:config:limit'")),
             1);
    QCOMPARE(
        scalarText(QStringLiteral("SELECT value FROM read_config_values WHERE key = 'race:config:limit'")),
        QStringLiteral("7"));
    auto states = SeedStatusReader::read(TestDatabase::connection(), manifest, {});
    KUMIKO_VERIFY_OK(states);
    QCOMPARE(states->first().status, SeedStatus::Overridden);
}

void TestConfigSeed::seedStatus()
{
    const QString features = QStringLiteral(R"({"st": {"config": {
        "keys": {"a": {"scope": "tenant", "type": "number"}, "b": {"scope": "tenant", "type": "number"},
                 "c": {"scope": "tenant", "type": "number"}, "d": {"scope": "system", "type": "text", "encrypted": true}},
        "seeds": [{"key": "a", "value": 1}, {"key": "b", "tenant": "acme", "value": 2}, {"key": "c", "value": 3},
                  {"key": "d", "value": "x"}, {"key": "nope", "value": 0}, {"key": "a", "tenant": "initech", "value": 4},
                  {"key": "c", "tenant": "globex", "valueFromEnv": "ST_UNSET"}]}}})");
    const ProjectManifest manifest = manifestOf(features);
    QSqlDatabase db = TestDatabase::connection();
    auto before = SeedStatusReader::read(db, manifest, withKey());
    KUMIKO_VERIFY_OK(before);
    QStringList statuses;
    for (const SeedState& s : before.value())
        statuses << SeedStatusReader::statusName(s.status);
    QCOMPARE(statuses,
             QStringList({"pending", "pending", "pending", "pending", "unknown-key", "invalid", "invalid"}));
    QCOMPARE(before->at(1).tenantId, m_acme);
    QCOMPARE(before->at(1).id,
             SeedId::of(QStringLiteral("st:config:b"), QUuid(m_acme), {}).toString(QUuid::WithoutBraces));
    QVERIFY(before->at(5).reason.contains(QLatin1String("initech")));
    QVERIFY(before->at(6).reason.contains(QLatin1String("ST_UNSET")));

    const ProjectManifest valid = manifestOf(
        QString(features).replace(QStringLiteral(R"(, {"key": "a", "tenant": "initech", "value": 4},
                  {"key": "c", "tenant": "globex", "valueFromEnv": "ST_UNSET"})"),
                                  QString()));
    QCOMPARE(valid.seeds().size(), 5);
    KUMIKO_VERIFY_OK(ConfigSeeder::run(db, valid, withKey()));
    KUMIKO_VERIFY_OK(dispatch(
        QStringLiteral("config:write:set"),
        {{"key", "st:config:b"}, {"scope", "tenant"}, {"tenantId", m_acme.toStdString()}, {"value", 5}}));
    KUMIKO_VERIFY_OK(
        dispatch(QStringLiteral("config:write:reset"), {{"key", "st:config:c"}, {"scope", "system"}}));
    auto after = SeedStatusReader::read(db, valid, withKey());
    KUMIKO_VERIFY_OK(after);
    statuses.clear();
    for (const SeedState& s : after.value())
        statuses << SeedStatusReader::statusName(s.status);
    QCOMPARE(statuses, QStringList({"applied", "overridden", "reset", "applied", "unknown-key"}));
    // A changed seed value counts as overridden: the stored row no longer equals the seed.
    auto changed =
        SeedStatusReader::read(db,
                               manifestOf(QString(features).replace(QStringLiteral(R"("value": 1})"),
                                                                    QStringLiteral(R"("value": 9})"))),
                               withKey());
    KUMIKO_VERIFY_OK(changed);
    QCOMPARE(changed->first().status, SeedStatus::Overridden);
    const Json json = SeedStatusReader::toJson(after.value());
    QCOMPARE(json["seeds"][0]["key"], Json("st:config:a"));
    QCOMPARE(json["seeds"][0]["userId"], Json());
    QCOMPARE(json["seeds"][0]["tenantId"], Json(systemTenant.toStdString()));
    QCOMPARE(json["seeds"][0]["scope"], Json("tenant"));
    QCOMPARE(json["seeds"][2]["status"], Json("reset"));
    QCOMPARE(json["seeds"][4]["status"], Json("unknown-key"));
    QCOMPARE(json["seeds"][4]["scope"], Json()); // an unknown key without a scope of its own
}

void TestConfigSeed::cascadeSources()
{
    const ProjectManifest manifest = manifestOf(QStringLiteral(R"({"cas": {"config": {"keys": {
        "theme": {"scope": "user", "type": "select", "options": ["light", "dark", "blue"], "default": "light", "env": "CAS_THEME"},
        "bare":  {"scope": "tenant", "type": "text"}}}}})"));
    QSqlDatabase db = TestDatabase::connection();
    const QString key = QStringLiteral("cas:config:theme");
    ConfigCascade cascade(manifest.keys(), QProcessEnvironment());
    const auto sourceNow = [&](const QProcessEnvironment& env = {}) {
        ConfigCascade c(manifest.keys(), env);
        auto resolved = c.resolveOne(db, key, m_acme, m_admin);
        return resolved ? ConfigCascade::sourceName(resolved->source) + QLatin1Char('=') +
                              resolved->value.value_or(QStringLiteral("-"))
                        : resolved.error().codeName();
    };
    QCOMPARE(sourceNow(), QStringLiteral("default=\"light\""));
    QProcessEnvironment env;
    env.insert(QStringLiteral("CAS_THEME"), QStringLiteral("blue"));
    QCOMPARE(sourceNow(env), QStringLiteral("app-override=\"blue\""));
    const auto set = [&](const Json& payload) {
        KUMIKO_VERIFY_OK(dispatch(QStringLiteral("config:write:set"), payload));
    };
    set({{"key", key.toStdString()}, {"scope", "system"}, {"value", "dark"}});
    QCOMPARE(sourceNow(env), QStringLiteral("system-row=\"dark\""));
    set({{"key", key.toStdString()},
         {"scope", "tenant"},
         {"tenantId", m_acme.toStdString()},
         {"value", "light"}});
    QCOMPARE(sourceNow(), QStringLiteral("tenant-row=\"light\""));
    set({{"key", key.toStdString()},
         {"scope", "user"},
         {"tenantId", m_acme.toStdString()},
         {"userId", m_admin.toStdString()},
         {"value", "blue"}});
    auto full = cascade.resolveOne(db, key, m_acme, m_admin);
    KUMIKO_VERIFY_OK(full);
    QCOMPARE(full->source, ValueSource::UserRow);
    QStringList levels;
    for (const CascadeLevel& level : full->cascade)
        levels << QStringLiteral("%1:%2:%3")
                      .arg(ConfigCascade::sourceName(level.level),
                           level.hasValue() ? QStringLiteral("v") : QStringLiteral("-"),
                           level.active ? QStringLiteral("active") : QString());
    QCOMPARE(levels, QStringList({"user-row:v:active",
                                  "tenant-row:v:", "system-row:v:", "app-override:-:", "default:v:"}));
    // Another tenant sees only the system row; the bare key has nothing at all.
    auto other = cascade.resolveOne(db, key, m_globex, {});
    QCOMPARE(other->source, ValueSource::SystemRow);
    auto bare = cascade.resolveOne(db, QStringLiteral("cas:config:bare"), m_acme, {});
    QCOMPARE(bare->source, ValueSource::Missing);
    QVERIFY(!bare->value);
    KUMIKO_VERIFY_ERROR(cascade.resolveOne(db, QStringLiteral("cas:config:none"), m_acme, {}),
                        "unknown_config_key");
}

void TestConfigSeed::cascadeNullValueIsAbsent()
{
    const ProjectManifest manifest = manifestOf(QStringLiteral(R"({"nul": {"config": {"keys": {
        "n": {"scope": "tenant", "type": "number", "default": 4}}}}})"));
    KUMIKO_VERIFY_OK(dispatch(
        QStringLiteral("config:write:set"),
        {{"key", "nul:config:n"}, {"scope", "tenant"}, {"tenantId", m_acme.toStdString()}, {"value", 8}}));
    ConfigCascade cascade(manifest.keys(), QProcessEnvironment());
    QCOMPARE(
        cascade.resolveOne(TestDatabase::connection(), QStringLiteral("nul:config:n"), m_acme, {})->source,
        ValueSource::TenantRow);
    // Rows written by older upstream versions may hold NULL; such a row does not count.
    KUMIKO_VERIFY_OK(db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral("UPDATE read_config_values SET value = NULL WHERE key = 'nul:config:n'")));
    auto resolved =
        cascade.resolveOne(TestDatabase::connection(), QStringLiteral("nul:config:n"), m_acme, {});
    KUMIKO_VERIFY_OK(resolved);
    QCOMPARE(resolved->source, ValueSource::Default);
    QCOMPARE(*resolved->value, QStringLiteral("4"));
    QVERIFY(!resolved->cascade.front().hasValue());
}

void TestConfigSeed::cascadeEnvOverride()
{
    const ProjectManifest manifest = manifestOf(QStringLiteral(R"({"env": {"config": {"keys": {
        "limit": {"scope": "system", "type": "number", "bounds": {"max": 10}, "env": "ENV_LIMIT"},
        "on":    {"scope": "system", "type": "boolean", "env": "ENV_ON"}}}}})"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("ENV_LIMIT"), QStringLiteral("7"));
    env.insert(QStringLiteral("ENV_ON"), QStringLiteral("1"));
    auto values = ConfigCascade(manifest.keys(), env)
                      .resolve(TestDatabase::connection(),
                               {QStringLiteral("env:config:limit"), QStringLiteral("env:config:on")}, {}, {});
    KUMIKO_VERIFY_OK(values);
    QCOMPARE(*values->at(0).value, QStringLiteral("7"));
    QCOMPARE(*values->at(1).value, QStringLiteral("true"));
    QCOMPARE(values->at(1).source, ValueSource::AppOverride);
    env.insert(QStringLiteral("ENV_LIMIT"), QStringLiteral("70"));
    auto tooBig = ConfigCascade(manifest.keys(), env)
                      .resolveOne(TestDatabase::connection(), QStringLiteral("env:config:limit"), {}, {});
    KUMIKO_VERIFY_ERROR(tooBig, "invalid_env_override");
    QCOMPARE(tooBig.error().field, QStringLiteral("ENV_LIMIT"));
    QVERIFY(tooBig.error().message.contains(QLatin1String("ENV_LIMIT")));
    env.insert(QStringLiteral("ENV_LIMIT"), QStringLiteral("many"));
    KUMIKO_VERIFY_ERROR(
        ConfigCascade(manifest.keys(), env)
            .resolveOne(TestDatabase::connection(), QStringLiteral("env:config:limit"), {}, {}),
        "invalid_env_override");
}

void TestConfigSeed::cascadeBatchEqualsSingle()
{
    const ProjectManifest manifest = manifestOf(QString::fromUtf8(upstreamFeatures));
    ConfigCascade cascade(manifest.keys(), QProcessEnvironment());
    QStringList keys;
    for (const ConfigKey& key : manifest.keys().keys())
        keys << key.qualifiedName;
    auto batch = cascade.resolve(TestDatabase::connection(), keys, m_acme, m_admin);
    KUMIKO_VERIFY_OK(batch);
    QCOMPARE(batch->size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto single = cascade.resolveOne(TestDatabase::connection(), keys.at(i), m_acme, m_admin);
        KUMIKO_VERIFY_OK(single);
        QCOMPARE(batch->at(i).source, single->source);
        QCOMPARE(batch->at(i).value, single->value);
        QCOMPARE(batch->at(i).cascade.size(), single->cascade.size());
        QVERIFY(batch->at(i).seeded);
    }
}

void TestConfigSeed::setHandlerUsesTheCatalog()
{
    const ProjectManifest manifest = manifestOf(QString::fromUtf8(upstreamFeatures));
    domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    ConfigWriteRules::install(registry, manifest.keys(), EnvelopeCipher::fromEnvironment(withKey()).value());
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    const auto set = [&](const Json& payload) {
        return registry.dispatch(db, QStringLiteral("config:write:set"), payload,
                                 domain::Actor::systemAdmin());
    };
    auto bad = set({{"key", "up:config:locale"},
                    {"scope", "tenant"},
                    {"tenantId", m_acme.toStdString()},
                    {"value", "fr"}});
    KUMIKO_VERIFY_ERROR(bad, "invalid_value");
    QCOMPARE(bad.error().context, QStringLiteral("invalid_option"));
    KUMIKO_VERIFY_ERROR(set({{"key", "up:config:locale"},
                             {"scope", "user"},
                             {"tenantId", m_acme.toStdString()},
                             {"userId", m_admin.toStdString()},
                             {"value", "de"}}),
                        "invalid_scope");
    KUMIKO_VERIFY_ERROR(set({{"key", "up:config:unknown"}, {"scope", "system"}, {"value", 1}}),
                        "unknown_config_key");
    KUMIKO_VERIFY_OK(set({{"key", "up:config:smtp-pass"},
                          {"scope", "tenant"},
                          {"tenantId", m_globex.toStdString()},
                          {"value", "pw2"}}));
    const QString stored =
        scalarText(QStringLiteral("SELECT value FROM read_config_values WHERE key = 'up:config:smtp-pass' "
                                  "AND tenant_id = ?::uuid"),
                   {m_globex});
    QVERIFY(EnvelopeCipher::isEnvelope(stored));
    QVERIFY(!stored.contains(QLatin1String("pw2")));
    transaction.rollback();
}

void TestConfigSeed::valueWriterChecksTheTargetAndEncrypts()
{
    const ProjectManifest manifest = manifestOf(QString::fromUtf8(upstreamFeatures));
    const QSqlDatabase db = TestDatabase::connection();
    const auto admin = domain::Actor::systemAdmin();
    const ConfigTarget globex{QStringLiteral("up:config:smtp-pass"), Scope::Tenant, m_globex, {}};
    // Without the master key an encrypted key is not written at all.
    KUMIKO_VERIFY_ERROR(
        ConfigValueWriter(manifest.keys(), QProcessEnvironment()).set(db, globex, "pw3", admin),
        "master_key_missing");
    const ConfigValueWriter writer(manifest.keys(), withKey());
    KUMIKO_VERIFY_ERROR(writer.set(db, {globex.key, Scope::Tenant, {}, {}}, "pw3", admin), "invalid_target");
    KUMIKO_VERIFY_ERROR(writer.set(db, {globex.key, Scope::System, m_globex, {}}, "pw3", admin),
                        "invalid_target");
    KUMIKO_VERIFY_ERROR(writer.set(db, {QStringLiteral("up:config:nope"), Scope::System, {}, {}}, 1, admin),
                        "unknown_config_key");
    KUMIKO_VERIFY_OK(writer.set(db, globex, "pw3", admin));
    const QString stored =
        scalarText(QStringLiteral("SELECT value FROM read_config_values WHERE key = 'up:config:smtp-pass' "
                                  "AND tenant_id = ?::uuid"),
                   {m_globex});
    QVERIFY(EnvelopeCipher::isEnvelope(stored));
    QCOMPARE(EnvelopeCipher::fromEnvironment(withKey())->decrypt(stored).value(), QByteArray("\"pw3\""));
    KUMIKO_VERIFY_OK(writer.reset(db, globex, admin));
    KUMIKO_VERIFY_ERROR(writer.reset(db, globex, admin), "not_found");
}

QTEST_GUILESS_MAIN(TestConfigSeed)
#include "tst_config_seed.moc"
