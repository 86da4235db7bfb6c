#include "TableCountModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QtTest>

using kumiko::models::TableCountModel;

class TestTableCountModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCountsOfItsTables_data();
    void showsCountsOfItsTables();
    void unknownCountsAreMarked();
};

void TestTableCountModel::showsCountsOfItsTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QString>("display");
    QTest::newRow("empty table") << "kumiko_events" << true << qint64(0) << QLocale().toString(0);
    QTest::newRow("large table") << "kumiko_events" << true << qint64(1234567) << QLocale().toString(1234567);
    QTest::newRow("missing table") << "kumiko_events" << false << qint64(0) << "table missing";
}

void TestTableCountModel::showsCountsOfItsTables()
{
    QFETCH(QString, table);
    QFETCH(bool, exists);
    QFETCH(qint64, rows);
    QFETCH(QString, display);
    TableCountModel model({QStringLiteral("read_users"), table});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    kumiko::db::DatabaseStatus status;
    status.tables = {{QStringLiteral("read_users"), true, 3}, {table, exists, rows}};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStatus(status);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(TableCountModel::ColumnCount));
    QCOMPARE(model.index(1, TableCountModel::TableColumn).data().toString(), table);
    QCOMPARE(model.index(1, TableCountModel::RowsColumn).data().toString(), display);
    QCOMPARE(model.index(1, TableCountModel::RowsColumn).data(Qt::UserRole).isValid(), exists);
    QCOMPARE(model.headerData(TableCountModel::RowsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Rows"));
}

void TestTableCountModel::unknownCountsAreMarked()
{
    TableCountModel model({QStringLiteral("kumiko_events")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, TableCountModel::RowsColumn).data().toString(), QStringLiteral("–"));
    QVERIFY(!model.index(0, TableCountModel::RowsColumn).data(Qt::UserRole).isValid());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
}

QTEST_GUILESS_MAIN(TestTableCountModel)
#include "tst_table_count_model.moc"
