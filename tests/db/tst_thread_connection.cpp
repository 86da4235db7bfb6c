#include "TestDatabase.h"
#include "TestMacros.h"
#include "common/BackgroundWork.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QSet>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestThreadConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachWorkerThreadHasItsOwnConnection();
    void connectionIsSetUpAfterOpening();
    void connectionIsRemovedWhenItsThreadEnds();
    void reconfiguringReconnects();
    void withDatabaseHandsThePoolThreadItsConnection();
};

void TestThreadConnection::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_thread_connection")));
}

void TestThreadConnection::eachWorkerThreadHasItsOwnConnection()
{
    QThreadPool pool;
    pool.setMaxThreadCount(6);
    QList<int> jobs(60);
    std::iota(jobs.begin(), jobs.end(), 0);
    const QList<QString> results = QtConcurrent::blockingMapped(&pool, jobs, [](int job) {
        auto db = db::ThreadConnection::get();
        if (!db)
            return db.error().toString();
        auto pid = db::Sql::scalar(db.value(), QStringLiteral("SELECT pg_backend_pid() + 0 * ?"), {job});
        if (!pid)
            return pid.error().toString();
        return QStringLiteral("%1|%2|%3")
            .arg(quintptr(QThread::currentThread()))
            .arg(db->connectionName())
            .arg(pid->toInt());
    });
    QHash<QString, QString> pidOfThread;
    QSet<QString> pids;
    for (const QString& r : results) {
        const QStringList parts = r.split(QLatin1Char('|'));
        QVERIFY2(parts.size() == 3, qPrintable(r));
        // One thread always reuses its one connection; no two threads share a backend.
        if (pidOfThread.contains(parts[0]))
            QCOMPARE(pidOfThread[parts[0]], parts[2]);
        pidOfThread[parts[0]] = parts[2];
        pids.insert(parts[2]);
    }
    QCOMPARE(pids.size(), pidOfThread.size());
    QVERIFY(pids.size() > 1);
}

void TestThreadConnection::connectionIsSetUpAfterOpening()
{
    auto rows = db::Sql::exec(
        TestDatabase::connection(),
        QStringLiteral("SELECT current_setting('TimeZone'), current_setting('application_name')"));
    KUMIKO_VERIFY_OK(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), QStringLiteral("UTC"));
    QCOMPARE(rows->value(1).toString(), QStringLiteral("kumiko-tests"));
}

void TestThreadConnection::connectionIsRemovedWhenItsThreadEnds()
{
    QString name;
    QThread* thread = QThread::create([&name] {
        auto db = db::ThreadConnection::get();
        if (db)
            name = db->connectionName();
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY(!name.isEmpty());
    // Thread-local cleanup runs as the thread exits, which can be a moment after wait() returned.
    QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::connectionNames().contains(name), 5000);
}

void TestThreadConnection::reconfiguringReconnects()
{
    const QString before = TestDatabase::connection().connectionName();
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_thread_connection_2")));
    auto current = db::Sql::scalar(TestDatabase::connection(), QStringLiteral("SELECT current_database()"));
    KUMIKO_VERIFY_OK(current);
    QCOMPARE(current->toString(), QStringLiteral("tst_thread_connection_2"));
    QVERIFY(TestDatabase::connection().connectionName() != before);
    QVERIFY(!QSqlDatabase::connectionNames().contains(before));
}

void TestThreadConnection::withDatabaseHandsThePoolThreadItsConnection()
{
    QFuture<Result<QString>> future = BackgroundWork::withDatabase([](QSqlDatabase& db) -> Result<QString> {
        auto name = db::Sql::scalar(db, QStringLiteral("SELECT current_database()"));
        if (!name)
            return name.error();
        return name->toString() + QLatin1Char('@') +
               (QThread::currentThread() == qApp->thread() ? QStringLiteral("main") : QStringLiteral("pool"));
    });
    QFutureWatcher<Result<QString>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<Result<QString>>::finished);
    watcher.setFuture(future);
    QVERIFY(finished.wait(20000));
    const Result<QString> answer = future.result();
    KUMIKO_VERIFY_OK(answer);
    // reconfiguringReconnects() ran before and left the second database configured.
    QCOMPARE(answer.value(), db::ThreadConnection::settings().database + QStringLiteral("@pool"));

    // Without a configured database the work never runs and the result carries the reason.
    const auto settings = db::ThreadConnection::settings();
    db::ConnectionSettings nowhere;
    nowhere.host = QStringLiteral("/nonexistent-kumiko-socket-dir");
    nowhere.database = QStringLiteral("nothing");
    db::ThreadConnection::configure(nowhere);
    bool ran = false;
    const Status unreachable = db::ThreadConnection::with([&ran](QSqlDatabase&) -> Status {
        ran = true;
        return {};
    });
    db::ThreadConnection::configure(settings);
    QVERIFY(!ran);
    QVERIFY(!unreachable.ok());
}

QTEST_GUILESS_MAIN(TestThreadConnection)
#include "tst_thread_connection.moc"
