#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "db/SqlError.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"

#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestSqlError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mapsSqlStates_data();
    void mapsSqlStates();
    void uniqueViolationFromTheServer();
    void undefinedTableKeepsTheStatementOutOfTheMessage();
    void connectionMessageEndsWithoutNewline();
    void lockTimeoutFromARealLock();
    void transactionRollsBackUnlessCommitted();
    void lostConnectionIsReportedAndReplaced();
};

void TestSqlError::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_sql_error"), false));
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL)")));
}

void TestSqlError::mapsSqlStates_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("code");
    QTest::newRow("serialization") << "40001"
                                   << "serialization_failure";
    QTest::newRow("deadlock") << "40P01"
                              << "deadlock";
    QTest::newRow("lock not available") << "55P03"
                                        << "lock_timeout";
    QTest::newRow("invalid password") << "28P01"
                                      << "auth_failed";
    QTest::newRow("admin shutdown") << "57P01"
                                    << "connection_lost";
    QTest::newRow("connection failure class") << "08006"
                                              << "connection_lost";
    QTest::newRow("foreign key") << "23503"
                                 << "foreign_key_violation";
    QTest::newRow("other data exception") << "22012"
                                          << "data_exception";
    QTest::newRow("unmapped") << "XX000"
                              << "database_error";
}

// The SQLSTATE is raised by the real server and travels through QPSQL, as a real failure would.
void TestSqlError::mapsSqlStates()
{
    QFETCH(QString, sqlState);
    QFETCH(QString, code);
    QCOMPARE(ErrorCodes::name(db::SqlError::codeForSqlState(sqlState)), code);
    auto raised = db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'provoked' USING ERRCODE = '%1'; END $$").arg(sqlState));
    QVERIFY(!raised.ok());
    QCOMPARE(raised.error().sqlState, sqlState);
    QCOMPARE(raised.error().codeName(), code);
}

void TestSqlError::uniqueViolationFromTheServer()
{
    QSqlDatabase db = TestDatabase::connection();
    KUMIKO_VERIFY_OK(
        db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?)"), {1, QStringLiteral("a")}));
    auto again =
        db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?)"), {1, QStringLiteral("b")});
    KUMIKO_VERIFY_ERROR(again, "unique_violation");
    QCOMPARE(again.error().sqlState, QStringLiteral("23505"));
    QVERIFY(again.error().statement.startsWith(QLatin1String("INSERT INTO items")));
    QVERIFY2(!again.error().statement.contains(QLatin1String("'b'")),
             "bound values must not appear in contexts");
    KUMIKO_VERIFY_ERROR(db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?)"), {2, QVariant()}),
                        "not_null_violation");
}

void TestSqlError::undefinedTableKeepsTheStatementOutOfTheMessage()
{
    auto missing = db::Sql::exec(TestDatabase::connection(),
                                 QStringLiteral("SELECT * FROM no_such_table WHERE id = ?"), {1});
    KUMIKO_VERIFY_ERROR(missing, "undefined_table");
    // The statement is kept for the details, never in the message or the one-line text.
    QCOMPARE(missing.error().statement, QStringLiteral("SELECT * FROM no_such_table WHERE id = ?"));
    QVERIFY(missing.error().context.isEmpty());
    QVERIFY2(!missing.error().toString().contains(QLatin1String("SELECT")),
             qPrintable(missing.error().toString()));
    QVERIFY(!missing.error().message.contains(QLatin1String("SELECT")));
    KUMIKO_VERIFY_ERROR(db::Sql::run(TestDatabase::connection(), QStringLiteral("SELEC 1")), "syntax_error");
}

void TestSqlError::connectionMessageEndsWithoutNewline()
{
    // libpq's "connection to server … failed: …\n" put the CLI's "[connection_failed]" on a line of its own.
    const QSqlError refused(QStringLiteral("server certificate does not match host name\n"), {},
                            QSqlError::ConnectionError);
    const Error e = db::SqlError::fromQSqlError(refused, QStringLiteral("connect"));
    QCOMPARE(e.codeName(), QStringLiteral("connection_failed"));
    QCOMPARE(e.message, QStringLiteral("server certificate does not match host name"));
}

void TestSqlError::lockTimeoutFromARealLock()
{
    const QString holderName = QStringLiteral("lock-holder");
    {
        auto holder = db::ThreadConnection::openNamed(
            holderName, TestDatabase::clusterSettings(QStringLiteral("tst_sql_error")));
        KUMIKO_VERIFY_OK(holder);
        db::Transaction holding(holder.value());
        KUMIKO_VERIFY_OK(holding.begin());
        KUMIKO_VERIFY_OK(
            db::Sql::run(holder.value(), QStringLiteral("LOCK TABLE items IN ACCESS EXCLUSIVE MODE")));

        QSqlDatabase db = TestDatabase::connection();
        db::Transaction waiting(db);
        KUMIKO_VERIFY_OK(waiting.begin());
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("SET LOCAL lock_timeout = '200ms'")));
        KUMIKO_VERIFY_ERROR(db::Sql::run(db, QStringLiteral("SELECT count(*) FROM items")), "lock_timeout");
    }
    QSqlDatabase::removeDatabase(holderName);
}

void TestSqlError::transactionRollsBackUnlessCommitted()
{
    QSqlDatabase db = TestDatabase::connection();
    {
        db::Transaction tx(db);
        KUMIKO_VERIFY_OK(tx.begin());
        KUMIKO_VERIFY_OK(
            db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?)"), {10, QStringLiteral("x")}));
        KUMIKO_VERIFY_ERROR(
            db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?)"), {10, QStringLiteral("y")}),
            "unique_violation");
    }
    QCOMPARE(TestDatabase::count(QStringLiteral("items"), QStringLiteral("id = 10")), 0);
    {
        db::Transaction tx(db);
        KUMIKO_VERIFY_OK(tx.begin());
        KUMIKO_VERIFY_OK(
            db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?)"), {11, QStringLiteral("z")}));
        KUMIKO_VERIFY_OK(tx.commit());
    }
    QCOMPARE(TestDatabase::count(QStringLiteral("items"), QStringLiteral("id = 11")), 1);
}

void TestSqlError::lostConnectionIsReportedAndReplaced()
{
    QSqlDatabase db = TestDatabase::connection();
    auto pid = db::Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    KUMIKO_VERIFY_OK(pid);
    const QString killerName = QStringLiteral("killer");
    {
        auto killer = db::ThreadConnection::openNamed(
            killerName, TestDatabase::clusterSettings(QStringLiteral("tst_sql_error")));
        KUMIKO_VERIFY_OK(killer);
        KUMIKO_VERIFY_OK(
            db::Sql::run(killer.value(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid.value()}));
    }
    QSqlDatabase::removeDatabase(killerName);
    auto broken = db::Sql::scalar(db, QStringLiteral("SELECT 1"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().code == ErrorCode::ConnectionLost, qPrintable(broken.error().toString()));
    db = {};
    auto fresh = db::Sql::scalar(TestDatabase::connection(), QStringLiteral("SELECT pg_backend_pid()"));
    KUMIKO_VERIFY_OK(fresh);
    QVERIFY(fresh->toInt() != pid->toInt());
}

QTEST_GUILESS_MAIN(TestSqlError)
#include "tst_sql_error.moc"
