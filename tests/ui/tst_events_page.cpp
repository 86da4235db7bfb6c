// The Events page against a real database: pages load as the list scrolls, filters, detail, stream.
#include "ErrorText.h"
#include "EventTableModel.h"
#include "EventsPage.h"
#include "MessageBanner.h"
#include "Screenshots.h"
#include "TenantPicker.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;
using models::EventTableModel;
using ui::EventsPage;

namespace {

const QString kTenant = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kThing = QStringLiteral("22222222-2222-4222-8222-222222222222");

// 450 events: every tenth a thing.updated of one aggregate (45 of them), the rest tenant.created.
void insertEvents()
{
    KUMIKO_VERIFY_OK(db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) SELECT CASE WHEN n % 10 = 0 THEN ?::uuid ELSE gen_random_uuid() END, "
            "CASE WHEN n % 10 = 0 THEN 'thing' ELSE 'tenant' END, ?::uuid, "
            "CASE WHEN n % 10 = 0 THEN n / 10 ELSE 1 END, "
            "CASE WHEN n % 10 = 0 THEN 'thing.updated' ELSE 'tenant.created' END, "
            "jsonb_build_object('n', n, 'note', 'event ' || n), jsonb_build_object('userId', 'tester'), "
            "'tester' "
            "FROM generate_series(1, 450) n"),
        {kThing, kTenant}));
}

} // namespace

class TestEventsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesLoadAsTheListScrolls();
    void filtersDetailAndStream();
    void invalidFilterIsNamed();
    void newEventsWhileScrolledDownAreOffered();
    void aSearchNoIndexNarrowsCanBeCancelled();

private:
    void waitForPage(EventsPage& page, const std::function<void()>& action);
};

void TestEventsPage::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_events_page")));
    insertEvents();
}

void TestEventsPage::waitForPage(EventsPage& page, const std::function<void()>& action)
{
    QSignalSpy loaded(&page, &EventsPage::pageLoaded);
    action();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
}

void TestEventsPage::pagesLoadAsTheListScrolls()
{
    EventsPage page;
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1280, 800);
    page.show();
    waitForPage(page, [&] { page.reload(); });
    QAbstractItemModel* model = page.table()->model();
    auto* events = qobject_cast<EventTableModel*>(model);
    QVERIFY(events);
    // Once laid out, a view that asked for more than it shows would do so in these deferred checks.
    QSignalSpy moreWanted(events, &EventTableModel::moreWanted);
    page.table()->doItemsLayout();
    QCoreApplication::processEvents();
    QCOMPARE(moreWanted.count(), 0);
    // The names of a page's tenants and authors arrive after its rows and relayout the view, which
    // may ask for one page ahead; never for more (the old fault asked for every page at once).
    QVERIFY2(model->rowCount() == EventsPage::kPageSize || model->rowCount() == 2 * EventsPage::kPageSize,
             qPrintable(QString::number(model->rowCount())));
    QCOMPARE(model->index(0, EventTableModel::TypeColumn).data().toString(), QStringLiteral("thing.updated"));
    const qint64 newest = model->index(0, EventTableModel::IdColumn).data().toLongLong();
    QVERIFY(model->index(1, EventTableModel::IdColumn).data().toLongLong() < newest); // newest first
    QVERIFY(model->canFetchMore({}));
    // Scrolling to the end asks for the next page, and the next, until there are no more.
    for (int expected : {400, 450}) {
        if (model->rowCount() >= expected)
            continue; // asked for ahead, see above
        waitForPage(page, [&] {
            page.table()->scrollToBottom();
            QCoreApplication::processEvents();
        });
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), expected, 20000);
    }
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(model->index(449, EventTableModel::IdColumn).data().toLongLong(), newest - 449);
    test::Screenshots::save(&page, QStringLiteral("events-en"));
}

void TestEventsPage::filtersDetailAndStream()
{
    EventsPage page;
    page.show();
    waitForPage(page, [&] { page.reload(); });
    page.typeFilter()->setText(QStringLiteral("thing.updated"));
    waitForPage(page, [&] { page.reload(); });
    QAbstractItemModel* model = page.table()->model();
    QCOMPARE(model->rowCount(), 45);
    QVERIFY(!model->canFetchMore({}));
    page.table()->setCurrentIndex(model->index(0, 0));
    QVERIFY2(page.payloadText()->toPlainText().contains(QLatin1String("\"note\": \"event 450\"")),
             qPrintable(page.payloadText()->toPlainText()));
    QVERIFY(page.metadataText()->toPlainText().contains(QLatin1String("\"userId\": \"tester\"")));

    // From an event of another aggregate to its stream: one event (each tenant.created is its own).
    page.typeFilter()->setText(QStringLiteral("tenant.created"));
    waitForPage(page, [&] { page.reload(); });
    page.table()->setCurrentIndex(model->index(0, 0));
    waitForPage(page, [&] { QTest::mouseClick(page.streamButton(), Qt::LeftButton); });
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(page.typeFilter()->text().isEmpty());
    QCOMPARE(page.tenantFilter()->chosenId(), kTenant);

    page.aggregateFilter()->setText(kThing);
    waitForPage(page, [&] { page.reload(); });
    QCOMPARE(model->rowCount(), 45);
    page.aggregateTypeFilter()->setCurrentText(QStringLiteral("tenant"));
    waitForPage(page, [&] { page.reload(); });
    QCOMPARE(model->rowCount(), 0);
}

void TestEventsPage::invalidFilterIsNamed()
{
    EventsPage page;
    page.show();
    page.aggregateFilter()->setText(QStringLiteral("not-a-uuid"));
    page.reload();
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Error);
    QCOMPARE(page.banner()->text(), ui::ErrorText::summary(ErrorCode::InvalidFilter));
    QVERIFY2(page.banner()->detail().contains(QLatin1String("aggregate is not a UUID: not-a-uuid")),
             qPrintable(page.banner()->detail()));
    QCOMPARE(page.table()->model()->rowCount(), 0);
    // Fixed, it loads.
    page.aggregateFilter()->setText(kThing);
    waitForPage(page, [&] { page.reload(); });
    QCOMPARE(page.table()->model()->rowCount(), 45);
}

void TestEventsPage::newEventsWhileScrolledDownAreOffered()
{
    EventsPage page;
    page.resize(1280, 800);
    page.show();
    waitForPage(page, [&] { page.reload(); });
    page.table()->scrollTo(page.table()->model()->index(150, 0));
    QCoreApplication::processEvents();
    const int rows = page.table()->model()->rowCount();
    page.eventsArrived();
    QVERIFY(page.newEventsButton()->isVisibleTo(&page)); // offered, not forced on the reader
    QCOMPARE(page.table()->model()->rowCount(), rows);
    page.table()->scrollToTop();
    waitForPage(page, [&] { page.eventsArrived(); }); // at the top: the newest load at once
    QVERIFY(!page.newEventsButton()->isVisibleTo(&page));
}

void TestEventsPage::aSearchNoIndexNarrowsCanBeCancelled()
{
    // More events than the search's first window, none of the type asked for.
    KUMIKO_VERIFY_OK(db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral("INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
                       "payload, metadata, created_by) SELECT gen_random_uuid(), 'tenant', ?::uuid, 1, "
                       "'tenant.created', '{}', jsonb_build_object('userId', 'tester'), 'tester' "
                       "FROM generate_series(1, 30000)"),
        {kTenant}));
    EventsPage page;
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 800);
    page.show();
    page.typeFilter()->setText(QStringLiteral("never.happened"));
    // Cancelled at once: the search stops after its first window.
    waitForPage(page, [&] {
        page.reload();
        page.cancelSearch();
    });
    QCOMPARE(page.table()->model()->rowCount(), 0);
    QVERIFY(!page.table()->model()->canFetchMore({})); // nothing is asked again until a reload
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QVERIFY(!page.searchRow()->isVisible());

    // Not cancelled: the search ends with the whole log searched.
    waitForPage(page, [&] { page.reload(); });
    QCOMPARE(page.table()->model()->rowCount(), 0);
    QVERIFY(!page.table()->model()->canFetchMore({}));
    QVERIFY(!page.searchRow()->isVisible());
    QVERIFY(page.banner()->text().isEmpty());
}

QTEST_MAIN(TestEventsPage)
#include "tst_events_page.moc"
