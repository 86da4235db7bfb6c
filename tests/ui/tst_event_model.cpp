// The Events page's model: pages appended as the view scrolls (keyset cursor), without a database.
#include "EventTableModel.h"
#include "ModelChecks.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace kumiko;
using models::EventTableModel;

namespace {

const QDateTime kAt(QDate(2026, 5, 1), QTime(10, 0, 5, 42), Qt::UTC);

// Events `newest` down to `newest - count + 1`, newest first, as one page of the store.
std::vector<es::StoredEvent> page(qint64 newest, int count)
{
    std::vector<es::StoredEvent> events;
    for (qint64 id = newest; id > newest - count; --id) {
        es::StoredEvent e;
        e.id = id;
        e.type = QStringLiteral("thing.updated");
        e.aggregateType = QStringLiteral("thing");
        e.aggregateId = QStringLiteral("t-%1").arg(id);
        e.version = int(id);
        e.tenantId = QStringLiteral("acme");
        e.createdBy = QStringLiteral("admin");
        e.createdAt = kAt;
        events.push_back(e);
    }
    return events;
}

} // namespace

class TestEventModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesByKeyset();
    void aFailedPageMayBeAskedForAgain();
    void clearStartsFromTheNewest();
    void cells_data();
    void cells();
    void secretPayloadFieldsAreMasked();
};

void TestEventModel::pagesByKeyset()
{
    EventTableModel model;
    QSignalSpy wanted(&model, &EventTableModel::moreWanted);
    // Like a view, the tester asks for more at once: the newest page.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.last().at(0).toLongLong(), 0);
    QVERIFY(!model.canFetchMore({})); // one request at a time
    model.fetchMore({});
    QCOMPARE(wanted.count(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendPage(page(300, 200), 101);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 199);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.last().at(0).toLongLong(), 101); // before the oldest shown

    model.appendPage(page(100, 100), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 200);
    QCOMPARE(inserted.last().at(2).toInt(), 299);
    QCOMPARE(model.event(299)->id, 1);
    QVERIFY(!model.event(300));
    QVERIFY(!model.canFetchMore({})); // nothing older
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    QCOMPARE(wanted.count(), 2);
}

void TestEventModel::aFailedPageMayBeAskedForAgain()
{
    EventTableModel model;
    QSignalSpy wanted(&model, &EventTableModel::moreWanted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(wanted.count(), 1);
    QVERIFY(!model.canFetchMore({}));
    model.pageFailed();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.last().at(0).toLongLong(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendPage({}, 0); // an empty store
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestEventModel::clearStartsFromTheNewest()
{
    EventTableModel model;
    QSignalSpy wanted(&model, &EventTableModel::moreWanted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendPage(page(10, 10), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(wanted.count(), 1);
    // After the reset the tester, like a view, asks again: from the newest page.
    test::verifyResets(model, [&] { model.clear(); });
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.last().at(0).toLongLong(), 0);
}

void TestEventModel::cells_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("rightAligned");
    QTest::newRow("id") << int(EventTableModel::IdColumn) << QVariant(qint64(5)) << true;
    // Milliseconds: events of one second must be told apart.
    QTest::newRow("time") << int(EventTableModel::TimeColumn)
                          << QVariant(kAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
                          << false;
    QTest::newRow("type") << int(EventTableModel::TypeColumn) << QVariant(QStringLiteral("thing.updated"))
                          << false;
    QTest::newRow("aggregate") << int(EventTableModel::AggregateColumn)
                               << QVariant(QStringLiteral("thing t-5")) << false;
    QTest::newRow("version") << int(EventTableModel::VersionColumn) << QVariant(5) << true;
    QTest::newRow("tenant") << int(EventTableModel::TenantColumn) << QVariant(QStringLiteral("acme"))
                            << false;
    QTest::newRow("by") << int(EventTableModel::ByColumn) << QVariant(QStringLiteral("admin")) << false;
}

void TestEventModel::cells()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, rightAligned);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendPage(page(5, 1), 0);
    const QModelIndex cell = model.index(0, column);
    QCOMPARE(cell.data().toString(), value.toString());
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), value.toString());
    QCOMPARE(cell.data(Qt::TextAlignmentRole).isValid(), rightAligned);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestEventModel::secretPayloadFieldsAreMasked()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<es::StoredEvent> events = page(1, 1);
    events.front().type = QStringLiteral("user.updated");
    events.front().payload = {{"changes", {{"passwordHash", "$argon2id$v=19$new"}}},
                              {"previous", {{"passwordHash", "$argon2id$v=19$old"}}}};
    model.appendPage(events, 0);
    const nlohmann::json& shown = model.event(0)->payload;
    QCOMPARE(shown["changes"]["passwordHash"], nlohmann::json("••••••"));
    QCOMPARE(shown["previous"]["passwordHash"], nlohmann::json("••••••"));
}

QTEST_MAIN(TestEventModel)
#include "tst_event_model.moc"
