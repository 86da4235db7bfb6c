#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/LoginLockout.h"
#include "auth/PasswordHasher.h"
#include "db/Sql.h"

#include <QtConcurrent>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace kumiko;
using nlohmann::json;
using test::CliProcess;
using test::TestDatabase;

class TestCliDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tenantsCreateAndList();
    void twoProcessesCreatingTheSameTenantKeyOneWins();
    void usersCreateWithPasswordFromStdin();
    void membersGrantAndRevoke();
    void eventsTailFilters();
    void eventsTailShowsNoPasswordHash();
    void badInputIsAUsageError();
    void usersAdministration();
    void eventsExportFilters();

private:
    CliProcess::Output kumiko(QStringList args, const QByteArray& input = {});
    QString m_url;
};

CliProcess::Output TestCliDomain::kumiko(QStringList args, const QByteArray& input)
{
    args << QStringLiteral("--database-url") << m_url;
    return CliProcess::run(args, {}, input);
}

void TestCliDomain::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_cli_domain"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
}

void TestCliDomain::tenantsCreateAndList()
{
    auto created = kumiko({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("acme"),
                           QStringLiteral("Acme Corp"), QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const json result = json::parse(created.out.toStdString());
    QCOMPARE(result.at("key"), "acme");
    auto listed = kumiko({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const json tenants = json::parse(listed.out.toStdString()).at("tenants");
    QCOMPARE(tenants.size(), std::size_t(1));
    QCOMPARE(tenants.at(0).at("id"), result.at("id"));
    QCOMPARE(tenants.at(0).at("name"), "Acme Corp");
    auto text = kumiko({QStringLiteral("tenants"), QStringLiteral("list")});
    QVERIFY(text.out.contains(QLatin1String("acme")));
    auto again = kumiko(
        {QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("acme"), QStringLiteral("X")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("duplicate_key")), qPrintable(again.err));
}

void TestCliDomain::twoProcessesCreatingTheSameTenantKeyOneWins()
{
    for (int round = 0; round < 3; ++round) {
        const QString key = QStringLiteral("race-%1").arg(round);
        auto create = [this, key] {
            return kumiko({QStringLiteral("tenants"), QStringLiteral("create"), key, QStringLiteral("Race")});
        };
        QFuture<CliProcess::Output> a = QtConcurrent::run(create);
        QFuture<CliProcess::Output> b = QtConcurrent::run(create);
        const QList<int> codes = {a.result().exitCode, b.result().exitCode};
        QCOMPARE(codes.count(0), 1);
        QCOMPARE(codes.count(1), 1);
        QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("key = '%1'").arg(key)),
                 1);
        QCOMPARE(TestDatabase::count(
                     QStringLiteral("kumiko_events"),
                     QStringLiteral("type = 'tenant.created' AND payload->>'key' = '%1'").arg(key)),
                 1);
    }
}

void TestCliDomain::usersCreateWithPasswordFromStdin()
{
    auto created = kumiko({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("ada@acme.test"),
                           QStringLiteral("Ada Admin"), QStringLiteral("--roles"),
                           QStringLiteral("SystemAdmin"), QStringLiteral("--json")},
                          "s3cret pass\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(!created.out.contains(QLatin1String("s3cret")));
    auto hash =
        db::Sql::scalar(TestDatabase::connection(),
                        QStringLiteral("SELECT password_hash FROM read_users WHERE email = 'ada@acme.test'"));
    KUMIKO_VERIFY_OK(hash);
    QVERIFY(hash->toString().startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
    QVERIFY(auth::PasswordHasher::verify(QStringLiteral("s3cret pass"), hash->toString()));
    auto listed = kumiko({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const json users = json::parse(listed.out.toStdString()).at("users");
    QCOMPARE(users.size(), std::size_t(1));
    QCOMPARE(users.at(0).at("roles"), json::array({"SystemAdmin"}));
    QVERIFY(!users.at(0).contains("lockedUntil"));
    QVERIFY(!listed.out.contains(QLatin1String("argon2")));
    // A locked-out account says until when, in the list and in JSON.
    for (int i = 0; i < 5; ++i)
        KUMIKO_VERIFY_OK(auth::LoginLockout::recordFailure(
            TestDatabase::connection(), QString::fromStdString(users.at(0).at("id")), 5, 15));
    auto locked = kumiko({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(locked.exitCode, 0);
    const QDateTime until = QDateTime::fromString(
        QString::fromStdString(json::parse(locked.out.toStdString()).at("users").at(0).at("lockedUntil")),
        Qt::ISODateWithMs);
    QVERIFY2(until > QDateTime::currentDateTimeUtc().addSecs(14 * 60), qPrintable(locked.out));
    QVERIFY(kumiko({QStringLiteral("users"), QStringLiteral("list")})
                .out.contains(QLatin1String("locked out until ")));
    auto noPassword = kumiko({QStringLiteral("users"), QStringLiteral("create"),
                              QStringLiteral("bob@acme.test"), QStringLiteral("Bob")},
                             "\n");
    QCOMPARE(noPassword.exitCode, 2);
}

void TestCliDomain::membersGrantAndRevoke()
{
    kumiko({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("members"),
            QStringLiteral("M")});
    kumiko({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("m@acme.test"),
            QStringLiteral("M"), QStringLiteral("--no-password")});
    auto change = [this](const QString& verb, const QStringList& roles) {
        auto out = kumiko(QStringList{QStringLiteral("members"), verb, QStringLiteral("m@acme.test"),
                                      QStringLiteral("members")} +
                          roles + QStringList{QStringLiteral("--json")});
        return out.exitCode == 0 ? json::parse(out.out.toStdString())
                                 : json{{"exit", out.exitCode}, {"err", out.err.toStdString()}};
    };
    json r = change(QStringLiteral("grant"), {QStringLiteral("TenantAdmin"), QStringLiteral("Admin")});
    QCOMPARE(r.value("change", ""), "created");
    QCOMPARE(r.at("roles"), json::array({"TenantAdmin", "Admin"}));
    QCOMPARE(change(QStringLiteral("grant"), {QStringLiteral("Admin")}).value("change", ""), "unchanged");
    r = change(QStringLiteral("revoke"), {QStringLiteral("Admin")});
    QCOMPARE(r.value("change", ""), "updated");
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenant_memberships"),
                                 QStringLiteral("roles = '[\"TenantAdmin\"]'")),
             1);
    QCOMPARE(change(QStringLiteral("revoke"), {QStringLiteral("TenantAdmin")}).value("change", ""),
             "removed");
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenant_memberships")), 0);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 QStringLiteral("aggregate_type = 'tenant-membership'")),
             3);
    auto unknown =
        kumiko({QStringLiteral("members"), QStringLiteral("grant"), QStringLiteral("nobody@acme.test"),
                QStringLiteral("members"), QStringLiteral("User")});
    QCOMPARE(unknown.exitCode, 2); // not_found: an unknown name, like unknown_user
    QVERIFY(unknown.err.contains(QLatin1String("not_found")));
}

void TestCliDomain::eventsTailFilters()
{
    auto tail = kumiko({QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--type"),
                        QStringLiteral("tenant.created"), QStringLiteral("--limit"), QStringLiteral("2"),
                        QStringLiteral("--json")});
    QVERIFY2(tail.exitCode == 0, qPrintable(tail.err));
    const json events = json::parse(tail.out.toStdString()).at("events");
    QCOMPARE(events.size(), std::size_t(2));
    QVERIFY(events.at(0).at("id").get<qint64>() < events.at(1).at("id").get<qint64>());
    for (const json& e : events)
        QCOMPARE(e.at("type"), "tenant.created");
    const std::string id = events.at(1).at("aggregate_id");
    auto byAggregate =
        kumiko({QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--aggregate"),
                QString::fromStdString(id), QStringLiteral("--json")});
    QCOMPARE(json::parse(byAggregate.out.toStdString()).at("events").size(), std::size_t(1));
    auto text = kumiko(
        {QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--type"), QStringLiteral("user")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QLatin1String("user.created")));
    QVERIFY(!text.out.contains(QLatin1String("tenant.created")));
}

void TestCliDomain::badInputIsAUsageError()
{
    QCOMPARE(kumiko({QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--aggregate"),
                     QStringLiteral("x")})
                 .exitCode,
             2);
    QCOMPARE(kumiko({QStringLiteral("events"), QStringLiteral("tail"), QStringLiteral("--limit"),
                     QStringLiteral("0")})
                 .exitCode,
             2);
    auto empty =
        kumiko({QStringLiteral("tenants"), QStringLiteral("create"), QString(), QStringLiteral("Name")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains(QLatin1String("invalid_payload")));
    QCOMPARE(
        kumiko({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("only-key")}).exitCode,
        2);
}

void TestCliDomain::eventsTailShowsNoPasswordHash()
{
    QVERIFY(TestDatabase::count(QStringLiteral("kumiko_events"),
                                QStringLiteral("payload::text LIKE '%$argon2id$%'")) > 0);
    for (const QStringList& format : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
        auto tail = kumiko(QStringList{QStringLiteral("events"), QStringLiteral("tail"),
                                       QStringLiteral("--limit"), QStringLiteral("10000")} +
                           format);
        QVERIFY2(tail.exitCode == 0, qPrintable(tail.err));
        QVERIFY2(!tail.out.contains(QLatin1String("$argon2id$")), qPrintable(tail.out));
        QVERIFY2(tail.out.contains(QStringLiteral("\"passwordHash\": \"••••••\"")) ||
                     tail.out.contains(QStringLiteral("\"passwordHash\":\"••••••\"")),
                 qPrintable(tail.out));
    }
}

void TestCliDomain::usersAdministration()
{
    const auto run = [this](const QStringList& args) {
        return kumiko(args + QStringList{QStringLiteral("--json")});
    };
    QCOMPARE(kumiko({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("admin-cli@acme.test"),
                     QStringLiteral("Cli"), QStringLiteral("--no-password"), QStringLiteral("--locale"),
                     QStringLiteral("de")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("set-status"),
                  QStringLiteral("admin-cli@acme.test"), QStringLiteral("restricted")})
                 .exitCode,
             0);
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("read_users"),
                 QStringLiteral("email = 'admin-cli@acme.test' AND status = 'restricted' AND locale = 'de'")),
             1);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("admin-cli@acme.test"),
                  QStringLiteral("Support"), QStringLiteral("Billing")})
                 .exitCode,
             0);
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("read_users"),
                 QStringLiteral("email = 'admin-cli@acme.test' AND roles = '[\"Support\",\"Billing\"]'")),
             1);
    // Nothing to unlock is refused (exit 1); an unknown address is exit 2.
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("admin-cli@acme.test")})
                 .exitCode,
             1);
    QCOMPARE(
        run({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("nobody@acme.test")}).exitCode,
        2);
    QCOMPARE(
        run({QStringLiteral("users"), QStringLiteral("set-status"), QStringLiteral("admin-cli@acme.test")})
            .exitCode,
        2);
    kumiko({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("setters"),
            QStringLiteral("S")});
    auto set = run({QStringLiteral("members"), QStringLiteral("set"), QStringLiteral("admin-cli@acme.test"),
                    QStringLiteral("setters"), QStringLiteral("A"), QStringLiteral("B")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(json::parse(set.out.toStdString()).at("change"), "created");
    set = run({QStringLiteral("members"), QStringLiteral("set"), QStringLiteral("admin-cli@acme.test"),
               QStringLiteral("setters")});
    QCOMPARE(json::parse(set.out.toStdString()).at("change"), "removed");
}

void TestCliDomain::eventsExportFilters()
{
    const auto exported = [this](const QStringList& args) {
        return kumiko(QStringList{QStringLiteral("events"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("jsonl")} +
                      args);
    };
    auto all = exported({QStringLiteral("--type"), QStringLiteral("tenant.created")});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 1);
    for (const QString& line : lines)
        QCOMPARE(json::parse(line.toStdString()).at("type"), "tenant.created");
    auto acme = exported({QStringLiteral("--payload"), QStringLiteral("{\"key\":\"acme\"}")});
    QCOMPARE(acme.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    auto searched = exported({QStringLiteral("--search"), QStringLiteral("key=acme")});
    QCOMPARE(searched.out, acme.out);
    QCOMPARE(exported({QStringLiteral("--payload"), QStringLiteral("[1]")}).exitCode, 2);
    QCOMPARE(kumiko({QStringLiteral("events"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("xml")})
                 .exitCode,
             2);
    auto csv = kumiko({QStringLiteral("events"), QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--type"), QStringLiteral("tenant.created")});
    QVERIFY(
        csv.out.startsWith(QStringLiteral("id,created_at,type,aggregate_type,aggregate_id,version,tenant_id,"
                                          "created_by,payload,metadata\r\n")));
    QCOMPARE(csv.out.count(QStringLiteral("\r\n")), lines.size() + 1);
}

QTEST_GUILESS_MAIN(TestCliDomain)
#include "tst_cli_domain.moc"
