// EventSearch against a real database with a log larger than its first window: a frequent type pages
// like a plain read, a rare one is found by scanning windows with progress up to the whole log, a
// cancel stops between windows, and filters an index narrows are one query.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "eventstore/EventSearch.h"
#include "eventstore/EventStore.h"

#include <QtTest>

using namespace kumiko;
using es::EventFilter;
using es::EventSearch;
using kumiko::test::TestDatabase;

namespace {

constexpr int kEvents = 50000;
const QString kTenant = QStringLiteral("44444444-4444-4444-8444-444444444444");

EventFilter newest(int limit = 200)
{
    EventFilter filter;
    filter.newestFirst = true;
    filter.limit = limit;
    return filter;
}

QList<qint64> idsOf(const es::EventPage& page)
{
    QList<qint64> ids;
    for (const es::StoredEvent& event : page.events)
        ids << event.id;
    return ids;
}

} // namespace

class TestEventSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void whatAnIndexNarrows();
    void aFrequentTypePagesLikeAPlainRead();
    void aRareTypeIsFoundWithProgress();
    void aCancelStopsBetweenWindows();
};

void TestEventSearch::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_event_search")));
    // Every 100th a user.updated (1 %), every 1,000th in kTenant, one rare.thing near the oldest end.
    KUMIKO_VERIFY_OK(db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) SELECT gen_random_uuid(), 'tenant', "
            "CASE WHEN n % 1000 = 0 THEN ?::uuid ELSE gen_random_uuid() END, 1, "
            "CASE WHEN n = 7 THEN 'rare.thing' WHEN n % 100 = 0 THEN 'user.updated' ELSE 'tenant.created' "
            "END, "
            "jsonb_build_object('n', n), jsonb_build_object('userId', 'tester'), 'tester' "
            "FROM generate_series(1, ?) n"),
        {kTenant, kEvents}));
}

void TestEventSearch::whatAnIndexNarrows()
{
    EventFilter filter = newest();
    QVERIFY(EventSearch::narrowedByIndex(filter)); // the primary key
    filter.type = QStringLiteral("user.updated");
    QVERIFY(!EventSearch::narrowedByIndex(filter));
    filter.tenantId = kTenant;
    QVERIFY(EventSearch::narrowedByIndex(filter));
    EventFilter stream = newest();
    stream.aggregateId = kTenant;
    stream.from = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(EventSearch::narrowedByIndex(stream));
    EventFilter time = newest();
    time.to = QDateTime::currentDateTimeUtc();
    QVERIFY(!EventSearch::narrowedByIndex(time));
}

void TestEventSearch::aFrequentTypePagesLikeAPlainRead()
{
    QSqlDatabase db = TestDatabase::connection();
    EventFilter filter = newest();
    filter.type = QStringLiteral("user.updated");
    auto first = EventSearch::page(db, filter);
    KUMIKO_VERIFY_OK(first);
    auto plain = es::EventStore::read(db, filter);
    KUMIKO_VERIFY_OK(plain);
    QCOMPARE(idsOf(first.value()), idsOf(plain.value()));
    QCOMPARE(first->nextCursor, first->events.back().id);
    // Page by page down to the oldest: 500 in all, in order, none twice.
    QList<qint64> all = idsOf(first.value());
    filter.beforeId = first->nextCursor;
    while (filter.beforeId != 0) {
        auto next = EventSearch::page(db, filter);
        KUMIKO_VERIFY_OK(next);
        all += idsOf(next.value());
        filter.beforeId = next->nextCursor;
    }
    QCOMPARE(all.size(), kEvents / 100);
    QVERIFY(std::is_sorted(all.rbegin(), all.rend()));
    QCOMPARE(QSet<qint64>(all.begin(), all.end()).size(), all.size());
}

void TestEventSearch::aRareTypeIsFoundWithProgress()
{
    EventFilter filter = newest();
    filter.type = QStringLiteral("rare.thing");
    QList<qint64> scanned;
    qint64 total = 0;
    auto page = EventSearch::page(TestDatabase::connection(), filter, [&](qint64 done, qint64 all) {
        scanned << done;
        total = all;
        return true;
    });
    KUMIKO_VERIFY_OK(page);
    QCOMPARE(page->events.size(), std::size_t(1));
    QCOMPARE(page->events.front().type, QStringLiteral("rare.thing"));
    QCOMPARE(page->nextCursor, 0); // the whole log was searched
    QVERIFY(scanned.size() >= 2);  // 50,000 ids in windows of 20,000, 40,000
    QVERIFY(std::is_sorted(scanned.begin(), scanned.end()));
    QCOMPARE(scanned.last(), total);
    QCOMPARE(total, qint64(kEvents));
}

void TestEventSearch::aCancelStopsBetweenWindows()
{
    EventFilter filter = newest();
    filter.type = QStringLiteral("rare.thing");
    int windows = 0;
    auto page = EventSearch::page(TestDatabase::connection(), filter, [&](qint64, qint64) {
        ++windows;
        return false;
    });
    KUMIKO_VERIFY_ERROR(page, "query_canceled");
    QCOMPARE(windows, 1);
}

QTEST_GUILESS_MAIN(TestEventSearch)
#include "tst_event_search.moc"
