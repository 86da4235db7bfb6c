// AccountAdmin against the real database: each operation commits its own transaction, writes as the
// actor it is given, and a failing operation leaves nothing behind.
#include "AuthTestUsers.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/AccountAdmin.h"
#include "auth/PasswordStrength.h"
#include "common/BackgroundWork.h"
#include "db/LibpqHandle.h"
#include "domain/WellKnownIds.h"

#include <QtTest>

using namespace kumiko;
using auth::AccountAdmin;
using test::createUser;
using test::TestDatabase;

namespace {

const QString kOperator = QStringLiteral("5b0c7a52-7f3e-4c1b-9a55-0d7e1c9a1001");

domain::Actor anOperator()
{
    return {kOperator, domain::WellKnownIds::systemTenantId(), {QStringLiteral("SystemAdmin")}, {}, {}};
}

qint64 userEvents(const QString& where)
{
    return TestDatabase::count(QStringLiteral("kumiko_events"), where);
}

} // namespace

class TestAccountAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_account_admin"))); }

    void operationsCommitOnTheirOwnAsTheActor()
    {
        // On a pool thread, as the pages run it; the test's own connection must see the result.
        auto openAfterwards = BackgroundWork::withDatabase([](QSqlDatabase& db) -> Result<bool> {
                                  auto id = AccountAdmin::ensureAccount(db,
                                                                        {QStringLiteral("ensured@t.example"),
                                                                         QStringLiteral("Ensured"),
                                                                         QStringLiteral("password-1"),
                                                                         {},
                                                                         false},
                                                                        anOperator());
                                  if (!id)
                                      return id.error();
                                  return db::LibpqHandle::inTransaction(db);
                              }).result();
        KUMIKO_VERIFY_OK(openAfterwards);
        QVERIFY(!openAfterwards.value());
        QCOMPARE(TestDatabase::count(QStringLiteral("read_users"),
                                     QStringLiteral("email = 'ensured@t.example' AND NOT email_verified")),
                 1);
        QCOMPARE(userEvents(QStringLiteral("type = 'user.created' AND created_by = '%1'").arg(kOperator)), 1);

        auto id = BackgroundWork::withDatabase([](QSqlDatabase& db) {
                      return AccountAdmin::setPassword(db, QStringLiteral("ensured@t.example"),
                                                       QStringLiteral("password-2"), anOperator());
                  }).result();
        KUMIKO_VERIFY_OK(id);
        QCOMPARE(
            userEvents(QStringLiteral("type = 'user.updated' AND aggregate_id = '%1' AND created_by = '%2' "
                                      "AND payload->'changes'->>'passwordHash' IS NOT NULL")
                           .arg(id.value(), kOperator)),
            1);
    }

    void failingOperationLeavesNothingWritten()
    {
        const QString id =
            createUser(QStringLiteral("refused@t.example"), QStringLiteral("password-1"), false);
        QSqlDatabase db = TestDatabase::connection();
        // The event is appended first; the read row update then fails, so the event must go too.
        KUMIKO_VERIFY_OK(db::Sql::run(
            db, QStringLiteral("CREATE FUNCTION test_refuse_updates() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$BEGIN RAISE EXCEPTION 'refused by test'; END$$")));
        KUMIKO_VERIFY_OK(
            db::Sql::run(db, QStringLiteral("CREATE TRIGGER test_refuse BEFORE UPDATE ON read_users "
                                            "FOR EACH ROW EXECUTE FUNCTION test_refuse_updates()")));
        const qint64 eventsBefore = userEvents({});
        QVERIFY(!AccountAdmin::markVerified(db, id, QStringLiteral("checked by phone"), anOperator()).ok());
        QVERIFY(!AccountAdmin::setPassword(db, QStringLiteral("refused@t.example"),
                                           QStringLiteral("password-2"), anOperator())
                     .ok());
        QVERIFY(!db::LibpqHandle::inTransaction(db));
        QCOMPARE(userEvents({}), eventsBefore);
        QCOMPARE(
            TestDatabase::count(QStringLiteral("read_users"),
                                QStringLiteral("id = '%1' AND NOT email_verified AND version = 1").arg(id)),
            1);

        // The same connection works normally again once the cause is gone.
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("DROP TRIGGER test_refuse ON read_users")));
        KUMIKO_VERIFY_OK(
            AccountAdmin::markVerified(db, id, QStringLiteral("checked by phone"), anOperator()));
        QCOMPARE(
            userEvents(QStringLiteral("aggregate_id = '%1' AND metadata->>'reason' = 'checked by phone' AND "
                                      "created_by = '%2'")
                           .arg(id, kOperator)),
            1);
    }

    void refusesWithoutWriting()
    {
        const qint64 eventsBefore = userEvents({});
        KUMIKO_VERIFY_ERROR(AccountAdmin::setPassword(TestDatabase::connection(),
                                                      QStringLiteral("nobody@t.example"),
                                                      QStringLiteral("password-1"), anOperator()),
                            "not_found");
        KUMIKO_VERIFY_ERROR(AccountAdmin::setPassword(TestDatabase::connection(),
                                                      QStringLiteral("refused@t.example"),
                                                      QStringLiteral("short"), anOperator()),
                            "invalid_password");
        QCOMPARE(userEvents({}), eventsBefore);
        QVERIFY(!db::LibpqHandle::inTransaction(TestDatabase::connection()));
    }

    void createStatusRolesUnlockWriteOnlyWhatChanges()
    {
        const QSqlDatabase db = TestDatabase::connection();
        KUMIKO_VERIFY_ERROR(
            AccountAdmin::createUser(
                db, {QStringLiteral("no-address"), QStringLiteral("X"), {}, {}, {}, false}, anOperator()),
            "invalid_email");
        KUMIKO_VERIFY_ERROR(AccountAdmin::createUser(db,
                                                     {QStringLiteral("short@t.example"),
                                                      QStringLiteral("X"),
                                                      {},
                                                      QStringLiteral("short"),
                                                      {},
                                                      false},
                                                     anOperator()),
                            "invalid_password");
        auto id = AccountAdmin::createUser(db,
                                           {QStringLiteral("admin-made@t.example"),
                                            QStringLiteral("Made"),
                                            QStringLiteral("de"),
                                            {},
                                            {},
                                            false},
                                           anOperator());
        KUMIKO_VERIFY_OK(id);
        QVERIFY(!AccountAdmin::createUser(
                     db, {QStringLiteral("admin-made@t.example"), QStringLiteral("Twice"), {}, {}, {}, false},
                     anOperator())
                     .ok());
        const QString byOperator =
            QStringLiteral("aggregate_id = '%1' AND created_by = '%2'").arg(*id, kOperator);
        QCOMPARE(userEvents(byOperator), 1);
        KUMIKO_VERIFY_OK(AccountAdmin::setStatus(db, QStringLiteral("admin-made@t.example"),
                                                 QStringLiteral("restricted"), anOperator()));
        KUMIKO_VERIFY_OK(AccountAdmin::setStatus(db, QStringLiteral("admin-made@t.example"),
                                                 QStringLiteral("restricted"), anOperator()));
        QCOMPARE(userEvents(byOperator), 2); // the second changed nothing
        KUMIKO_VERIFY_OK(AccountAdmin::setRoles(db, QStringLiteral("admin-made@t.example"),
                                                {QStringLiteral("Support")}, anOperator()));
        KUMIKO_VERIFY_OK(AccountAdmin::setRoles(db, QStringLiteral("admin-made@t.example"),
                                                {QStringLiteral("Support")}, anOperator()));
        QCOMPARE(userEvents(byOperator), 3);
        KUMIKO_VERIFY_ERROR(AccountAdmin::setStatus(db, QStringLiteral("nobody@t.example"),
                                                    QStringLiteral("active"), anOperator()),
                            "not_found");
        // Nothing to unlock: refused, nothing recorded.
        KUMIKO_VERIFY_ERROR(AccountAdmin::unlock(db, QStringLiteral("admin-made@t.example"), anOperator()),
                            "invalid_state");
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_lockout_resets")), 0);
    }

    void passwordStrength()
    {
        using auth::PasswordStrength;
        QCOMPARE(PasswordStrength::rate(QStringLiteral("short")), PasswordStrength::Level::TooShort);
        QCOMPARE(PasswordStrength::rate(QStringLiteral("12345678")), PasswordStrength::Level::Weak);
        QCOMPARE(PasswordStrength::rate(QStringLiteral("aaaaaaaaaa")), PasswordStrength::Level::Weak);
        QCOMPARE(PasswordStrength::rate(QStringLiteral("xjorgxx-2026"), QStringLiteral("jorg@t.example")),
                 PasswordStrength::Level::Weak);
        QCOMPARE(PasswordStrength::rate(QStringLiteral("apple-tree7")), PasswordStrength::Level::Fair);
        QCOMPARE(PasswordStrength::rate(QStringLiteral("Apple-Tree-7x")), PasswordStrength::Level::Strong);
        QCOMPARE(PasswordStrength::rate(QStringLiteral("correct horse battery staple")),
                 PasswordStrength::Level::Strong);
    }
};

QTEST_GUILESS_MAIN(TestAccountAdmin)
#include "tst_account_admin.moc"
