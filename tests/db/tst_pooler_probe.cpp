// PoolerProbe against the test cluster, reached directly: two sessions never share a server process,
// so no pooler is reported, and the probe's own connection is gone afterwards. (Through PgBouncer in
// transaction mode, scripts/reliability pooler checks the other answer and the `db status` note.)
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/PoolerProbe.h"

#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestPoolerProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directConnectionIsNoPooler()
    {
        auto settings = TestDatabase::create(QStringLiteral("tst_pooler_probe"), false);
        KUMIKO_VERIFY_OK(settings);
        auto pooled = db::PoolerProbe::sharesServerSessions(TestDatabase::connection(), settings.value());
        KUMIKO_VERIFY_OK(pooled);
        QVERIFY(!pooled.value());
        const QStringList names = QSqlDatabase::connectionNames();
        QVERIFY(std::none_of(names.cbegin(), names.cend(), [](const QString& name) {
            return name.startsWith(QLatin1String("kumiko-pooler-probe-"));
        }));
    }

    void unreachableServerIsAnError()
    {
        db::ConnectionSettings nowhere = TestDatabase::clusterSettings(QStringLiteral("tst_pooler_probe"));
        nowhere.host = QStringLiteral("/nonexistent-socket-dir");
        auto pooled = db::PoolerProbe::sharesServerSessions(TestDatabase::connection(), nowhere);
        QVERIFY(!pooled);
        QCOMPARE(pooled.error().category(), ErrorCategory::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestPoolerProbe)
#include "tst_pooler_probe.moc"
