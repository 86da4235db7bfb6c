// The connection state machine against a real database: losing and regaining the connection, the
// reconnect pauses, and the poll that notices writes nobody notified.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/ConnectionMonitor.h"
#include "db/DatabaseListener.h"
#include "db/Sql.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kumiko;
using namespace std::chrono_literals;
using kumiko::test::TestDatabase;
using State = db::ConnectionMonitor::State;

namespace {

Status insertEvent()
{
    return db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral("INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, "
                       "version, type, payload, metadata, created_by) VALUES "
                       "(gen_random_uuid(), 'tenant', gen_random_uuid(), 1, 'tenant.created', "
                       "'{}', '{}', 'test')"));
}

Status insertMarker()
{
    return db::Sql::run(TestDatabase::connection(),
                        QStringLiteral("INSERT INTO kumiko_es_operations (id, operation_type, duration_ms, "
                                       "applied_by) VALUES (gen_random_uuid()::text, 'seed', 1, 'test')"));
}

bool saw(const QSignalSpy& seen, const QString& channel)
{
    return std::any_of(seen.cbegin(), seen.cend(), [&](const auto& args) { return args.first() == channel; });
}

Error unreachable()
{
    return Error::make(ErrorCode::ConnectionLost, QStringLiteral("server closed the connection"));
}

} // namespace

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pollNoticesWritesThatWereNotNotified();
    void onlyAnUnreachableServerMeansLost();
    void reconnectPausesGrowAndStartOverAfterSuccess();
    void listenerComingBackTriesAtOnce();
};

void TestConnectionMonitor::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_connection_monitor")));
}

void TestConnectionMonitor::pollNoticesWritesThatWereNotNotified()
{
    db::ConnectionMonitor monitor;
    monitor.setPollInterval(100ms);
    QSignalSpy seen(&monitor, &db::ConnectionMonitor::changeSeen);
    monitor.attemptSucceeded();
    QCOMPARE(monitor.state(), State::Connected);
    // The first poll only takes the baseline, so write until a later poll sees a difference.
    QTRY_VERIFY_WITH_TIMEOUT(insertEvent().ok() && !seen.isEmpty(), 10000);
    QVERIFY(saw(seen, db::DatabaseListener::eventsChannel()));
    QVERIFY(!saw(seen, db::DatabaseListener::esOpsChannel()));
    KUMIKO_VERIFY_OK(insertMarker());
    QTRY_VERIFY_WITH_TIMEOUT(saw(seen, db::DatabaseListener::esOpsChannel()), 10000);
    QCOMPARE(monitor.state(), State::Connected);
}

void TestConnectionMonitor::onlyAnUnreachableServerMeansLost()
{
    db::ConnectionMonitor monitor;
    QSignalSpy states(&monitor, &db::ConnectionMonitor::stateChanged);
    monitor.reportError(unreachable());
    QCOMPARE(monitor.state(), State::Disconnected); // never connected: nothing was lost
    monitor.attemptFailed(unreachable());
    QCOMPARE(monitor.state(), State::Disconnected); // a failed first connect is not retried by itself
    monitor.attemptSucceeded();
    monitor.reportError(Error::make(ErrorCode::LockTimeout, QStringLiteral("lock not granted")));
    monitor.reportError(Error::make(ErrorCode::InvalidJson, QStringLiteral("bad input")));
    QCOMPARE(monitor.state(), State::Connected);
    monitor.reportError(unreachable());
    QCOMPARE(monitor.state(), State::Lost);
    QCOMPARE(monitor.lastError()->code, ErrorCode::ConnectionLost);
    QCOMPARE(states.count(), 2);
}

void TestConnectionMonitor::reconnectPausesGrowAndStartOverAfterSuccess()
{
    db::ConnectionMonitor monitor;
    QSignalSpy due(&monitor, &db::ConnectionMonitor::reconnectDue);
    monitor.attemptSucceeded();
    monitor.reportError(unreachable());
    QCOMPARE(monitor.secondsToNextAttempt(), 1);
    QVERIFY(due.wait(5000));
    QList<int> pauses;
    for (int i = 0; i < 5; ++i) {
        monitor.attemptStarted();
        QCOMPARE(monitor.state(), State::Reconnecting);
        monitor.attemptFailed(unreachable());
        QCOMPARE(monitor.state(), State::Lost);
        pauses << monitor.secondsToNextAttempt();
    }
    QCOMPARE(pauses, (QList<int>{2, 5, 10, 30, 30}));
    monitor.attemptStarted();
    monitor.attemptSucceeded();
    QCOMPARE(monitor.state(), State::Connected);
    QVERIFY(!monitor.lastError());
    monitor.setListening(false);
    QCOMPARE(monitor.state(), State::Lost);
    QCOMPARE(monitor.secondsToNextAttempt(), 1);
    QCOMPARE(due.count(), 1); // the pause was never waited out in between
}

void TestConnectionMonitor::listenerComingBackTriesAtOnce()
{
    db::ConnectionMonitor monitor;
    QSignalSpy due(&monitor, &db::ConnectionMonitor::reconnectDue);
    monitor.attemptSucceeded();
    monitor.setListening(true); // connected: nothing to do
    QCOMPARE(due.count(), 0);
    monitor.reportError(unreachable());
    for (int i = 0; i < 3; ++i) {
        monitor.attemptStarted();
        monitor.attemptFailed(unreachable());
    }
    QCOMPARE(monitor.secondsToNextAttempt(), 10);
    monitor.setListening(true);
    QCOMPARE(due.count(), 1);
    monitor.reset();
    QCOMPARE(monitor.state(), State::Disconnected);
}

QTEST_MAIN(TestConnectionMonitor)
#include "tst_connection_monitor.moc"
