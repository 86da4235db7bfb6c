#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/DatabaseListener.h"
#include "db/Sql.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestDatabaseListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardsNotificationsOfItsChannels();
    void reconnectsAfterTheConnectionWasKilled();

private:
    db::ConnectionSettings m_settings;
};

void TestDatabaseListener::forwardsNotificationsOfItsChannels()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_database_listener"));
    KUMIKO_VERIFY_OK(settings);
    m_settings = settings.value();
    db::DatabaseListener listener;
    QSignalSpy listening(&listener, &db::DatabaseListener::listeningChanged);
    QSignalSpy notified(&listener, &db::DatabaseListener::notified);
    listener.listen(m_settings,
                    {db::DatabaseListener::eventsChannel(), db::DatabaseListener::esOpsChannel()});
    QVERIFY(listening.wait(10000));
    QCOMPARE(listening.first().first().toBool(), true);

    KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(),
                                  QStringLiteral("SELECT pg_notify('kumiko_events_new', '')")));
    QVERIFY(notified.wait(10000));
    QCOMPARE(notified.takeFirst().first().toString(), db::DatabaseListener::eventsChannel());
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(), QStringLiteral("SELECT pg_notify('unrelated', '')")));
    KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(),
                                  QStringLiteral("SELECT pg_notify('kumiko_esops_changed', '')")));
    QVERIFY(notified.wait(10000));
    QCOMPARE(notified.takeFirst().first().toString(), db::DatabaseListener::esOpsChannel());
    QVERIFY(notified.isEmpty());
}

void TestDatabaseListener::reconnectsAfterTheConnectionWasKilled()
{
    db::DatabaseListener listener;
    QSignalSpy listening(&listener, &db::DatabaseListener::listeningChanged);
    QSignalSpy notified(&listener, &db::DatabaseListener::notified);
    listener.listen(m_settings, {db::DatabaseListener::eventsChannel()});
    QVERIFY(listening.wait(10000));
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                    "application_name = 'kumiko-tests-listener'")));
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() >= 3, 15000); // true, false, true
    QCOMPARE(listening.last().first().toBool(), true);
    KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(),
                                  QStringLiteral("SELECT pg_notify('kumiko_events_new', '')")));
    QVERIFY(notified.wait(10000));
}

QTEST_GUILESS_MAIN(TestDatabaseListener)
#include "tst_database_listener.moc"
