#include "TestMacros.h"
#include "esops/SeedDiscovery.h"
#include "esops/SeedParser.h"
#include "esops/SeedScaffold.h"
#include "esops/SkipRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kumiko;
using namespace kumiko::esops;

class TestEsopsFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryOrderAndFilters();
    void orderIsByteWiseNotUtf16();
    void duplicateIdIsAnError();
    void checksumIsSha256();
    void missingFolderHasNoMigrations();
    void envVariable_data();
    void envVariable();
    void skipRules_data();
    void skipRules();
    void parsesEveryOperation();
    void parseErrors_data();
    void parseErrors();
    void syntaxErrorNamesLineAndColumn();
    void errorsNameLineAndColumnOfTheMember();
    void slug_data();
    void slug();
    void scaffoldIsValidAndNeverOverwrites();
    void scaffoldRejectsEmptySlug();

private:
    static void touch(const QDir& dir, const QString& name, const QByteArray& content = "{}");
};

void TestEsopsFiles::touch(const QDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestEsopsFiles::discoveryOrderAndFilters()
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    for (const char* name : {"2026-01-02-b.json", "2026-01-01-a.json", "2026-01-01-B.json", "_draft.json",
                             ".hidden.json", "notes.txt", "README.md", "2026-01-03-c.ts", "2026-01-03-d.mts",
                             "2026-01-04-e.js", "2026-01-05-f.json.bak", "_old.ts"})
        touch(dir, QString::fromLatin1(name));
    QVERIFY(dir.mkdir(QStringLiteral("2026-01-09-folder.json")));
    auto files = SeedDiscovery::discover(tmp.path());
    KUMIKO_VERIFY_OK(files);
    QStringList ids;
    QStringList foreign;
    for (const SeedFile& file : *files) {
        ids << file.id;
        if (file.foreign)
            foreign << file.id;
        QCOMPARE(file.path, dir.absoluteFilePath(file.fileName));
    }
    QCOMPARE(ids, (QStringList{"2026-01-01-B", "2026-01-01-a", "2026-01-02-b", "2026-01-03-c", "2026-01-03-d",
                               "2026-01-04-e"}));
    QCOMPARE(foreign, (QStringList{"2026-01-03-c", "2026-01-03-d", "2026-01-04-e"}));
}

void TestEsopsFiles::orderIsByteWiseNotUtf16()
{
    // U+FF21 sorts after U+1F600 in UTF-16 code units (0xFF21 > 0xD83D) but before it in UTF-8 bytes.
    QTemporaryDir tmp;
    const QString fullWidth = QStringLiteral("2026-01-01-") + QChar(0xFF21) + QStringLiteral(".json");
    const QString emoji =
        QStringLiteral("2026-01-01-") + QString::fromUcs4(U"\U0001F600") + QStringLiteral(".json");
    touch(QDir(tmp.path()), emoji);
    touch(QDir(tmp.path()), fullWidth);
    auto files = SeedDiscovery::discover(tmp.path());
    KUMIKO_VERIFY_OK(files);
    QCOMPARE(files->size(), 2);
    QCOMPARE(files->at(0).fileName, fullWidth);
    QCOMPARE(files->at(1).fileName, emoji);
}

void TestEsopsFiles::duplicateIdIsAnError()
{
    QTemporaryDir tmp;
    touch(QDir(tmp.path()), QStringLiteral("2026-01-01-x.json"));
    touch(QDir(tmp.path()), QStringLiteral("2026-01-01-x.ts"));
    auto files = SeedDiscovery::discover(tmp.path());
    KUMIKO_VERIFY_ERROR(files, "duplicate_migration_id");
    QVERIFY(files.error().message.contains(QLatin1String("2026-01-01-x.json")));
}

void TestEsopsFiles::checksumIsSha256()
{
    QCOMPARE(SeedDiscovery::checksumOf("abc"),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QTemporaryDir tmp;
    touch(QDir(tmp.path()), QStringLiteral("2026-01-01-x.json"), "abc");
    auto files = SeedDiscovery::discover(tmp.path());
    KUMIKO_VERIFY_OK(files);
    QCOMPARE(files->first().checksum, SeedDiscovery::checksumOf("abc"));
}

void TestEsopsFiles::missingFolderHasNoMigrations()
{
    auto files = SeedDiscovery::discover(QStringLiteral("/nonexistent/kumiko/seeds"));
    KUMIKO_VERIFY_OK(files);
    QVERIFY(files->isEmpty());
}

void TestEsopsFiles::envVariable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("variable");
    QTest::newRow("spec example") << "2026-05-20-fix-admin-roles"
                                  << "KUMIKO_SKIP_ES_OPS_2026_05_20_FIX_ADMIN_ROLES";
    QTest::newRow("lower case") << "abc"
                                << "KUMIKO_SKIP_ES_OPS_ABC";
    QTest::newRow("digits kept") << "2026x99"
                                 << "KUMIKO_SKIP_ES_OPS_2026X99";
    QTest::newRow("run of symbols") << "a--__..b"
                                    << "KUMIKO_SKIP_ES_OPS_A_B";
    QTest::newRow("leading and trailing") << "-a-"
                                          << "KUMIKO_SKIP_ES_OPS__A_";
    QTest::newRow("spaces and dots") << "x.y z"
                                     << "KUMIKO_SKIP_ES_OPS_X_Y_Z";
    QTest::newRow("umlauts are outside A-Z") << "2026 äöü ok"
                                             << "KUMIKO_SKIP_ES_OPS_2026_OK";
    QTest::newRow("full upper-casing like JS") << "straße"
                                               << "KUMIKO_SKIP_ES_OPS_STRASSE";
    QTest::newRow("upper case kept") << "Fix-ROLES"
                                     << "KUMIKO_SKIP_ES_OPS_FIX_ROLES";
}

void TestEsopsFiles::envVariable()
{
    QFETCH(QString, id);
    QFETCH(QString, variable);
    QCOMPARE(SkipRules::variableFor(id), variable);
}

void TestEsopsFiles::skipRules_data()
{
    QTest::addColumn<bool>("skippable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("skipped");
    QTest::newRow("skippable, 1") << true << "1" << true;
    QTest::newRow("skippable, true does not count") << true << "true" << false;
    QTest::newRow("skippable, space does not count") << true << " 1" << false;
    QTest::newRow("skippable, 0") << true << "0" << false;
    QTest::newRow("skippable, unset") << true << QString() << false;
    QTest::newRow("flag without skippable is ignored") << false << "1" << false;
}

void TestEsopsFiles::skipRules()
{
    QFETCH(bool, skippable);
    QFETCH(QString, value);
    QFETCH(bool, skipped);
    const QString id = QStringLiteral("2026-05-20-fix-admin-roles");
    QProcessEnvironment env;
    if (!value.isNull())
        env.insert(SkipRules::variableFor(id), value);
    QCOMPARE(SkipRules::migrationSkipped(id, skippable, env), skipped);
    QProcessEnvironment global;
    global.insert(QStringLiteral("KUMIKO_SKIP_ES_OPS"), value);
    QCOMPARE(SkipRules::globallySkipped(global), value == QLatin1String("1"));
}

void TestEsopsFiles::parsesEveryOperation()
{
    const QByteArray content = R"({
  "description": "every op",
  "skippable": true,
  "$comment": "ignored",
  "steps": [
    { "op": "tenant.ensure", "key": "acme", "name": "ACME", "enabled": false },
    { "op": "user.ensure", "email": "a@example.com", "displayName": "A", "locale": "de", "roles": ["SystemAdmin"],
      "emailVerified": true, "passwordHash": "$argon2id$x" },
    { "op": "membership.ensure", "email": "a@example.com", "tenant": "acme", "roles": ["Member"] },
    { "op": "membership.addRoles", "email": "a@example.com", "tenant": "*", "roles": ["TenantAdmin"], "$comment": "x" },
    { "op": "membership.removeRoles", "email": "a@example.com", "tenant": "acme", "roles": ["Member"] },
    { "op": "config.set", "key": "billing:config:max-upload-size-mb", "scope": "tenant", "tenant": "acme", "value": 50 },
    { "op": "config.set", "key": "billing:config:invoice-prefix", "scope": "system", "valueFromEnv": "PREFIX" },
    { "op": "config.reset", "key": "ui:config:theme", "scope": "user", "tenant": "acme", "user": "a@example.com" },
    { "op": "write", "handler": "tenant:write:update", "payload": { "id": "x" }, "tenant": "acme" }
  ]
})";
    auto parsed = SeedParser::parse(content, QStringLiteral("f.json"));
    KUMIKO_VERIFY_OK(parsed);
    QCOMPARE(parsed->description, QStringLiteral("every op"));
    QVERIFY(parsed->skippable);
    QCOMPARE(parsed->steps.size(), 9);
    QCOMPARE(parsed->steps.at(0).enabled, std::optional<bool>(false));
    QCOMPARE(*parsed->steps.at(1).roles, QStringList{QStringLiteral("SystemAdmin")});
    QCOMPARE(parsed->steps.at(3).op, StepOp::MembershipAddRoles);
    QCOMPARE(parsed->steps.at(3).tenant, QStringLiteral("*"));
    QCOMPARE(*parsed->steps.at(5).value, nlohmann::json(50));
    QCOMPARE(parsed->steps.at(6).valueFromEnv, QStringLiteral("PREFIX"));
    QCOMPARE(parsed->steps.at(8).payload, nlohmann::json({{"id", "x"}}));
    QCOMPARE(parsed->steps.at(8).index, 8);
}

void TestEsopsFiles::parseErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("not an object") << QByteArray("[]") << "invalid_seed"
                                   << "$: must be a JSON object"
                                   << "$";
    QTest::newRow("unknown top-level member")
        << QByteArray(R"({"description": "x", "descripton": "y", "steps": []})") << "invalid_seed"
        << "descripton: unknown member"
        << "descripton";
    QTest::newRow("missing steps") << QByteArray(R"({"description": "x"})") << "invalid_seed"
                                   << "steps: missing (required)"
                                   << "steps";
    QTest::newRow("unknown op") << QByteArray(R"({"description": "x", "steps": [{"op": "tenant.create"}]})")
                                << "invalid_seed"
                                << "steps[0].op: unknown operation \"tenant.create\""
                                << "steps[0].op";
    QTest::newRow("unknown member")
        << QByteArray(R"({"description": "x", "steps": [{"op": "tenant.ensure", "key": "a", "name": "A"},
                      {"op": "tenant.ensure", "key": "b", "name": "B", "colour": "red"}]})")
        << "invalid_seed"
        << "steps[1].colour: unknown member"
        << "steps[1].colour";
    QTest::newRow("missing member")
        << QByteArray(R"({"description": "x", "steps": [{"op": "tenant.ensure", "key": "a"}]})")
        << "invalid_seed"
        << "steps[0].name: missing (required)"
        << "steps[0].name";
    QTest::newRow("roles not an array")
        << QByteArray(
               R"({"description": "x", "steps": [{"op": "membership.addRoles", "email": "a@x", "tenant": "*", "roles": "Admin"}]})")
        << "invalid_seed"
        << "steps[0].roles: must be an array of role names"
        << "steps[0].roles";
    QTest::newRow("no roles")
        << QByteArray(
               R"({"description": "x", "steps": [{"op": "membership.addRoles", "email": "a@x", "tenant": "*", "roles": []}]})")
        << "invalid_seed"
        << "steps[0].roles: must name at least one role"
        << "steps[0].roles";
    QTest::newRow("star for membership.ensure")
        << QByteArray(
               R"({"description": "x", "steps": [{"op": "membership.ensure", "email": "a@x", "tenant": "*", "roles": ["A"]}]})")
        << "invalid_seed"
        << "steps[0].tenant: \"*\" is only allowed"
        << "steps[0].tenant";
    QTest::newRow("value and valueFromEnv")
        << QByteArray(R"({"description": "x", "steps": [{"op": "config.set", "key": "k", "scope": "system",
                      "value": 1, "valueFromEnv": "X"}]})")
        << "invalid_seed"
        << "steps[0].value: give exactly one of value and valueFromEnv"
        << "steps[0].value";
    QTest::newRow("user scope needs a user")
        << QByteArray(
               R"({"description": "x", "steps": [{"op": "config.reset", "key": "k", "scope": "user", "tenant": "a"}]})")
        << "invalid_seed"
        << "steps[0].user: required for user scope"
        << "steps[0].user";
    QTest::newRow("bad scope")
        << QByteArray(
               R"({"description": "x", "steps": [{"op": "config.reset", "key": "k", "scope": "global"}]})")
        << "invalid_seed"
        << "steps[0].scope: must be system, tenant or user"
        << "steps[0].scope";
    QTest::newRow("payload must be an object")
        << QByteArray(R"({"description": "x", "steps": [{"op": "write", "handler": "h", "payload": []}]})")
        << "invalid_seed"
        << "steps[0].payload: must be an object"
        << "steps[0].payload";
    QTest::newRow("duplicate member")
        << QByteArray(R"({"description": "x", "description": "y", "steps": []})") << "invalid_json"
        << "f.json:1:22: invalid JSON: member \"description\" appears twice in one object"
        << "description";
    QTest::newRow("duplicate member in a step")
        << QByteArray(R"({"description": "x", "steps": [{"op": "tenant.ensure", "key": "a", "key": "b"}]})")
        << "invalid_json"
        << "member \"key\" appears twice"
        << "steps[0].key";
    QTest::newRow("skippable must be boolean")
        << QByteArray(R"({"description": "x", "skippable": "yes", "steps": []})") << "invalid_seed"
        << "skippable: must be true or false"
        << "skippable";
}

void TestEsopsFiles::parseErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    auto parsed = SeedParser::parse(content, QStringLiteral("f.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().codeName(), code);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().field, field);
}

void TestEsopsFiles::syntaxErrorNamesLineAndColumn()
{
    const QByteArray content = "{\n  \"description\": \"x\",\n  \"steps\": [\n    { \"op\": "
                               "\"tenant.ensure\" \"key\": 1 }\n  ]\n}\n";
    auto parsed = SeedParser::parse(content, QStringLiteral("2026-01-01-x.json"));
    KUMIKO_VERIFY_ERROR(parsed, "invalid_json");
    QVERIFY2(parsed.error().message.startsWith(QLatin1String("2026-01-01-x.json:4:33: invalid JSON: ")),
             qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().context, QStringLiteral("2026-01-01-x.json:4:33"));
    auto truncated = SeedParser::parse("{\"description\": \"x\",\n", QStringLiteral("t.json"));
    KUMIKO_VERIFY_ERROR(truncated, "invalid_json");
    QVERIFY2(truncated.error().message.startsWith(QLatin1String("t.json:2:1: ")),
             qPrintable(truncated.error().message));
}

void TestEsopsFiles::errorsNameLineAndColumnOfTheMember()
{
    const QByteArray content =
        "{\n  \"description\": \"x\",\n  \"steps\": [\n    {\"op\": \"tenant.ensure\", "
        "\"key\": \"a\", \"name\": \"A\"},\n    {\"op\": \"membership.ensure\",\n"
        "     \"email\": \"a@b.c\", \"tenant\": \"a\", \"roles\": \"Admin\"}\n  ]\n}\n";
    auto parsed = SeedParser::parse(content, QStringLiteral("2026-01-01-x.json"));
    KUMIKO_VERIFY_ERROR(parsed, "invalid_seed");
    QCOMPARE(parsed.error().context, QStringLiteral("2026-01-01-x.json:6:39"));
    QCOMPARE(parsed.error().message,
             QStringLiteral("2026-01-01-x.json:6:39: steps[1].roles: must be an array of role names"));
}

void TestEsopsFiles::slug_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << "Fix Admin Roles!"
                           << "fix-admin-roles";
    QTest::newRow("runs and ends") << "--a__b--"
                                   << "a-b";
    QTest::newRow("digits") << "2026 Q1 cleanup"
                            << "2026-q1-cleanup";
    QTest::newRow("non-ascii letters") << "Grüße an Zoë"
                                       << "gr-e-an-zo";
    QTest::newRow("nothing left") << "ÄÖÜ !!"
                                  << "";
    QTest::newRow("cut to 60") << QString(70, QLatin1Char('x')) << QString(60, QLatin1Char('x'));
    QTest::newRow("cut after trimming") << QString(59, QLatin1Char('a')) + QStringLiteral(" b")
                                        << QString(59, QLatin1Char('a')) + QLatin1Char('-');
}

void TestEsopsFiles::slug()
{
    QFETCH(QString, input);
    QFETCH(QString, slug);
    QCOMPARE(SeedScaffold::sanitizeSlug(input), slug);
}

void TestEsopsFiles::scaffoldIsValidAndNeverOverwrites()
{
    QTemporaryDir tmp;
    const QString seeds = QDir(tmp.path()).filePath(QStringLiteral("seeds"));
    auto created = SeedScaffold::create(seeds, QStringLiteral("Fix Admin Roles"), QDate(2026, 5, 20));
    KUMIKO_VERIFY_OK(created);
    QCOMPARE(*created, QDir(seeds).filePath(QStringLiteral("2026-05-20-fix-admin-roles.json")));
    QFile file(*created);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    file.close();
    auto parsed = SeedParser::parse(content, QStringLiteral("scaffold"));
    KUMIKO_VERIFY_OK(parsed);
    QCOMPARE(parsed->description, QStringLiteral("Fix admin roles"));
    QVERIFY(parsed->steps.isEmpty());
    const nlohmann::json document = nlohmann::json::parse(content.toStdString());
    QCOMPARE(document["$comment"]["example"]["op"], nlohmann::json("membership.addRoles"));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("edited by hand");
    file.close();
    auto again = SeedScaffold::create(seeds, QStringLiteral("fix-admin-roles"), QDate(2026, 5, 20));
    KUMIKO_VERIFY_ERROR(again, "file_exists");
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("edited by hand"));
}

void TestEsopsFiles::scaffoldRejectsEmptySlug()
{
    QTemporaryDir tmp;
    auto created = SeedScaffold::create(tmp.path(), QStringLiteral("!!!"), QDate(2026, 5, 20));
    KUMIKO_VERIFY_ERROR(created, "invalid_slug");
    QVERIFY(QDir(tmp.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestEsopsFiles)
#include "tst_esops_files.moc"
