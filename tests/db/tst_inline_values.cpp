// Behind a proxy or pooler, Sql sends bound values inside the statement text (ThreadConnection::
// inlinesValues). Every value must reach the server exactly as a prepared statement's parameter does:
// same text, same type inferred from the context, never as SQL.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestInlineValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_inline_values"), false));
        QSqlDatabase db = TestDatabase::connection();
        QVERIFY2(!db::ThreadConnection::inlinesValues(db),
                 "a direct Unix-socket connection needs no inlining");
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("CREATE TABLE items (id bigint, label text, "
                                                         "at timestamptz, flag boolean, doc jsonb)")));
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("quote") << QStringLiteral("o'brien");
        QTest::newRow("injection") << QStringLiteral("x'); DROP TABLE items; --");
        QTest::newRow("backslash") << QStringLiteral("back\\slash\\");
        QTest::newRow("question mark") << QStringLiteral("why? because ?");
        QTest::newRow("double quote") << QStringLiteral("\"id\"");
        QTest::newRow("unicode") << QStringLiteral("Grüße 日本 🎉");
        QTest::newRow("empty") << QString(QLatin1String(""));
    }

    void valuesRoundTrip()
    {
        QFETCH(QString, label);
        QSqlDatabase db = TestDatabase::connection();
        const QDateTime at = QDateTime(QDate(2026, 11, 30), QTime(7, 8, 9, 123), Qt::UTC);
        for (bool inlined : {false, true}) {
            db::ThreadConnection::setInlinesValues(db, inlined);
            KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("DELETE FROM items")));
            KUMIKO_VERIFY_OK(
                db::Sql::run(db, QStringLiteral("INSERT INTO items VALUES (?, ?, ?, ?, ?::jsonb)"),
                             {qint64(1) << 40, label, at, true, QStringLiteral("{\"label\": \"?'\\\\\"}")}));
            auto row = db::Sql::exec(db,
                                     QStringLiteral("SELECT id, label, at, flag, doc->>'label', "
                                                    "label = ? FROM items WHERE id = ? AND label = ?"),
                                     {label, qint64(1) << 40, label});
            KUMIKO_VERIFY_OK(row);
            QVERIFY2(row->next(), inlined ? "inlined" : "prepared");
            QCOMPARE(row->value(0).toLongLong(), qint64(1) << 40);
            QCOMPARE(row->value(1).toString(), label);
            QCOMPARE(row->value(2).toDateTime(), at);
            QCOMPARE(row->value(3).toBool(), true);
            QCOMPARE(row->value(4).toString(), QStringLiteral("?'\\"));
            QCOMPARE(row->value(5).toBool(), true);
        }
        db::ThreadConnection::setInlinesValues(db, false);
    }

    void nullsAndContextTypes()
    {
        QSqlDatabase db = TestDatabase::connection();
        db::ThreadConnection::setInlinesValues(db, true);
        auto row =
            db::Sql::exec(db,
                          QStringLiteral("SELECT ? IS NULL, make_interval(secs => ?) = interval '10 "
                                         "minutes', pg_typeof(?::uuid)::text, 'a?b' || ?"),
                          {QVariant(QMetaType::fromType<QString>()), 600,
                           QStringLiteral("11111111-1111-4111-8111-111111111111"), QStringLiteral("c")});
        db::ThreadConnection::setInlinesValues(db, false);
        KUMIKO_VERIFY_OK(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toBool(), true);
        QCOMPARE(row->value(1).toBool(), true);
        QCOMPARE(row->value(2).toString(), QStringLiteral("uuid"));
        QCOMPARE(row->value(3).toString(), QStringLiteral("a?bc"));
    }
};

QTEST_GUILESS_MAIN(TestInlineValues)
#include "tst_inline_values.moc"
