// ConnectionProbe against the real test cluster: what a reachable database reports (with and without
// the Kumiko schema), and the error for one that cannot be reached.
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/ConnectionProbe.h"
#include "db/SchemaBootstrap.h"

#include <QtTest>

using namespace kumiko;
using db::ConnectionProbe;
using kumiko::test::TestDatabase;

class TestConnectionProbe : public QObject
{
    Q_OBJECT

    db::ConnectionSettings m_empty;
    db::ConnectionSettings m_installed;

    static bool probeConnectionsLeft()
    {
        const QStringList names = QSqlDatabase::connectionNames();
        return std::any_of(names.cbegin(), names.cend(), [](const QString& name) {
            return name.startsWith(QLatin1String("kumiko-probe-"));
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto empty = TestDatabase::create(QStringLiteral("tst_connection_probe_empty"), false);
        KUMIKO_VERIFY_OK(empty);
        m_empty = empty.value();
        auto installed = TestDatabase::create(QStringLiteral("tst_connection_probe"));
        KUMIKO_VERIFY_OK(installed);
        m_installed = installed.value();
    }

    void reportsServerDatabaseAndSchema()
    {
        auto report = ConnectionProbe::probe(m_installed);
        KUMIKO_VERIFY_OK(report);
        QVERIFY2(!report->serverVersion.isEmpty() && report->serverVersion.front().isDigit(),
                 qPrintable(report->serverVersion));
        QCOMPARE(report->databaseName, QStringLiteral("tst_connection_probe"));
        QCOMPARE(report->schemaVersion, db::SchemaBootstrap::latestAdminVersion());
        QVERIFY(report->hasKumikoSchema());
        QVERIFY(!probeConnectionsLeft());
    }

    void reportsAMissingSchema()
    {
        auto report = ConnectionProbe::probe(m_empty);
        KUMIKO_VERIFY_OK(report);
        QCOMPARE(report->databaseName, QStringLiteral("tst_connection_probe_empty"));
        QCOMPARE(report->schemaVersion, 0);
        QVERIFY(!report->hasKumikoSchema());
    }

    void reportsAnUnreachableServer_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("no such database")
            << "tst_connection_probe_missing" << 0 << "tst_connection_probe_missing";
        QTest::newRow("nothing listens") << "tst_connection_probe" << 1 << ".s.PGSQL.1";
    }

    void reportsAnUnreachableServer()
    {
        QFETCH(QString, database);
        QFETCH(int, port);
        QFETCH(QString, mentioned);
        db::ConnectionSettings settings = m_installed;
        settings.database = database;
        if (port != 0)
            settings.port = port;
        auto report = ConnectionProbe::probe(settings);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().codeName(), QStringLiteral("connection_failed"));
        QVERIFY2(report.error().message.contains(mentioned), qPrintable(report.error().message));
        QVERIFY(!probeConnectionsLeft());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connection_probe.moc"
