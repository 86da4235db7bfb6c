// Statements sent ahead through libpq's pipeline mode, and cursors read through it a batch at a time.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/LibpqCursor.h"
#include "db/LibpqHandle.h"
#include "db/LibpqPipeline.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestLibpqPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resultsReachTheirReceiversInAnyOrder();
    void cursorsInterleaveBatchByBatch();
    void failureCarriesTheSqlStateNotTheStatement();
    void waitingCanCancelTheRunningStatement();
    void closedPipelineLeavesTheConnectionToQt();
};

namespace {

QString text(const db::LibpqResult& result, int row, int column)
{
    const std::string_view value = result.text(row, column);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

} // namespace

void TestLibpqPipeline::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_libpq_pipeline"), false));
}

void TestLibpqPipeline::resultsReachTheirReceiversInAnyOrder()
{
    db::LibpqPipeline pipeline(TestDatabase::connection());
    KUMIKO_VERIFY_OK(pipeline.open());
    auto first = pipeline.send(QStringLiteral("SELECT $1::int + 1"), {"1"});
    auto second = pipeline.send(QStringLiteral("SELECT 'two'"));
    KUMIKO_VERIFY_OK(first);
    KUMIKO_VERIFY_OK(second);
    auto two = pipeline.receive(second.value());
    KUMIKO_VERIFY_OK(two);
    QCOMPARE(text(two.value(), 0, 0), QStringLiteral("two"));
    auto one = pipeline.receive(first.value());
    KUMIKO_VERIFY_OK(one);
    QCOMPARE(text(one.value(), 0, 0), QStringLiteral("2"));
    QVERIFY(!pipeline.receive(first.value())); // each result goes to one receiver
    KUMIKO_VERIFY_OK(pipeline.close());
}

void TestLibpqPipeline::cursorsInterleaveBatchByBatch()
{
    const QSqlDatabase& db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.beginReadOnly());
    db::LibpqPipeline pipeline(db);
    KUMIKO_VERIFY_OK(pipeline.open());
    db::LibpqCursor small(pipeline, QStringLiteral("small"), 2);
    db::LibpqCursor large(pipeline, QStringLiteral("large"), 2);
    KUMIKO_VERIFY_OK(small.open(QStringLiteral("SELECT n FROM generate_series(1, 3) n")));
    KUMIKO_VERIFY_OK(large.open(QStringLiteral("SELECT n FROM generate_series(11, 15) n")));
    QStringList read;
    while (!small.done() || !large.done()) {
        for (db::LibpqCursor* cursor : {&small, &large}) {
            if (cursor->done())
                continue;
            auto batch = cursor->fetch();
            KUMIKO_VERIFY_OK(batch);
            for (int row = 0; row < batch->rows(); ++row)
                read << text(batch.value(), row, 0);
        }
    }
    QCOMPARE(read.join(QLatin1Char(' ')), QStringLiteral("1 2 11 12 3 13 14 15"));
    KUMIKO_VERIFY_OK(pipeline.close());
    KUMIKO_VERIFY_OK(transaction.commit());
}

void TestLibpqPipeline::failureCarriesTheSqlStateNotTheStatement()
{
    db::LibpqPipeline pipeline(TestDatabase::connection());
    KUMIKO_VERIFY_OK(pipeline.open());
    auto failed = pipeline.exec(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!failed);
    QCOMPARE(failed.error().sqlState, QStringLiteral("42P01"));
    QVERIFY(!failed.error().message.contains(QLatin1String("SELECT")));
    QCOMPARE(failed.error().statement, QStringLiteral("SELECT * FROM no_such_table"));
    auto after = pipeline.exec(QStringLiteral("SELECT 1")); // the next statement has its own sync point
    KUMIKO_VERIFY_OK(after);
    KUMIKO_VERIFY_OK(pipeline.close());
}

void TestLibpqPipeline::waitingCanCancelTheRunningStatement()
{
    db::LibpqPipeline pipeline(TestDatabase::connection());
    KUMIKO_VERIFY_OK(pipeline.open());
    int asked = 0;
    pipeline.setWaiting([&asked] {
        ++asked;
        return false;
    });
    auto slept = pipeline.exec(QStringLiteral("SELECT pg_sleep(60)"));
    KUMIKO_VERIFY_ERROR(slept, "query_canceled");
    QCOMPARE(asked, 1);
    KUMIKO_VERIFY_OK(pipeline.exec(QStringLiteral("SELECT 1")));
    KUMIKO_VERIFY_OK(pipeline.close());
}

void TestLibpqPipeline::closedPipelineLeavesTheConnectionToQt()
{
    const QSqlDatabase& db = TestDatabase::connection();
    {
        db::LibpqPipeline pipeline(db);
        KUMIKO_VERIFY_OK(pipeline.open());
        KUMIKO_VERIFY_OK(pipeline.send(QStringLiteral("SELECT 1"))); // never received: closing reads it
    }
    auto answer = db::Sql::scalar(db, QStringLiteral("SELECT 42"));
    KUMIKO_VERIFY_OK(answer);
    QCOMPARE(answer->toInt(), 42);
    QVERIFY(!db::LibpqHandle::inTransaction(db));
}

QTEST_GUILESS_MAIN(TestLibpqPipeline)
#include "tst_libpq_pipeline.moc"
