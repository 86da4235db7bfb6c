// SQL meta-characters, quotes, Unicode and 10 kB strings as tenant keys, e-mails, names, config keys
// and values, seed ids and filters, through the `kumiko` CLI into core: each one is either rejected
// with a usage error naming its code or stored verbatim, and none of them ever reaches SQL as text.
#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace kumiko;
using test::CliProcess;
using test::TestDatabase;
using Json = nlohmann::json;

namespace {

// Printable characters in a fixed pseudo-random order: 10 kB that neither compress nor repeat, so a
// btree index sees all of it.
QString incompressible(int length)
{
    QRandomGenerator random(17);
    QString text;
    for (int i = 0; i < length; ++i)
        text += QChar(u'!' + char16_t(random.bounded(94)));
    return text;
}

QStringList hostileStrings()
{
    return {QStringLiteral("o'brien"),
            QStringLiteral("x'); DROP TABLE kumiko_canary; --"),
            QStringLiteral("\"quoted\" identifier"),
            QStringLiteral("back\\slash\\"),
            QStringLiteral("semi;colon"),
            QStringLiteral("-- comment"),
            QStringLiteral("/* block */ 1"),
            QStringLiteral("$$dollar$$"),
            QStringLiteral("%s%n%x ?  :name"),
            QStringLiteral("Grüße 日本 🎉 \u202Eevil"),
            QStringLiteral("line\nbreak"),
            incompressible(10 * 1024)};
}

Json jsonOf(const CliProcess::Output& output)
{
    return Json::parse(output.out.toStdString(), nullptr, false);
}

QString shortName(const QString& text)
{
    return text.size() > 40 ? QStringLiteral("%1… (%2 chars)").arg(text.left(20)).arg(text.size()) : text;
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenantKeysAndNames();
    void userEmailsAndNames();
    void configKeysAndValues();
    void seedIdsAndStepValues();
    void filtersAndVerificationRequests();
    void cleanupTestCase();

private:
    CliProcess::Output kumiko(QStringList args, const QByteArray& input = {});
    /// Exit 0 (stored, the caller checks it is verbatim) or 2 with a usage/not-found code on stderr;
    /// never a database error (which would mean the text reached SQL), never a crash.
    static bool handled(const CliProcess::Output& out, const QString& what);
    static qint64 countWhere(const QString& sql, const QVariantList& values);

    QTemporaryDir m_project;
    QString m_url;
};

CliProcess::Output TestHostileNames::kumiko(QStringList args, const QByteArray& input)
{
    args << QStringLiteral("--project") << m_project.path() << QStringLiteral("--database-url") << m_url;
    return CliProcess::run(args, {}, input);
}

bool TestHostileNames::handled(const CliProcess::Output& out, const QString& what)
{
    const QString context =
        QStringLiteral("%1: exit %2, stderr: %3").arg(what).arg(out.exitCode).arg(out.err.left(400));
    if (out.exitCode != 0 && out.exitCode != 2) {
        QTest::qFail(qPrintable(context), __FILE__, __LINE__);
        return false;
    }
    if (out.err.contains(QLatin1String("SQLSTATE")) ||
        (out.exitCode == 2 && !out.err.contains(QLatin1String("error")))) {
        QTest::qFail(qPrintable(context), __FILE__, __LINE__);
        return false;
    }
    return true;
}

qint64 TestHostileNames::countWhere(const QString& sql, const QVariantList& values)
{
    auto n = db::Sql::scalar(TestDatabase::connection(), sql, values);
    return n ? n->toLongLong() : -1;
}

void TestHostileNames::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_hostile_names"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(), QStringLiteral("CREATE TABLE kumiko_canary (alive boolean); "
                                                                "INSERT INTO kumiko_canary VALUES (true)")));
    QVERIFY(QDir(m_project.path()).mkpath(QStringLiteral("seeds")));
    QFile manifest(m_project.filePath(QStringLiteral("kumiko.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({
  "features": { "shop": { "config": { "keys": {
    "motto": { "scope": "tenant", "type": "text" }
  } } } },
  "auth": { "emailVerification": { "hmacSecret": "hostile-test-secret-0123456789abcdef",
            "appUrl": "https://app.example.com/verify-email", "appName": "Shop" } },
  "mail": { "from": "Shop <no-reply@example.com>", "transport": "directory" }
})");
}

void TestHostileNames::tenantKeysAndNames()
{
    for (const QString& text : hostileStrings()) {
        auto out = kumiko({QStringLiteral("tenants"), QStringLiteral("create"), text, text});
        if (!handled(out, QStringLiteral("tenants create ") + shortName(text)))
            return;
        if (out.exitCode == 0)
            QCOMPARE(
                countWhere(QStringLiteral("SELECT count(*) FROM read_tenants WHERE key = ? AND name = ?"),
                           {text, text}),
                1);
    }
}

void TestHostileNames::userEmailsAndNames()
{
    int n = 0;
    for (const QString& text : hostileStrings()) {
        auto asEmail = kumiko({QStringLiteral("users"), QStringLiteral("create"), text, QStringLiteral("X")},
                              "a password\n");
        if (!handled(asEmail, QStringLiteral("users create ") + shortName(text)))
            return;
        if (asEmail.exitCode == 0)
            QCOMPARE(countWhere(QStringLiteral("SELECT count(*) FROM read_users WHERE email = ?"), {text}),
                     1);

        const QString email = QStringLiteral("hostile-%1@example.com").arg(++n);
        auto asName =
            kumiko({QStringLiteral("users"), QStringLiteral("create"), email, text}, "a password\n");
        if (!handled(asName, QStringLiteral("users create with name ") + shortName(text)))
            return;
        if (asName.exitCode != 0)
            continue;
        const Json users =
            jsonOf(kumiko({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
        bool found = false;
        for (const Json& user : users.value("users", Json::array()))
            found = found || (user.value("email", "") == email.toStdString() &&
                              user.value("displayName", "") == text.toStdString());
        QVERIFY2(found, qPrintable(QStringLiteral("display name not verbatim: ") + shortName(text)));
    }
}

void TestHostileNames::configKeysAndValues()
{
    const QString key = QStringLiteral("shop:config:motto");
    for (const QString& text : hostileStrings()) {
        auto unknownKey = kumiko({QStringLiteral("config"), QStringLiteral("set"), text, QStringLiteral("v"),
                                  QStringLiteral("--scope"), QStringLiteral("system")});
        if (!handled(unknownKey, QStringLiteral("config set key ") + shortName(text)))
            return;
        QCOMPARE(unknownKey.exitCode, 2);

        auto tenant =
            kumiko({QStringLiteral("config"), QStringLiteral("get"), key, QStringLiteral("--tenant"), text});
        if (!handled(tenant, QStringLiteral("config get --tenant ") + shortName(text)))
            return;

        auto set = kumiko({QStringLiteral("config"), QStringLiteral("set"), key, text,
                           QStringLiteral("--scope"), QStringLiteral("system")});
        if (!handled(set, QStringLiteral("config set value ") + shortName(text)))
            return;
        if (set.exitCode != 0)
            continue;
        const Json got =
            jsonOf(kumiko({QStringLiteral("config"), QStringLiteral("get"), key, QStringLiteral("--json")}));
        QVERIFY2(got.value("value", Json()) == Json(text.toStdString()),
                 qPrintable(QStringLiteral("value not verbatim: ") + shortName(text)));
    }
}

void TestHostileNames::seedIdsAndStepValues()
{
    for (const QString& text : hostileStrings()) {
        auto scaffold = kumiko({QStringLiteral("ops"), QStringLiteral("seed:new"), text});
        if (!handled(scaffold, QStringLiteral("seed:new ") + shortName(text)))
            return;
        auto plan = kumiko({QStringLiteral("ops"), QStringLiteral("seed:plan"), text});
        QVERIFY2(plan.exitCode == 2 && !plan.err.contains(QLatin1String("SQLSTATE")), qPrintable(plan.err));
    }
    // Scaffolded files are empty migrations; replace them with one that writes every hostile string.
    for (const QFileInfo& file : QDir(m_project.filePath(QStringLiteral("seeds"))).entryInfoList(QDir::Files))
        QVERIFY(QFile::remove(file.filePath()));
    Json steps = Json::array();
    int n = 0;
    for (const QString& text : hostileStrings())
        steps.push_back({{"op", "tenant.ensure"},
                         {"key", QStringLiteral("seeded-%1").arg(++n).toStdString()},
                         {"name", text.toStdString()}});
    QFile seed(m_project.filePath(QStringLiteral("seeds/2026-01-01-hostile-values.json")));
    QVERIFY(seed.open(QIODevice::WriteOnly));
    seed.write(QByteArray::fromStdString(Json({{"description", "hostile values"}, {"steps", steps}}).dump()));
    seed.close();
    auto apply = kumiko({QStringLiteral("ops"), QStringLiteral("seed:apply")});
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.err));
    n = 0;
    for (const QString& text : hostileStrings())
        QCOMPARE(countWhere(QStringLiteral("SELECT count(*) FROM read_tenants WHERE key = ? AND name = ?"),
                            {QStringLiteral("seeded-%1").arg(++n), text}),
                 1);
}

void TestHostileNames::filtersAndVerificationRequests()
{
    for (const QString& text : hostileStrings()) {
        for (const char* filter : {"--type", "--aggregate"}) {
            auto tail =
                kumiko({QStringLiteral("events"), QStringLiteral("tail"), QLatin1String(filter), text});
            if (!handled(tail,
                         QStringLiteral("events tail %1 ").arg(QLatin1String(filter)) + shortName(text)))
                return;
        }
        auto request = kumiko({QStringLiteral("auth"), QStringLiteral("request-verification"), text});
        if (!handled(request, QStringLiteral("auth request-verification ") + shortName(text)))
            return;
        auto verify = kumiko({QStringLiteral("auth"), QStringLiteral("verify-email"), text});
        QVERIFY2(verify.exitCode != 0 && !verify.err.contains(QLatin1String("SQLSTATE")),
                 qPrintable(verify.err));
    }
}

void TestHostileNames::cleanupTestCase()
{
    QCOMPARE(countWhere(QStringLiteral("SELECT count(*) FROM kumiko_canary WHERE alive"), {}), 1);
}

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostile_names.moc"
