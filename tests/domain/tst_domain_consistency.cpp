#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"
#include "domain/ConsistencyCheck.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>
#include <latch>

using namespace kumiko;
using domain::Actor;
using domain::HandlerRegistry;
using nlohmann::json;
using test::TestDatabase;

namespace {

QString str(const json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

} // namespace

class TestDomainConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eightWritersSameExpectedVersionOneWins();
    void replayOfEventsEqualsLiveTables();

private:
    QString dispatchId(const QString& name, const json& payload, const Actor& actor = Actor::systemAdmin());
    HandlerRegistry m_registry = HandlerRegistry::standard();
};

void TestDomainConsistency::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_domain_consistency")));
}

QString TestDomainConsistency::dispatchId(const QString& name, const json& payload, const Actor& actor)
{
    auto outcome = m_registry.dispatch(TestDatabase::connection(), name, payload, actor);
    return outcome ? str(outcome->result.value("id", json())) : QString();
}

void TestDomainConsistency::eightWritersSameExpectedVersionOneWins()
{
    const QString tenant =
        dispatchId(QStringLiteral("tenant:write:create"), {{"key", "race"}, {"name", "Race"}});
    const QString user = dispatchId(QStringLiteral("user:write:user:create"),
                                    {{"email", "race@acme.test"}, {"displayName", "Racer"}});
    const QString membership =
        dispatchId(QStringLiteral("tenant:write:add-member"),
                   {{"userId", user.toStdString()}, {"tenantId", tenant.toStdString()}, {"roles", {"User"}}});
    QVERIFY(!membership.isEmpty());

    constexpr int kWriters = 8;
    std::latch start(kWriters);
    QMutex mutex;
    QStringList codes;
    QString winnerRole;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kWriters; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            const QString role = QStringLiteral("Role%1").arg(i);
            auto db = db::ThreadConnection::get();
            QString code;
            if (!db) {
                code = db.error().codeName();
            } else {
                db::Transaction tx(db.value());
                auto begun = tx.begin();
                start.arrive_and_wait();
                auto outcome = begun ? m_registry.dispatch(db.value(),
                                                           QStringLiteral("tenant:write:update-member-roles"),
                                                           json{{"userId", user.toStdString()},
                                                                {"tenantId", tenant.toStdString()},
                                                                {"roles", {role.toStdString()}},
                                                                {"version", 1}},
                                                           Actor::system())
                                     : Result<domain::HandlerOutcome>(begun.error());
                if (outcome) {
                    auto committed = tx.commit();
                    code = committed ? QStringLiteral("ok") : committed.error().codeName();
                } else {
                    code = outcome.error().codeName();
                }
            }
            QMutexLocker lock(&mutex);
            codes << code;
            if (code == QLatin1String("ok"))
                winnerRole = role;
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(codes.count(QStringLiteral("ok")), 1);
    QCOMPARE(codes.count(QStringLiteral("version_conflict")), kWriters - 1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 QStringLiteral("aggregate_id = '%1'").arg(membership)),
             2);
    auto row =
        db::Sql::exec(TestDatabase::connection(),
                      QStringLiteral("SELECT version, roles FROM read_tenant_memberships WHERE id = ?::uuid"),
                      {membership});
    KUMIKO_VERIFY_OK(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toInt(), 2);
    QCOMPARE(row->value(1).toString(), QStringLiteral("[\"%1\"]").arg(winnerRole));
}

void TestDomainConsistency::replayOfEventsEqualsLiveTables()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QStringList tenants, users;
    QList<QPair<QString, QString>> members;
    const QStringList roles = {QStringLiteral("User"), QStringLiteral("Admin"), QStringLiteral("TenantAdmin"),
                               QStringLiteral("Billing")};
    auto pick = [&](const QStringList& list) {
        return list.at(random.bounded(int(list.size())));
    };
    auto someRoles = [&] {
        json chosen = json::array();
        for (const QString& role : roles) {
            if (random.bounded(2) == 0)
                chosen.push_back(role.toStdString());
        }
        if (chosen.empty())
            chosen.push_back("User");
        return chosen;
    };
    int successes = 0;
    for (int i = 0; i < 500; ++i) {
        QString name;
        json payload;
        Actor actor = Actor::systemAdmin();
        const int op = (tenants.isEmpty() || users.isEmpty()) ? i % 2 : random.bounded(10);
        switch (op) {
        case 0:
            name = QStringLiteral("tenant:write:create");
            payload = {{"key", QStringLiteral("t%1").arg(i).toStdString()}, {"name", "Tenant"}};
            break;
        case 1:
            name = QStringLiteral("user:write:user:create");
            payload = {{"email", QStringLiteral("u%1@x.test").arg(i).toStdString()}, {"displayName", "User"}};
            if (random.bounded(2))
                payload["roles"] = someRoles().dump();
            break;
        case 2:
            name = random.bounded(2) ? QStringLiteral("tenant:write:update")
                                     : QStringLiteral("tenant:write:toggle-enabled");
            payload = name.endsWith(QLatin1String("update"))
                          ? json{{"id", pick(tenants).toStdString()},
                                 {"changes", {{"name", QStringLiteral("N%1").arg(i).toStdString()}}}}
                          : json{{"id", pick(tenants).toStdString()}, {"isEnabled", random.bounded(2) == 0}};
            break;
        case 3:
            name = QStringLiteral("user:write:user:update");
            payload = {{"id", pick(users).toStdString()},
                       {"changes", {{"emailVerified", random.bounded(2) == 0}, {"roles", someRoles()}}}};
            break;
        case 4:
        case 5: {
            const QString user = pick(users), tenant = pick(tenants);
            const bool member = members.contains({user, tenant});
            name = member ? QStringLiteral("tenant:write:update-member-roles")
                          : QStringLiteral("tenant:write:add-member");
            payload = {
                {"userId", user.toStdString()}, {"tenantId", tenant.toStdString()}, {"roles", someRoles()}};
            break;
        }
        case 6:
            if (members.isEmpty())
                continue;
            {
                const auto membership = members.at(random.bounded(int(members.size())));
                name = QStringLiteral("tenant:write:remove-member");
                payload = {{"userId", membership.first.toStdString()},
                           {"tenantId", membership.second.toStdString()}};
            }
            break;
        case 7:
        case 8: {
            name = QStringLiteral("config:write:set");
            const int scope = random.bounded(3);
            payload = {{"key", QStringLiteral("f:config:k%1").arg(random.bounded(4)).toStdString()},
                       {"value", random.bounded(2) ? json(random.bounded(100)) : json("text")}};
            if (scope == 0)
                payload["scope"] = "system";
            if (scope >= 1)
                payload["tenantId"] = pick(tenants).toStdString();
            if (scope == 2)
                payload["userId"] = pick(users).toStdString();
            break;
        }
        default:
            name = QStringLiteral("config:write:reset");
            payload = {{"key", QStringLiteral("f:config:k%1").arg(random.bounded(4)).toStdString()},
                       {"scope", "system"}};
            break;
        }
        auto outcome = m_registry.dispatch(TestDatabase::connection(), name, payload, actor);
        if (!outcome) {
            QVERIFY2(outcome.error().code == ErrorCode::NotFound, qPrintable(outcome.error().toString()));
            continue;
        }
        ++successes;
        if (name == QLatin1String("tenant:write:create"))
            tenants << str(outcome->result["id"]);
        else if (name == QLatin1String("user:write:user:create"))
            users << str(outcome->result["id"]);
        else if (name == QLatin1String("tenant:write:add-member"))
            members.append({str(payload["userId"]), str(payload["tenantId"])});
        else if (name == QLatin1String("tenant:write:remove-member"))
            members.removeAll({str(payload["userId"]), str(payload["tenantId"])});
    }
    QVERIFY(successes > 400);
    auto report = domain::ConsistencyCheck::run(TestDatabase::connection(), {});
    KUMIKO_VERIFY_OK(report);
    if (!report->clean())
        QFAIL(report->toJson().dump(1).c_str());
    QCOMPARE(report->events, TestDatabase::count(QStringLiteral("kumiko_events")));
    qint64 rows = 0;
    for (const char* table :
         {"read_tenants", "read_users", "read_tenant_memberships", "read_config_values"}) {
        QVERIFY2(TestDatabase::count(QLatin1String(table)) > 0, table);
        rows += TestDatabase::count(QLatin1String(table));
    }
    QCOMPARE(report->rows, rows);
}

QTEST_GUILESS_MAIN(TestDomainConsistency)
#include "tst_domain_consistency.moc"
