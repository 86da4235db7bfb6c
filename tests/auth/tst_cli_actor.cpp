// `kumiko --as EMAIL` / KUMIKO_ACTOR against a real database: writes carry that admin, refusals write
// nothing, and seed-migration attempts name the person while upstream's markers keep "cli".

#include "../esops/SeedTestProject.h"
#include "AuthTestUsers.h"
#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "common/OperatingSystemUser.h"
#include "db/Sql.h"

#include <QSysInfo>
#include <QtTest>

using namespace kumiko;
using test::CliProcess;
using test::SeedTestProject;
using test::TestDatabase;

namespace {

QString scalar(const QString& sql, const QVariantList& values = {})
{
    auto value = db::Sql::scalar(TestDatabase::connection(), sql, values);
    if (!value)
        qFatal("%s", qPrintable(value.error().toString()));
    return value->toString();
}

qint64 eventCount()
{
    return TestDatabase::count(QStringLiteral("kumiko_events"));
}

} // namespace

class TestCliActor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedApplyAsAnAdmin();
    void configSetAsTheActorFromTheEnvironment();
    void nonAdminIsRefusedAndNothingIsWritten();
    void unknownOrDeletedAddressIsRefused();
    void withoutAsAttemptsNameTheOperatingSystemUser();

private:
    CliProcess::Output kumiko(QStringList args, const QProcessEnvironment& env = {});
    QString m_url;
    QString m_adminId;
    SeedTestProject m_project;
};

CliProcess::Output TestCliActor::kumiko(QStringList args, const QProcessEnvironment& env)
{
    args << QStringLiteral("--database-url") << m_url << QStringLiteral("--project") << m_project.path();
    return CliProcess::run(args, env);
}

void TestCliActor::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_cli_actor"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    m_adminId = test::createUser(QStringLiteral("ops-admin@example.com"), QStringLiteral("pw-ops-admin-1"));
    test::createUser(QStringLiteral("member@example.com"), QStringLiteral("pw-member-1"), true, {});
    test::createUser(QStringLiteral("gone@example.com"), QStringLiteral("pw-gone-1"), true,
                     {QStringLiteral("SystemAdmin")}, QStringLiteral("deleted"));
    m_project.seed(QStringLiteral("2026-01-01-tenants.json"), SeedTestProject::tenants());
    m_project.seed(QStringLiteral("2026-01-02-admin.json"), SeedTestProject::admin());
}

void TestCliActor::seedApplyAsAnAdmin()
{
    const qint64 before = eventCount();
    auto applied = kumiko({QStringLiteral("--as"), QStringLiteral("ops-admin@example.com"),
                           QStringLiteral("ops"), QStringLiteral("seed:apply")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    const qint64 written = eventCount() - before;
    QVERIFY(written >= 5);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_events"),
                            QStringLiteral("id > %1 AND created_by = '%2' AND metadata->>'userId' = '%2'")
                                .arg(before)
                                .arg(m_adminId)),
        written);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                            QStringLiteral("outcome = 'applied' AND applied_by = 'ops-admin@example.com'")),
        2);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_es_operations"), QStringLiteral("applied_by = 'cli'")), 2);
}

void TestCliActor::configSetAsTheActorFromTheEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_ACTOR"), QStringLiteral("ops-admin@example.com"));
    auto set = kumiko({QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("billing:config:invoice-prefix"), QStringLiteral("INV"),
                       QStringLiteral("--scope"), QStringLiteral("tenant"), QStringLiteral("--tenant"),
                       QStringLiteral("acme")},
                      env);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QCOMPARE(
        scalar(QStringLiteral("SELECT created_by::text || ' ' || (metadata->>'userId') FROM kumiko_events "
                              "ORDER BY id DESC LIMIT 1")),
        m_adminId + QLatin1Char(' ') + m_adminId);
}

void TestCliActor::nonAdminIsRefusedAndNothingIsWritten()
{
    const qint64 before = eventCount();
    auto refused =
        kumiko({QStringLiteral("--as"), QStringLiteral("member@example.com"), QStringLiteral("tenants"),
                QStringLiteral("create"), QStringLiteral("initech"), QStringLiteral("Initech")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("not_an_admin")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("--as")), qPrintable(refused.err));
    QCOMPARE(eventCount(), before);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("key = 'initech'")), 0);
}

void TestCliActor::unknownOrDeletedAddressIsRefused()
{
    m_project.seed(QStringLiteral("2026-01-03-noop.json"), SeedTestProject::migration("[]"));
    const qint64 before = eventCount();
    const qint64 attempts = TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"));
    for (const QString& email : {QStringLiteral("nobody@example.com"), QStringLiteral("gone@example.com")}) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUMIKO_ACTOR"), email);
        auto refused = kumiko({QStringLiteral("ops"), QStringLiteral("seed:apply")}, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("unknown_user")), qPrintable(refused.err));
        auto marked =
            kumiko({QStringLiteral("--as"), email, QStringLiteral("ops"), QStringLiteral("seed:mark-applied"),
                    QStringLiteral("2026-01-03-noop"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(marked.exitCode, 2);
    }
    QCOMPARE(eventCount(), before);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs")), attempts);
    m_project.remove(QStringLiteral("2026-01-03-noop.json"));
}

void TestCliActor::withoutAsAttemptsNameTheOperatingSystemUser()
{
    m_project.seed(QStringLiteral("2026-01-04-noop.json"), SeedTestProject::migration("[]"));
    const qint64 before = eventCount();
    auto applied = kumiko({QStringLiteral("ops"), QStringLiteral("seed:apply")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT applied_by || ' @ ' || host_name FROM kumiko_admin_seed_runs WHERE id = "
                 "'2026-01-04-noop'")),
             OperatingSystemUser::name() + QStringLiteral(" @ ") + QSysInfo::machineHostName());
    QCOMPARE(
        scalar(QStringLiteral("SELECT applied_by FROM kumiko_es_operations WHERE id = '2026-01-04-noop'")),
        QStringLiteral("cli"));
    // And its writes are the system user's, as before.
    auto created = kumiko({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("umbrella"),
                           QStringLiteral("Umbrella")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(
        TestDatabase::count(
            QStringLiteral("kumiko_events"),
            QStringLiteral("id > %1 AND created_by = '00000000-0000-0000-0000-000000000000'").arg(before)),
        1);
}

QTEST_MAIN(TestCliActor)
#include "tst_cli_actor.moc"
