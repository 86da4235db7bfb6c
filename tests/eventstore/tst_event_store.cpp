#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"
#include "domain/WellKnownIds.h"
#include "eventstore/EventStore.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QUuid>
#include <QtTest>

using namespace kumiko;
using es::EventStore;
using nlohmann::json;
using test::TestDatabase;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kSystemTenant = domain::WellKnownIds::systemTenantId();
const json kSystemMetadata = {{"userId", "00000000-0000-0000-0000-000000000000"}};

es::NewEvent thingEvent(const QString& tenant, const QString& id, int expected, const QString& type,
                        json payload = json::object())
{
    es::NewEvent e;
    e.tenantId = tenant;
    e.aggregateId = id;
    e.aggregateType = QStringLiteral("thing");
    e.expectedVersion = expected;
    e.type = type;
    e.payload = std::move(payload);
    e.metadata = kSystemMetadata;
    return e;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createThenAppendInOrder();
    void secondCreatorGetsVersionConflict();
    void appendNeedsThePredecessorInTheSameTenantStream();
    void sameIdInAnotherTenantIsAnotherStream();
    void idempotencyKeyReuseInTenantIsRejected();
    void readPagesByKeysetWithFilters();
    void readByTimeRange();
    void batchAppendWritesEventsAndRowsSetBased();
    void batchAppendKeepsEveryCharacter();
    void batchAppendIsAllOrNothingWithoutACallerTransaction();
    void batchAppendNeedsTheSameRowColumnsEverywhere();
    void appendNotifiesListenersAtCommit();
    void doubleEncodedPayloadsAreReadAsObjects();
};

void TestEventStore::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_event_store")));
}

void TestEventStore::createThenAppendInOrder()
{
    const auto db = TestDatabase::connection();
    const QString id = newId();
    auto first =
        EventStore::append(db, thingEvent(kSystemTenant, id, 0, QStringLiteral("thing.created"), {{"a", 1}}));
    KUMIKO_VERIFY_OK(first);
    QCOMPARE(first->version, 1);
    QVERIFY(first->id > 0);
    QVERIFY(first->createdAt.isValid());
    QCOMPARE(first->createdBy, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    auto second =
        EventStore::append(db, thingEvent(kSystemTenant, id, 1, QStringLiteral("thing.updated"), {{"a", 2}}));
    KUMIKO_VERIFY_OK(second);
    QCOMPARE(second->version, 2);

    auto stream = EventStore::loadStream(db, kSystemTenant, id);
    KUMIKO_VERIFY_OK(stream);
    QCOMPARE(stream->size(), std::size_t(2));
    QCOMPARE(stream->at(0).type, QStringLiteral("thing.created"));
    QCOMPARE(stream->at(1).payload, json({{"a", 2}}));
    QCOMPARE(stream->at(1).metadata, kSystemMetadata);
    QCOMPARE(stream->at(0).createdAt, first->createdAt);
    auto head = EventStore::streamVersion(db, kSystemTenant, id);
    KUMIKO_VERIFY_OK(head);
    QCOMPARE(*head, 2);
    auto firstEvent = EventStore::firstEvent(db, id);
    KUMIKO_VERIFY_OK(firstEvent);
    QVERIFY(firstEvent->has_value());
    QCOMPARE((*firstEvent)->id, first->id);
    QCOMPARE((*firstEvent)->tenantId, kSystemTenant);
    auto none = EventStore::firstEvent(db, newId());
    KUMIKO_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void TestEventStore::secondCreatorGetsVersionConflict()
{
    const auto db = TestDatabase::connection();
    const QString id = newId();
    KUMIKO_VERIFY_OK(
        EventStore::append(db, thingEvent(kSystemTenant, id, 0, QStringLiteral("thing.created"))));
    KUMIKO_VERIFY_ERROR(
        EventStore::append(db, thingEvent(kSystemTenant, id, 0, QStringLiteral("thing.created"))),
        "version_conflict");
    // Stale writer: version 1 is no longer the head.
    KUMIKO_VERIFY_OK(
        EventStore::append(db, thingEvent(kSystemTenant, id, 1, QStringLiteral("thing.updated"))));
    KUMIKO_VERIFY_ERROR(
        EventStore::append(db, thingEvent(kSystemTenant, id, 1, QStringLiteral("thing.updated"))),
        "version_conflict");
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_events"), QStringLiteral("aggregate_id = '%1'").arg(id)),
        2);
}

void TestEventStore::appendNeedsThePredecessorInTheSameTenantStream()
{
    const auto db = TestDatabase::connection();
    const QString id = newId();
    const QString otherTenant = newId();
    KUMIKO_VERIFY_OK(
        EventStore::append(db, thingEvent(kSystemTenant, id, 0, QStringLiteral("thing.created"))));
    KUMIKO_VERIFY_ERROR(
        EventStore::append(db, thingEvent(otherTenant, id, 1, QStringLiteral("thing.updated"))),
        "version_conflict");
    KUMIKO_VERIFY_ERROR(
        EventStore::append(db, thingEvent(kSystemTenant, id, 5, QStringLiteral("thing.updated"))),
        "version_conflict");
}

void TestEventStore::sameIdInAnotherTenantIsAnotherStream()
{
    const auto db = TestDatabase::connection();
    const QString id = newId();
    KUMIKO_VERIFY_OK(
        EventStore::append(db, thingEvent(kSystemTenant, id, 0, QStringLiteral("thing.created"))));
    KUMIKO_VERIFY_OK(EventStore::append(db, thingEvent(newId(), id, 0, QStringLiteral("thing.created"))));
}

void TestEventStore::idempotencyKeyReuseInTenantIsRejected()
{
    const auto db = TestDatabase::connection();
    const QString key = newId();
    auto withKey = [&](const QString& tenant) {
        es::NewEvent e = thingEvent(tenant, newId(), 0, QStringLiteral("thing.created"));
        e.metadata["idempotencyKey"] = key.toStdString();
        return e;
    };
    KUMIKO_VERIFY_OK(EventStore::append(db, withKey(kSystemTenant)));
    auto reused = EventStore::append(db, withKey(kSystemTenant));
    KUMIKO_VERIFY_ERROR(reused, "idempotency_conflict");
    QCOMPARE(reused.error().field, QStringLiteral("idempotencyKey"));
    KUMIKO_VERIFY_OK(EventStore::append(db, withKey(newId()))); // another tenant may use it
}

void TestEventStore::readPagesByKeysetWithFilters()
{
    const auto db = TestDatabase::connection();
    const QString tenant = newId();
    const QString id = newId();
    KUMIKO_VERIFY_OK(EventStore::append(db, thingEvent(tenant, id, 0, QStringLiteral("thing.created"))));
    for (int v = 1; v < 7; ++v)
        KUMIKO_VERIFY_OK(EventStore::append(db, thingEvent(tenant, id, v, QStringLiteral("thing.updated"))));
    KUMIKO_VERIFY_OK(EventStore::append(db, thingEvent(tenant, newId(), 0, QStringLiteral("thing.created"))));

    es::EventFilter filter;
    filter.tenantId = tenant;
    filter.type = QStringLiteral("thing.updated");
    filter.limit = 4;
    auto page1 = EventStore::read(db, filter);
    KUMIKO_VERIFY_OK(page1);
    QCOMPARE(page1->events.size(), std::size_t(4));
    QVERIFY(page1->nextCursor > 0);
    filter.afterId = page1->nextCursor;
    auto page2 = EventStore::read(db, filter);
    KUMIKO_VERIFY_OK(page2);
    QCOMPARE(page2->events.size(), std::size_t(2));
    QCOMPARE(page2->nextCursor, 0);
    QCOMPARE(page2->events.back().version, 7);
    QVERIFY(page2->events.front().id > page1->events.back().id);

    es::EventFilter newest;
    newest.aggregateId = id;
    newest.newestFirst = true;
    newest.limit = 3;
    auto tail = EventStore::read(db, newest);
    KUMIKO_VERIFY_OK(tail);
    QCOMPARE(tail->events.size(), std::size_t(3));
    QCOMPARE(tail->events.front().version, 7);
    newest.beforeId = tail->nextCursor;
    auto older = EventStore::read(db, newest);
    KUMIKO_VERIFY_OK(older);
    QCOMPARE(older->events.front().version, 4);

    es::EventFilter byType;
    byType.tenantId = tenant;
    byType.aggregateType = QStringLiteral("nothing");
    auto empty = EventStore::read(db, byType);
    KUMIKO_VERIFY_OK(empty);
    QVERIFY(empty->events.empty());
}

void TestEventStore::readByTimeRange()
{
    const auto db = TestDatabase::connection();
    const QString tenant = newId();
    auto stored = EventStore::append(db, thingEvent(tenant, newId(), 0, QStringLiteral("thing.created")));
    KUMIKO_VERIFY_OK(stored);
    es::EventFilter filter;
    filter.tenantId = tenant;
    filter.from = stored->createdAt;
    filter.to = stored->createdAt.addMSecs(1);
    auto inside = EventStore::read(db, filter);
    KUMIKO_VERIFY_OK(inside);
    QCOMPARE(inside->events.size(), std::size_t(1));
    filter.from = stored->createdAt.addMSecs(1);
    filter.to = {};
    auto after = EventStore::read(db, filter);
    KUMIKO_VERIFY_OK(after);
    QVERIFY(after->events.empty());
}

void TestEventStore::batchAppendWritesEventsAndRowsSetBased()
{
    const auto db = TestDatabase::connection();
    std::vector<es::NewStream> streams;
    const QString tenant = newId();
    for (int i = 0; i < 50; ++i) {
        es::NewStream s;
        s.tenantId = kSystemTenant;
        s.aggregateId = newId();
        s.type = QStringLiteral("config-value.created");
        s.payload = {{"key", QStringLiteral("t:config:k%1").arg(i).toStdString()},
                     {"value", "1"},
                     {"userId", nullptr},
                     {"tenantId", tenant.toStdString()}};
        s.metadata = kSystemMetadata;
        s.rowColumns = {{"tenant_id", tenant.toStdString()},
                        {"key", s.payload["key"]},
                        {"value", "1"},
                        {"user_id", nullptr}};
        streams.push_back(s);
    }
    auto result = EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                               QStringLiteral("read_config_values"), streams);
    KUMIKO_VERIFY_OK(result);
    QCOMPARE(result->appendedIds.size(), std::size_t(50));
    QCOMPARE(result->appendedIds.front(), streams.front().aggregateId);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"),
                                 QStringLiteral("tenant_id = '%1'").arg(tenant)),
             50);
    // Base columns come from the event.
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("read_config_values r JOIN kumiko_events e ON e.aggregate_id = r.id"),
                 QStringLiteral("r.tenant_id = '%1' AND r.inserted_at = e.created_at AND r.version = 1 "
                                "AND r.inserted_by_id = e.created_by AND r.modified_at IS NULL "
                                "AND e.aggregate_type = 'config-value' AND e.tenant_id = '%2'")
                     .arg(tenant, kSystemTenant)),
             50);
    // Same streams again without skipping: the unique index refuses, nothing half-written.
    db::Transaction tx(db);
    KUMIKO_VERIFY_OK(tx.begin());
    KUMIKO_VERIFY_ERROR(EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                                     QStringLiteral("read_config_values"), streams),
                        "version_conflict");
    tx.rollback();
}

namespace {

es::NewStream configStream(const QString& tenant, const QString& key, const json& value)
{
    es::NewStream s;
    s.tenantId = kSystemTenant;
    s.aggregateId = newId();
    s.type = QStringLiteral("config-value.created");
    s.payload = {{"key", key.toStdString()},
                 {"value", value},
                 {"userId", nullptr},
                 {"tenantId", tenant.toStdString()}};
    s.metadata = kSystemMetadata;
    s.rowColumns = {{"tenant_id", tenant.toStdString()},
                    {"key", key.toStdString()},
                    {"value", value},
                    {"user_id", nullptr}};
    return s;
}

} // namespace

void TestEventStore::batchAppendKeepsEveryCharacter()
{
    const auto db = TestDatabase::connection();
    const QString tenant = newId();
    // COPY's text format escapes tab, newline, carriage return and backslash; all must survive.
    const std::string tricky = "tab\there\nnew line\r\\N back\\slash \"quote\" 'single' Grüße ✓";
    KUMIKO_VERIFY_OK(
        EventStore::appendNewStreams(db, QStringLiteral("config-value"), QStringLiteral("read_config_values"),
                                     {configStream(tenant, QStringLiteral("t:config:tricky"), tricky)}));
    auto row = db::Sql::exec(
        db,
        QStringLiteral("SELECT r.value, r.user_id IS NULL, e.payload->>'value', "
                       "e.payload->'userId' = 'null'::jsonb FROM read_config_values r "
                       "JOIN kumiko_events e ON e.aggregate_id = r.id WHERE r.tenant_id = ?::uuid"),
        {tenant});
    KUMIKO_VERIFY_OK(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toString().toStdString(), tricky);
    QVERIFY(row->value(1).toBool());
    QCOMPARE(row->value(2).toString().toStdString(), tricky);
    QVERIFY(row->value(3).toBool());
}

void TestEventStore::batchAppendIsAllOrNothingWithoutACallerTransaction()
{
    const auto db = TestDatabase::connection();
    const QString tenant = newId();
    const es::NewStream existing = configStream(tenant, QStringLiteral("t:config:a"), "1");
    KUMIKO_VERIFY_OK(EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                                  QStringLiteral("read_config_values"), {existing}));
    // A new stream first, then one that exists: the batch fails as a whole.
    KUMIKO_VERIFY_ERROR(
        EventStore::appendNewStreams(db, QStringLiteral("config-value"), QStringLiteral("read_config_values"),
                                     {configStream(tenant, QStringLiteral("t:config:b"), "2"), existing}),
        "version_conflict");
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"),
                                 QStringLiteral("tenant_id = '%1'").arg(tenant)),
             1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_events"),
                                 QStringLiteral("payload->>'tenantId' = '%1'").arg(tenant)),
             1);
    // The connection is usable afterwards.
    KUMIKO_VERIFY_OK(db::Sql::scalar(db, QStringLiteral("SELECT 1")));
}

void TestEventStore::batchAppendNeedsTheSameRowColumnsEverywhere()
{
    const auto db = TestDatabase::connection();
    const QString tenant = newId();
    es::NewStream odd = configStream(tenant, QStringLiteral("t:config:b"), "2");
    odd.rowColumns.erase("user_id");
    const auto refused =
        EventStore::appendNewStreams(db, QStringLiteral("config-value"), QStringLiteral("read_config_values"),
                                     {configStream(tenant, QStringLiteral("t:config:a"), "1"), odd});
    KUMIKO_VERIFY_ERROR(refused, "invalid_argument");
    QVERIFY(refused.error().message.contains(odd.aggregateId));
    es::NewStream base = configStream(tenant, QStringLiteral("t:config:c"), "3");
    base.rowColumns["version"] = 7;
    KUMIKO_VERIFY_ERROR(EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                                     QStringLiteral("read_config_values"), {base}),
                        "invalid_argument");
    KUMIKO_VERIFY_ERROR(
        EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                     QStringLiteral("read_config_values; DROP TABLE x"),
                                     {configStream(tenant, QStringLiteral("t:config:d"), "4")}),
        "invalid_argument");
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"),
                                 QStringLiteral("tenant_id = '%1'").arg(tenant)),
             0);
}

void TestEventStore::appendNotifiesListenersAtCommit()
{
    auto listener =
        db::ThreadConnection::openNamed(QStringLiteral("listener"), db::ThreadConnection::settings());
    KUMIKO_VERIFY_OK(listener);
    QSqlDriver* driver = listener->driver();
    QVERIFY(driver->subscribeToNotification(QStringLiteral("kumiko_events_new")));
    QVERIFY(driver->subscribeToNotification(QStringLiteral("kumiko_test_probe")));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    {
        const auto db = TestDatabase::connection();
        db::Transaction tx(db);
        KUMIKO_VERIFY_OK(tx.begin());
        KUMIKO_VERIFY_OK(
            EventStore::append(db, thingEvent(kSystemTenant, newId(), 0, QStringLiteral("thing.created"))));
        KUMIKO_VERIFY_OK(
            EventStore::append(db, thingEvent(kSystemTenant, newId(), 0, QStringLiteral("thing.created"))));
        // A probe sent and delivered now proves the listener is served: nothing came before commit.
        KUMIKO_VERIFY_OK(db::Sql::run(*listener, QStringLiteral("NOTIFY kumiko_test_probe")));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("kumiko_test_probe"));
        spy.clear();
        KUMIKO_VERIFY_OK(tx.commit());
    }
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 10000);
    QCOMPARE(spy.count(), 1); // folded to one per transaction
    QCOMPARE(spy.first().first().toString(), QStringLiteral("kumiko_events_new"));
    driver->unsubscribeFromNotification(QStringLiteral("kumiko_events_new"));
    driver->unsubscribeFromNotification(QStringLiteral("kumiko_test_probe"));
    listener->close();
    *listener = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("listener"));
}

void TestEventStore::doubleEncodedPayloadsAreReadAsObjects()
{
    const auto db = TestDatabase::connection();
    const QString id = newId();
    KUMIKO_VERIFY_OK(db::Sql::run(
        db,
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) VALUES (?::uuid, 'thing', ?::uuid, 1, 'thing.created', to_jsonb(?::text), "
            "to_jsonb(?::text), 'x')"),
        {id, kSystemTenant, QStringLiteral("{\"a\":1}"), QStringLiteral("{\"userId\":\"x\"}")}));
    auto stream = EventStore::loadStream(db, kSystemTenant, id);
    KUMIKO_VERIFY_OK(stream);
    QCOMPARE(stream->front().payload, json({{"a", 1}}));
    QCOMPARE(stream->front().metadata, json({{"userId", "x"}}));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_event_store.moc"
