// The two ways many values reach the server at once: COPY rows (CopyIn) and array parameters (SqlArray).
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/CopyIn.h"
#include "db/LibpqHandle.h"
#include "db/Sql.h"
#include "db/SqlArray.h"
#include "db/Transaction.h"

#include <QUuid>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestBulkSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void copyKeepsEveryValue_data();
    void copyKeepsEveryValue();
    void copyWritesNullAndManyRows();
    void copyFailureCarriesTheSqlState();
    void copyFailureAbortsTheCallersTransaction();
    void statementsLeaveTheTransactionStateReadable();
    void copyRefusesNamesThatAreNotPlain();
    void copyRefusesAnUnendedRow();
    void arrayKeepsEveryValue_data();
    void arrayKeepsEveryValue();
};

namespace {

const QStringList kColumns = {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("n")};

} // namespace

void TestBulkSql::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_bulk_sql"), false));
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("CREATE TABLE probe (id uuid PRIMARY KEY, label text, n int)")));
}

void TestBulkSql::init()
{
    KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(), QStringLiteral("TRUNCATE probe")));
}

void TestBulkSql::copyKeepsEveryValue_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("empty") << QString(QLatin1String(""));
    QTest::newRow("tab") << QStringLiteral("a\tb");
    QTest::newRow("newline") << QStringLiteral("a\nb");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp\\");
    QTest::newRow("literal \\N") << QStringLiteral("\\N");
    QTest::newRow("period line") << QStringLiteral("\\.");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
    QTest::newRow("unicode") << QStringLiteral("Grüße ✓ 日本");
    QTest::newRow("json") << QStringLiteral(R"({"a":"x\ty","b":[1,2]})");
}

void TestBulkSql::copyKeepsEveryValue()
{
    QFETCH(QString, label);
    const auto db = TestDatabase::connection();
    db::CopyIn copy(QStringLiteral("probe"), kColumns);
    copy.field(QUuid::createUuid().toString(QUuid::WithoutBraces));
    copy.field(label);
    copy.field(QStringLiteral("7"));
    copy.endRow();
    KUMIKO_VERIFY_OK(copy.send(db));
    auto stored = db::Sql::scalar(db, QStringLiteral("SELECT label FROM probe"));
    KUMIKO_VERIFY_OK(stored);
    QVERIFY(!stored->isNull());
    QCOMPARE(stored->toString(), label);
}

void TestBulkSql::copyWritesNullAndManyRows()
{
    const auto db = TestDatabase::connection();
    db::CopyIn copy(QStringLiteral("probe"), kColumns);
    // More than one chunk of COPY data (1 MiB).
    const QString filler(200, QLatin1Char('x'));
    for (int i = 0; i < 10000; ++i) {
        copy.field(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (i % 2)
            copy.null();
        else
            copy.field(filler);
        copy.field(QString::number(i));
        copy.endRow();
    }
    QCOMPARE(copy.rowCount(), 10000);
    KUMIKO_VERIFY_OK(copy.send(db));
    QCOMPARE(TestDatabase::count(QStringLiteral("probe")), 10000);
    QCOMPARE(TestDatabase::count(QStringLiteral("probe"), QStringLiteral("label IS NULL")), 5000);
    QCOMPARE(TestDatabase::count(QStringLiteral("probe"), QStringLiteral("n = 9999 AND label IS NULL")), 1);
}

void TestBulkSql::copyFailureCarriesTheSqlState()
{
    const auto db = TestDatabase::connection();
    db::CopyIn badData(QStringLiteral("probe"), kColumns);
    badData.field(QStringLiteral("not-a-uuid"));
    badData.field(QStringLiteral("x"));
    badData.field(QStringLiteral("1"));
    badData.endRow();
    const Status refused = badData.send(db);
    KUMIKO_VERIFY_ERROR(refused, "invalid_text_representation");
    QCOMPARE(refused.error().sqlState, QStringLiteral("22P02"));
    QVERIFY(refused.error().statement.contains(QLatin1String("COPY probe")));

    db::CopyIn badColumn(QStringLiteral("probe"), {QStringLiteral("nope")});
    badColumn.field(QStringLiteral("x"));
    badColumn.endRow();
    KUMIKO_VERIFY_ERROR(badColumn.send(db), "undefined_column");

    // Without a transaction each failure stood alone: the connection goes on.
    KUMIKO_VERIFY_OK(db::Sql::scalar(db, QStringLiteral("SELECT 1")));
    QCOMPARE(TestDatabase::count(QStringLiteral("probe")), 0);
}

void TestBulkSql::copyFailureAbortsTheCallersTransaction()
{
    const auto db = TestDatabase::connection();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    db::Transaction tx(db);
    KUMIKO_VERIFY_OK(tx.begin());
    KUMIKO_VERIFY_OK(
        db::Sql::run(db, QStringLiteral("INSERT INTO probe (id, label) VALUES (?::uuid, 'first')"), {id}));
    db::CopyIn duplicate(QStringLiteral("probe"), kColumns);
    duplicate.field(id);
    duplicate.field(QStringLiteral("again"));
    duplicate.null();
    duplicate.endRow();
    KUMIKO_VERIFY_ERROR(duplicate.send(db), "unique_violation");
    KUMIKO_VERIFY_ERROR(db::Sql::scalar(db, QStringLiteral("SELECT 1")), "in_failed_transaction");
    tx.rollback();
    QCOMPARE(TestDatabase::count(QStringLiteral("probe")), 0);
}

// A prepared statement whose rows nobody read (Sql::run of a SELECT) leaves the connection busy; the
// batch append asks whether the caller's transaction is open, and a busy connection read as "no
// transaction" made it send its own BEGIN inside the caller's (a server WARNING, then a stray COMMIT).
void TestBulkSql::statementsLeaveTheTransactionStateReadable()
{
    const auto db = TestDatabase::connection();
    QVERIFY(!db::LibpqHandle::inTransaction(db));
    db::Transaction tx(db);
    KUMIKO_VERIFY_OK(tx.begin());
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {42}));
    QVERIFY(db::LibpqHandle::inTransaction(db));
    KUMIKO_VERIFY_OK(db::Sql::scalar(db, QStringLiteral("SELECT n FROM generate_series(1, ?) AS n"), {3}));
    QVERIFY(db::LibpqHandle::inTransaction(db));
    tx.rollback();
    QVERIFY(!db::LibpqHandle::inTransaction(db));
}

void TestBulkSql::copyRefusesNamesThatAreNotPlain()
{
    const auto db = TestDatabase::connection();
    db::CopyIn table(QStringLiteral("probe; DROP TABLE probe"), kColumns);
    KUMIKO_VERIFY_ERROR(table.send(db), "invalid_argument");
    db::CopyIn column(QStringLiteral("probe"), {QStringLiteral("label\"")});
    KUMIKO_VERIFY_ERROR(column.send(db), "invalid_argument");
    QCOMPARE(TestDatabase::count(QStringLiteral("probe")), 0);
}

void TestBulkSql::copyRefusesAnUnendedRow()
{
    db::CopyIn copy(QStringLiteral("probe"), kColumns);
    copy.field(QUuid::createUuid().toString(QUuid::WithoutBraces));
    KUMIKO_VERIFY_ERROR(copy.send(TestDatabase::connection()), "invalid_argument");
}

void TestBulkSql::arrayKeepsEveryValue_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::newRow("empty list") << QStringList();
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty string and NULL") << QStringList{QString(QLatin1String("")), QString()};
    QTest::newRow("word NULL") << QStringList{QStringLiteral("NULL"), QStringLiteral("null")};
    QTest::newRow("syntax characters")
        << QStringList{QStringLiteral("{a,b}"), QStringLiteral("\"q\""), QStringLiteral("back\\slash"),
                       QStringLiteral(" spaced ")};
    QTest::newRow("quote and unicode") << QStringList{QStringLiteral("it's"), QStringLiteral("Grüße ✓")};
}

void TestBulkSql::arrayKeepsEveryValue()
{
    QFETCH(QStringList, values);
    auto rows =
        db::Sql::exec(TestDatabase::connection(),
                      QStringLiteral("SELECT v, v IS NULL FROM unnest(?::text[]) WITH ORDINALITY AS u(v, n) "
                                     "ORDER BY n"),
                      {db::SqlArray::literal(values)});
    KUMIKO_VERIFY_OK(rows);
    QStringList back;
    while (rows->next())
        back << (rows->value(1).toBool() ? QString() : rows->value(0).toString());
    QCOMPARE(back.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(back.at(i).isNull(), values.at(i).isNull());
        QCOMPARE(back.at(i), values.at(i));
    }
}

QTEST_GUILESS_MAIN(TestBulkSql)
#include "tst_bulk_sql.moc"
