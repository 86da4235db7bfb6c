#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"
#include "domain/MembershipRoles.h"

#include <QtTest>

using namespace kumiko;
using domain::Actor;
using domain::MembershipRoles;
using test::TestDatabase;

// Grant and revoke through the service the CLI's `members` commands (and later the console) call.
class TestMembershipRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grantCreatesThenUpdatesThenLeavesAlone();
    void revokeRemovesRolesThenTheMembership();
    void unknownNamesWriteNothing();
    void eventsAreTheActors();
    void setGivesExactlyTheRolesAndListsThem();

private:
    Actor m_admin;
};

void TestMembershipRoles::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_membership_roles")));
    const auto registry = domain::HandlerRegistry::standard();
    const QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                       nlohmann::json{{"key", "acme"}, {"name", "Acme"}},
                                       Actor::systemAdmin()));
    auto admin = registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                   nlohmann::json{{"email", "admin@acme.test"}, {"displayName", "Admin"}},
                                   Actor::systemAdmin());
    KUMIKO_VERIFY_OK(admin);
    KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                       nlohmann::json{{"email", "m@acme.test"}, {"displayName", "Member"}},
                                       Actor::systemAdmin()));
    KUMIKO_VERIFY_OK(transaction.commit());
    m_admin = Actor::systemAdmin();
    m_admin.userId = QString::fromStdString(admin->result.at("id").get<std::string>());
}

void TestMembershipRoles::grantCreatesThenUpdatesThenLeavesAlone()
{
    const QSqlDatabase db = TestDatabase::connection();
    auto created = MembershipRoles::grant(db, m_admin, QStringLiteral("m@acme.test"), QStringLiteral("acme"),
                                          {QStringLiteral("User")});
    KUMIKO_VERIFY_OK(created);
    QCOMPARE(created->change, MembershipRoles::Change::Created);
    QCOMPARE(created->roles, QStringList{QStringLiteral("User")});
    auto updated = MembershipRoles::grant(db, m_admin, QStringLiteral("m@acme.test"), QStringLiteral("acme"),
                                          {QStringLiteral("User"), QStringLiteral("TenantAdmin")});
    KUMIKO_VERIFY_OK(updated);
    QCOMPARE(updated->change, MembershipRoles::Change::Updated);
    QCOMPARE(updated->roles, (QStringList{QStringLiteral("User"), QStringLiteral("TenantAdmin")}));
    const qint64 events = TestDatabase::count(QStringLiteral("kumiko_events"));
    auto unchanged = MembershipRoles::grant(db, m_admin, QStringLiteral("m@acme.test"), created->tenantId,
                                            {QStringLiteral("User")}); // tenant by id
    KUMIKO_VERIFY_OK(unchanged);
    QCOMPARE(unchanged->change, MembershipRoles::Change::Unchanged);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), events);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenant_memberships"),
                                 QStringLiteral("roles = '[\"User\",\"TenantAdmin\"]'")),
             1);
}

void TestMembershipRoles::revokeRemovesRolesThenTheMembership()
{
    const QSqlDatabase db = TestDatabase::connection();
    auto updated = MembershipRoles::revoke(db, m_admin, QStringLiteral("m@acme.test"), QStringLiteral("acme"),
                                           {QStringLiteral("TenantAdmin")});
    KUMIKO_VERIFY_OK(updated);
    QCOMPARE(updated->change, MembershipRoles::Change::Updated);
    QCOMPARE(updated->roles, QStringList{QStringLiteral("User")});
    auto removed = MembershipRoles::revoke(db, m_admin, QStringLiteral("m@acme.test"), QStringLiteral("acme"),
                                           {QStringLiteral("User")});
    KUMIKO_VERIFY_OK(removed);
    QCOMPARE(removed->change, MembershipRoles::Change::Removed);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenant_memberships")), 0);
    KUMIKO_VERIFY_ERROR(MembershipRoles::revoke(db, m_admin, QStringLiteral("m@acme.test"),
                                                QStringLiteral("acme"), {QStringLiteral("User")}),
                        "not_found");
}

void TestMembershipRoles::unknownNamesWriteNothing()
{
    const QSqlDatabase db = TestDatabase::connection();
    const qint64 events = TestDatabase::count(QStringLiteral("kumiko_events"));
    KUMIKO_VERIFY_ERROR(MembershipRoles::grant(db, m_admin, QStringLiteral("nobody@acme.test"),
                                               QStringLiteral("acme"), {QStringLiteral("User")}),
                        "not_found");
    KUMIKO_VERIFY_ERROR(MembershipRoles::grant(db, m_admin, QStringLiteral("m@acme.test"),
                                               QStringLiteral("initech"), {QStringLiteral("User")}),
                        "not_found");
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events")), events);
    // The service's transaction is closed either way: the connection takes new work at once.
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("BEGIN; COMMIT")));
}

void TestMembershipRoles::eventsAreTheActors()
{
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 QStringLiteral("aggregate_type = 'tenant-membership'")),
             4);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 QStringLiteral("aggregate_type = 'tenant-membership' AND created_by = '%1' "
                                                "AND metadata->>'userId' = '%1'")
                                     .arg(m_admin.userId)),
             4);
}

void TestMembershipRoles::setGivesExactlyTheRolesAndListsThem()
{
    const QSqlDatabase db = TestDatabase::connection();
    const QString email = QStringLiteral("admin@acme.test");
    auto created = MembershipRoles::set(db, m_admin, email, QStringLiteral("acme"),
                                        {QStringLiteral("A"), QStringLiteral("B")});
    KUMIKO_VERIFY_OK(created);
    QCOMPARE(created->change, MembershipRoles::Change::Created);
    auto replaced = MembershipRoles::set(db, m_admin, email, QStringLiteral("acme"), {QStringLiteral("C")});
    KUMIKO_VERIFY_OK(replaced);
    QCOMPARE(replaced->change, MembershipRoles::Change::Updated);
    QCOMPARE(replaced->roles, QStringList{QStringLiteral("C")});
    auto listed = MembershipRoles::ofUser(db, email);
    KUMIKO_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().tenantKey, QStringLiteral("acme"));
    QCOMPARE(listed->first().roles, QStringList{QStringLiteral("C")});
    auto removed = MembershipRoles::set(db, m_admin, email, QStringLiteral("acme"), {});
    KUMIKO_VERIFY_OK(removed);
    QCOMPARE(removed->change, MembershipRoles::Change::Removed);
    QCOMPARE(MembershipRoles::ofUser(db, email)->size(), 0);
    KUMIKO_VERIFY_ERROR(MembershipRoles::ofUser(db, QStringLiteral("nobody@acme.test")), "not_found");
}

QTEST_GUILESS_MAIN(TestMembershipRoles)
#include "tst_membership_roles.moc"
