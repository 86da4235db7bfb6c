#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "common/OperatingSystemUser.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using namespace kumiko;
using kumiko::test::CliProcess;
using kumiko::test::TestDatabase;
using Json = nlohmann::json;

namespace {

QProcessEnvironment masterKey()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"),
               QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw="));
    return env;
}

Json jsonOf(const CliProcess::Output& output)
{
    return Json::parse(output.out.toStdString(), nullptr, false);
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

} // namespace

class TestConfigCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keysJson();
    void invalidManifestExitsTwoWithPath();
    void seedWithoutMasterKeyWritesNothing();
    void seedJsonFirstAndSecondRun();
    void seedsJson();
    void getMasksUnlessRevealed();
    void revealsAreAuditedAndListed();
    void listJson();
    void outputsStayAsTheyWere_data();
    void outputsStayAsTheyWere();
    void setAndResetCheckTheKey();
    void twoProcessesSeedTheSameThousandSeeds();
    void forkedValueIsWrittenWithoutANewFork();
    void embeddedDemoRevealsWithTheDevelopmentKey();

private:
    CliProcess::Output kumiko(QStringList args, const QProcessEnvironment& env = {},
                              const QString& project = {});
    QString withNamedIds(QString text) const;
    QString m_url;
    QTemporaryDir m_project;
};

CliProcess::Output TestConfigCli::kumiko(QStringList args, const QProcessEnvironment& env,
                                         const QString& project)
{
    args << QStringLiteral("--database-url") << m_url << QStringLiteral("--project")
         << (project.isEmpty() ? m_project.path() : project);
    return CliProcess::run(args, env);
}

void TestConfigCli::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_config_cli"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    for (const char* key : {"acme", "globex"})
        KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                           Json{{"key", key}, {"name", key}}, domain::Actor::systemAdmin()));
    KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                       Json{{"email", "admin@example.com"}, {"displayName", "Admin"}},
                                       domain::Actor::systemAdmin()));
    KUMIKO_VERIFY_OK(transaction.commit());
    QFile demo(QDir(qEnvironmentVariable("KUMIKO_SOURCE_DIR"))
                   .filePath(QStringLiteral("resources/demo/kumiko.json")));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    writeFile(m_project.filePath(QStringLiteral("kumiko.json")), demo.readAll());
}

void TestConfigCli::keysJson()
{
    auto out = kumiko({QStringLiteral("config"), QStringLiteral("keys"), QStringLiteral("--json")});
    QCOMPARE(out.exitCode, 0);
    const Json keys = jsonOf(out)["keys"];
    QCOMPARE(keys.size(), 8u);
    std::set<std::string> scopes, types;
    for (const Json& key : keys) {
        scopes.insert(key["scope"].get<std::string>());
        types.insert(key["type"].get<std::string>());
    }
    QCOMPARE(scopes.size(), 3u);
    QCOMPARE(types.size(), 4u);
}

void TestConfigCli::invalidManifestExitsTwoWithPath()
{
    QTemporaryDir broken;
    writeFile(broken.filePath(QStringLiteral("kumiko.json")),
              R"({"features": {"f": {"config": {"keys": {"k": {"scope": "user", "type": "text"}},
                  "seeds": [{"key": "k", "value": "x"}]}}}})");
    auto out = kumiko({QStringLiteral("config"), QStringLiteral("seed")}, {}, broken.path());
    QCOMPARE(out.exitCode, 2);
    QVERIFY2(out.err.contains(QLatin1String("features.f.config.seeds[0]")), qPrintable(out.err));
    QVERIFY(out.err.contains(QLatin1String("needs both tenant and user")));
}

void TestConfigCli::seedWithoutMasterKeyWritesNothing()
{
    auto out = kumiko({QStringLiteral("config"), QStringLiteral("seed"), QStringLiteral("--json")});
    QCOMPARE(out.exitCode, 1);
    QVERIFY2(out.err.contains(QLatin1String("master_key_missing")), qPrintable(out.err));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values")), 0);
}

void TestConfigCli::seedJsonFirstAndSecondRun()
{
    auto first =
        kumiko({QStringLiteral("config"), QStringLiteral("seed"), QStringLiteral("--json")}, masterKey());
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(jsonOf(first), Json({{"created", 9}, {"skipped", 0}, {"unknown", Json::array()}}));
    auto second =
        kumiko({QStringLiteral("config"), QStringLiteral("seed"), QStringLiteral("--json")}, masterKey());
    QCOMPARE(jsonOf(second), Json({{"created", 0}, {"skipped", 9}, {"unknown", Json::array()}}));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values")), 9);
    // One run, one correlation id on all nine events; `events tail --correlation` finds exactly them.
    auto correlation = db::Sql::scalar(
        TestDatabase::connection(),
        QStringLiteral(
            "SELECT min(metadata ->> 'correlationId') FROM kumiko_events WHERE type = 'config-value.created' "
            "HAVING count(DISTINCT metadata ->> 'correlationId') = 1"));
    KUMIKO_VERIFY_OK(correlation);
    QVERIFY(correlation->isValid());
    auto tail = kumiko({QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--correlation"),
                        correlation->toString(), QStringLiteral("--json")});
    QCOMPARE(tail.exitCode, 0);
    const Json events = jsonOf(tail)["events"];
    QCOMPARE(events.size(), 9u);
    for (const Json& event : events)
        QCOMPARE(event["metadata"]["correlationId"], Json(correlation->toString().toStdString()));
    QCOMPARE(kumiko({QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--correlation"),
                     QStringLiteral("not-a-uuid")})
                 .exitCode,
             2);
}

void TestConfigCli::seedsJson()
{
    auto out =
        kumiko({QStringLiteral("config"), QStringLiteral("seeds"), QStringLiteral("--json")}, masterKey());
    QCOMPARE(out.exitCode, 0);
    const Json seeds = jsonOf(out)["seeds"];
    QCOMPARE(seeds.size(), 9u);
    for (const Json& seed : seeds) {
        QCOMPARE(seed["status"], Json("applied"));
        for (const char* member : {"key", "scope", "tenantId", "userId", "id"})
            QVERIFY(seed.contains(member));
    }
}

void TestConfigCli::getMasksUnlessRevealed()
{
    const QStringList get = {
        QStringLiteral("config"),   QStringLiteral("get"),  QStringLiteral("billing:config:stripe-key"),
        QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--json")};
    auto masked = kumiko(get);
    QCOMPARE(masked.exitCode, 0);
    const Json json = jsonOf(masked);
    QCOMPARE(json["value"], Json("••••••"));
    QCOMPARE(json["source"], Json("tenant-row"));
    QVERIFY(!masked.out.contains(QLatin1String("sk_test")));
    QCOMPARE(json["cascade"].size(), 4u);
    QCOMPARE(json["cascade"][0],
             Json({{"level", "tenant-row"}, {"value", "••••••"}, {"hasValue", true}, {"active", true}}));
    auto revealed = kumiko(get + QStringList{QStringLiteral("--reveal")}, masterKey());
    QCOMPARE(revealed.exitCode, 0);
    QCOMPARE(jsonOf(revealed)["value"], Json("sk_test_demo_acme_4242"));
    QVERIFY(revealed.err.contains(QLatin1String("revealed")));
    auto noKey = kumiko(get + QStringList{QStringLiteral("--reveal")});
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY(!noKey.out.contains(QLatin1String("ciphertext")));
}

void TestConfigCli::revealsAreAuditedAndListed()
{
    auto acmeId = db::Sql::scalar(TestDatabase::connection(),
                                  QStringLiteral("SELECT id::text FROM read_tenants WHERE key = 'acme'"));
    KUMIKO_VERIFY_OK(acmeId);
    const QString acme = acmeId->toString();
    const QString revealsOfAcme =
        QStringLiteral(
            "config_key = 'billing:config:stripe-key' AND tenant_id = '%1' AND user_id IS NULL AND "
            "via = 'cli' AND revealed_by_id = '%2'")
            .arg(acme, domain::WellKnownIds::systemUserId());
    const qint64 before = TestDatabase::count(QStringLiteral("kumiko_admin_reveal_audit"), revealsOfAcme);
    QVERIFY(before >= 1); // getMasksUnlessRevealed revealed once; its masked and failed runs recorded nothing
    const QStringList get = {
        QStringLiteral("config"),   QStringLiteral("get"),  QStringLiteral("billing:config:stripe-key"),
        QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--reveal")};
    QCOMPARE(kumiko(get, masterKey()).exitCode, 0);
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_admin_reveal_audit"),
                 revealsOfAcme + QStringLiteral(" AND revealed_by = '%1'").arg(OperatingSystemUser::name())),
             before + 1);

    // admin@example.com holds no SystemAdmin: refused before anything is shown or recorded.
    auto refused =
        kumiko(get + QStringList{QStringLiteral("--as"), QStringLiteral("admin@example.com")}, masterKey());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("not_an_admin")), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QLatin1String("sk_test")));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_reveal_audit")), before + 1);

    auto newest = kumiko({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                          QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(newest.exitCode == 0, qPrintable(newest.err));
    const Json first = jsonOf(newest);
    QCOMPARE(first["reveals"].size(), 1u);
    const Json& reveal = first["reveals"][0];
    QCOMPARE(reveal["key"], Json("billing:config:stripe-key"));
    QCOMPARE(reveal["tenantId"], Json(acme.toStdString()));
    QCOMPARE(reveal["userId"], Json());
    QCOMPARE(reveal["via"], Json("cli"));
    QCOMPARE(reveal["revealedBy"], Json(OperatingSystemUser::name().toStdString()));
    QCOMPARE(reveal["revealedById"], Json(domain::WellKnownIds::systemUserId().toStdString()));
    for (const char* member : {"id", "revealedAt", "databaseUser", "hostName"})
        QVERIFY(reveal.contains(member));
    QVERIFY(reveal.dump().find("sk_test") == std::string::npos);
    QCOMPARE(first["nextAfter"], reveal["id"]);
    auto older = kumiko({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                         QStringLiteral("--after"), QString::number(first["nextAfter"].get<qint64>())});
    QCOMPARE(older.exitCode, 0);
    const Json rest = jsonOf(older);
    QCOMPARE(rest["reveals"].size(), std::size_t(before));
    QVERIFY(rest["reveals"][0]["id"].get<qint64>() < reveal["id"].get<qint64>());
    QCOMPARE(rest["nextAfter"], Json());
    auto text = kumiko({QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("revealed billing:config:stripe-key  tenant ") + acme),
             qPrintable(text.out));
    QCOMPARE(kumiko({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                     QStringLiteral("0")})
                 .exitCode,
             2);
}

void TestConfigCli::listJson()
{
    auto out = kumiko({QStringLiteral("config"), QStringLiteral("list"), QStringLiteral("--tenant"),
                       QStringLiteral("acme"), QStringLiteral("--user"), QStringLiteral("admin@example.com"),
                       QStringLiteral("--json")});
    QCOMPARE(out.exitCode, 0);
    std::map<std::string, Json> byKey;
    const Json values = jsonOf(out)["values"];
    for (const Json& value : values)
        byKey[value["key"].get<std::string>()] = value;
    QCOMPARE(byKey.size(), 8u);
    QCOMPARE(byKey["ui:config:theme"], Json({{"key", "ui:config:theme"},
                                             {"value", "dark"},
                                             {"source", "user-row"},
                                             {"scope", "user"},
                                             {"seeded", true}}));
    QCOMPARE(byKey["billing:config:max-upload-size-mb"]["source"], Json("system-row")); // tenant fallback row
    QCOMPARE(byKey["billing:config:max-upload-size-mb"]["value"], Json(25));
    QCOMPARE(byKey["billing:config:invoices-enabled"]["source"], Json("default"));
    QCOMPARE(byKey["billing:config:invoices-enabled"]["value"], Json(false));
}

// Ids differ from run to run: the known ones become their names, seed ids `<seed id>`.
QString TestConfigCli::withNamedIds(QString text) const
{
    const QSqlDatabase db = TestDatabase::connection();
    for (const QString& table : {QStringLiteral("read_tenants"), QStringLiteral("read_users")}) {
        auto rows = db::Sql::exec(db, QStringLiteral("SELECT id::text, %1 FROM %2")
                                          .arg(table == QLatin1String("read_users") ? QStringLiteral("email")
                                                                                    : QStringLiteral("key"),
                                               table));
        while (rows && rows->next())
            text.replace(rows->value(0).toString(),
                         QLatin1Char('<') + rows->value(1).toString() + QLatin1Char('>'));
    }
    text.replace(domain::WellKnownIds::systemTenantId(), QStringLiteral("<system>"));
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    return text.replace(uuid, QStringLiteral("<seed id>"));
}

void TestConfigCli::outputsStayAsTheyWere_data()
{
    QTest::addColumn<QString>("args");
    QTest::addColumn<bool>("withMasterKey");
    // The name of each row is its file in tests/config/cli-output: exit code, stdout, stderr.
    const auto row = [](const char* name, const char* args, bool key) {
        QTest::newRow(name) << QString::fromLatin1(args) << key;
    };
    row("list-user", "config list --tenant acme --user admin@example.com", false);
    row("list-reveal", "config list --tenant acme --reveal", true);
    row("list-json", "config list --tenant globex --json", false);
    row("get-masked", "config get billing:config:stripe-key --tenant acme", false);
    row("get-reveal", "config get billing:config:stripe-key --tenant acme --reveal", true);
    row("get-reveal-no-key", "config get billing:config:stripe-key --tenant acme --reveal", false);
    row("get-user", "config get ui:config:theme --tenant acme --user admin@example.com", false);
    row("get-user-json", "config get ui:config:theme --tenant acme --user admin@example.com --json", false);
    row("seeds", "config seeds", false);
    row("seeds-json", "config seeds --json", false);
    row("user-without-tenant", "config list --user admin@example.com", false);
    row("unknown-tenant", "config list --tenant initech", false);
    row("unknown-user", "config get ui:config:theme --tenant acme --user nobody@example.com", false);
    row("unknown-key", "config get billing:config:nothing", false);
}

void TestConfigCli::outputsStayAsTheyWere()
{
    QFETCH(QString, args);
    QFETCH(bool, withMasterKey);
    QFile expected(QDir(qEnvironmentVariable("KUMIKO_SOURCE_DIR"))
                       .filePath(QStringLiteral("tests/config/cli-output/%1.txt")
                                     .arg(QString::fromLatin1(QTest::currentDataTag()))));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const CliProcess::Output output =
        kumiko(args.split(QLatin1Char(' ')), withMasterKey ? masterKey() : QProcessEnvironment());
    QCOMPARE(QStringLiteral("%1\n---out\n%2---err\n%3")
                 .arg(output.exitCode)
                 .arg(withNamedIds(output.out), withNamedIds(output.err)),
             QString::fromUtf8(expected.readAll()));
}

void TestConfigCli::setAndResetCheckTheKey()
{
    const QStringList set = {QStringLiteral("config"), QStringLiteral("set")};
    auto bad = kumiko(set + QStringList{QStringLiteral("ui:config:theme"), QStringLiteral("blue"),
                                        QStringLiteral("--scope"), QStringLiteral("user"),
                                        QStringLiteral("--tenant"), QStringLiteral("acme"),
                                        QStringLiteral("--user"), QStringLiteral("admin@example.com")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("invalid_value")), qPrintable(bad.err));
    auto tooDeep =
        kumiko(set + QStringList{QStringLiteral("billing:config:max-upload-size-mb"), QStringLiteral("5"),
                                 QStringLiteral("--scope"), QStringLiteral("user"),
                                 QStringLiteral("--tenant"), QStringLiteral("acme"), QStringLiteral("--user"),
                                 QStringLiteral("admin@example.com")});
    QCOMPARE(tooDeep.exitCode, 2);
    QVERIFY(tooDeep.err.contains(QLatin1String("invalid_scope")));
    auto ok =
        kumiko(set + QStringList{QStringLiteral("billing:config:max-upload-size-mb"), QStringLiteral("60"),
                                 QStringLiteral("--scope"), QStringLiteral("tenant"),
                                 QStringLiteral("--tenant"), QStringLiteral("acme")});
    QCOMPARE(ok.exitCode, 0);
    const QStringList get = {QStringLiteral("config"),
                             QStringLiteral("get"),
                             QStringLiteral("billing:config:max-upload-size-mb"),
                             QStringLiteral("--tenant"),
                             QStringLiteral("acme"),
                             QStringLiteral("--json")};
    QCOMPARE(jsonOf(kumiko(get))["value"], Json(60));
    auto reset = kumiko({QStringLiteral("config"), QStringLiteral("reset"),
                         QStringLiteral("billing:config:max-upload-size-mb"), QStringLiteral("--scope"),
                         QStringLiteral("tenant"), QStringLiteral("--tenant"), QStringLiteral("acme")});
    QCOMPARE(reset.exitCode, 0);
    const Json after = jsonOf(kumiko(get));
    QCOMPARE(after["value"], Json(25));
    QCOMPARE(after["source"], Json("system-row"));
}

void TestConfigCli::twoProcessesSeedTheSameThousandSeeds()
{
    QTemporaryDir project;
    // 1,000 tenant seeds for acme, one key each (only two tenants exist here).
    Json seeds = Json::array();
    Json keys = Json::object();
    for (int i = 0; i < 1000; ++i) {
        keys["limit" + std::to_string(i)] = {{"scope", "tenant"}, {"type", "number"}};
        seeds.push_back({{"key", "limit" + std::to_string(i)}, {"tenant", "acme"}, {"value", i}});
    }
    const Json manifest = {{"features", {{"race", {{"config", {{"keys", keys}, {"seeds", seeds}}}}}}}};
    writeFile(project.filePath(QStringLiteral("kumiko.json")), QByteArray::fromStdString(manifest.dump()));
    const QStringList args = {QStringLiteral("config"),
                              QStringLiteral("seed"),
                              QStringLiteral("--json"),
                              QStringLiteral("--database-url"),
                              m_url,
                              QStringLiteral("--project"),
                              project.path()};
    QProcess first;
    QProcess second;
    first.start(CliProcess::binary(), args);
    second.start(CliProcess::binary(), args);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    const Json a = Json::parse(first.readAllStandardOutput().toStdString());
    const Json b = Json::parse(second.readAllStandardOutput().toStdString());
    QCOMPARE(a["created"].get<int>() + b["created"].get<int>(), 1000);
    QCOMPARE(a["skipped"].get<int>() + b["skipped"].get<int>(), 1000);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("read_config_values"), QStringLiteral("key LIKE 'race:config:%'")),
        1000);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 QStringLiteral("payload->>'key' LIKE 'race:config:%'")),
             1000);
}

// A Kumiko server's tenant admin leaves a config value forked: version 1 of the aggregate in the
// tenant's stream, the row at version 1. `db check` names the fork; set and reset succeed and add none.
void TestConfigCli::forkedValueIsWrittenWithoutANewFork()
{
    const QStringList target = {QStringLiteral("billing:config:max-upload-size-mb"),
                                QStringLiteral("--scope"), QStringLiteral("tenant"),
                                QStringLiteral("--tenant"), QStringLiteral("globex")};
    QCOMPARE(kumiko(QStringList{QStringLiteral("config"), QStringLiteral("set")} + target.mid(0, 1) +
                    QStringList{QStringLiteral("30")} + target.mid(1))
                 .exitCode,
             0);
    const QSqlDatabase db = TestDatabase::connection();
    auto ids =
        db::Sql::exec(db, QStringLiteral("SELECT r.id::text, t.id::text FROM read_config_values r "
                                         "JOIN read_tenants t ON t.id = r.tenant_id WHERE t.key = 'globex' "
                                         "AND r.key = 'billing:config:max-upload-size-mb'"));
    KUMIKO_VERIFY_OK(ids);
    QVERIFY(ids->next());
    const QString value = ids->value(0).toString(), globex = ids->value(1).toString();
    KUMIKO_VERIFY_OK(db::Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) VALUES (?::uuid, 'config-value', ?::uuid, 1, 'config-value.updated', "
            "'{\"changes\": {\"value\": \"35\"}}', '{\"userId\": \"server\"}', 'server')"),
        {value, globex}));
    KUMIKO_VERIFY_OK(db::Sql::run(
        db,
        QStringLiteral(
            "UPDATE read_config_values r SET version = 1, value = '35', modified_by_id = 'server', "
            "modified_at = (SELECT max(created_at) FROM kumiko_events WHERE aggregate_id = r.id) "
            "WHERE id = ?::uuid"),
        {value}));
    const auto onlyTheFork = [this, &value] {
        const CliProcess::Output check =
            kumiko({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        const Json report = jsonOf(check);
        QCOMPARE(report["counts"]["forked_aggregate"], Json(1));
        QCOMPARE(report["findings"].size(), 1u);
        QCOMPARE(report["findings"][0]["aggregateId"], Json(value.toStdString()));
        QCOMPARE(report["clean"], Json(false));
    };
    onlyTheFork();
    const CliProcess::Output set =
        kumiko(QStringList{QStringLiteral("config"), QStringLiteral("set")} + target.mid(0, 1) +
               QStringList{QStringLiteral("40")} + target.mid(1));
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    onlyTheFork();
    const CliProcess::Output reset =
        kumiko(QStringList{QStringLiteral("config"), QStringLiteral("reset")} + target);
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    onlyTheFork();
    const CliProcess::Output text = kumiko({QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(text.out.contains(QLatin1String("forked aggregate:")), qPrintable(text.out));
    QVERIFY2(text.out.endsWith(QLatin1String("1 problem found\n")), qPrintable(text.out));
}

void TestConfigCli::embeddedDemoRevealsWithTheDevelopmentKey()
{
    // Without a URL the CLI starts its own embedded cluster, in a folder of this test's.
    const QString base = QDir::temp().filePath(
        QStringLiteral("kumiko-embedded-reveal-%1").arg(QCoreApplication::applicationPid()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_EMBEDDED_DIR"), base);
    const QString demo = qEnvironmentVariable("KUMIKO_SOURCE_DIR") + QStringLiteral("/resources/demo");
    const auto stop = qScopeGuard([&] {
        CliProcess::run({QStringLiteral("db"), QStringLiteral("stop-embedded")}, env);
        QDir(base).removeRecursively();
    });
    auto seeded =
        CliProcess::run({QStringLiteral("demo"), QStringLiteral("--project"), demo}, env, {}, 300000);
    QCOMPARE(seeded.exitCode, 0);
    QVERIFY2(seeded.out.contains(QLatin1String("DEVELOPMENT master key")), qPrintable(seeded.out));
    auto revealed = CliProcess::run({QStringLiteral("config"), QStringLiteral("get"),
                                     QStringLiteral("billing:config:stripe-key"), QStringLiteral("--tenant"),
                                     QStringLiteral("acme"), QStringLiteral("--reveal"),
                                     QStringLiteral("--json"), QStringLiteral("--project"), demo},
                                    env);
    QCOMPARE(revealed.exitCode, 0);
    QCOMPARE(jsonOf(revealed)["value"], Json("sk_test_demo_acme_4242"));
    // A key of one's own wins: the demo's value does not open with it, and that is an error, not a value.
    QProcessEnvironment other = env;
    other.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"),
                 masterKey().value(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1")));
    auto wrong = CliProcess::run({QStringLiteral("config"), QStringLiteral("get"),
                                  QStringLiteral("billing:config:stripe-key"), QStringLiteral("--tenant"),
                                  QStringLiteral("acme"), QStringLiteral("--reveal"),
                                  QStringLiteral("--project"), demo},
                                 other);
    QVERIFY(wrong.exitCode != 0);
    QVERIFY2(wrong.err.contains(QLatin1String("decrypt_failed")), qPrintable(wrong.err));
}

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_config_cli.moc"
