#include "common/UtcTime.h"

#include <QTimeZone>
#include <QtTest>

using namespace kumiko;

// UtcTime::iso must give exactly what Qt::ISODateWithMs gives for the UTC time.
class TestUtcTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoIsQtsIsoText_data();
    void isoIsQtsIsoText();
    void invalidIsEmpty();
};

void TestUtcTime::isoIsQtsIsoText_data()
{
    QTest::addColumn<QDateTime>("time");
    const QTimeZone berlin("Europe/Berlin");
    QTest::newRow("utc with ms") << QDateTime(QDate(2026, 1, 31), QTime(9, 5, 0, 123), Qt::UTC);
    QTest::newRow("midnight") << QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC);
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("offset") << QDateTime(QDate(2026, 3, 29), QTime(1, 59, 59, 999), Qt::OffsetFromUTC, 7200);
    QTest::newRow("zone, summer time") << QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 7), berlin);
    QTest::newRow("local") << QDateTime(QDate(2026, 11, 30), QTime(13, 45, 1, 10), Qt::LocalTime);
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
}

void TestUtcTime::isoIsQtsIsoText()
{
    QFETCH(QDateTime, time);
    QCOMPARE(UtcTime::iso(time), time.toUTC().toString(Qt::ISODateWithMs));
}

void TestUtcTime::invalidIsEmpty()
{
    QVERIFY(UtcTime::iso(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestUtcTime)
#include "tst_utc_time.moc"
