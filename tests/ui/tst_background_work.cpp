#include "common/BackgroundWork.h"

#include <QPromise>
#include <QtTest>
#include <atomic>

// The contract pages rely on: results come back on the caller's thread, progress is reported,
// and cancelled work stops between steps.
class TestBackgroundWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheContextThread();
    void reportsProgressAndStopsWhenCancelled();
};

void TestBackgroundWork::deliversOnTheContextThread()
{
    QThread* worker = nullptr;
    QThread* delivered = nullptr;
    bool done = false;
    kumiko::BackgroundWork::run([&worker] {
        worker = QThread::currentThread();
        return 42;
    }).then(this, [&](int value) {
        delivered = QThread::currentThread();
        done = value == 42;
    });
    QTRY_VERIFY(done);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(delivered, QThread::currentThread());
}

void TestBackgroundWork::reportsProgressAndStopsWhenCancelled()
{
    std::atomic<int> stepsDone = 0;
    QFuture<void> future = kumiko::BackgroundWork::run([&stepsDone](QPromise<void>& promise) {
        promise.setProgressRange(0, 1000);
        for (int step = 0; step < 1000 && !promise.isCanceled(); ++step) {
            QThread::msleep(2);
            promise.setProgressValue(step + 1);
            ++stepsDone;
        }
    });
    QFutureWatcher<void> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcher<void>::progressValueChanged);
    watcher.setFuture(future);
    QTRY_VERIFY(progress.count() > 3);
    future.cancel();
    future.waitForFinished();
    QVERIFY(stepsDone < 1000);
    QVERIFY(future.isCanceled());
}

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_background_work.moc"
