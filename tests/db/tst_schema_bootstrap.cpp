#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/PostgresBinaries.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtConcurrent>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestSchemaBootstrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsEverythingOnceAndThenNothing();
    void ddlEqualsTheUpstreamReference();
    void refusesAnUpstreamTableWithMissingColumns();
    void concurrentBootstrapsAllSucceed();

private:
    static QString dumpSchema(const QString& database, const QString& table);
    static QString catalogFingerprint();
};

// pg_dump's own text of one table, without the comment lines that name the dumped database.
QString TestSchemaBootstrap::dumpSchema(const QString& database, const QString& table)
{
    auto bin = db::PostgresBinaries::findBinDir();
    if (!bin)
        qFatal("%s", qPrintable(bin.error().toString()));
    const db::ConnectionSettings s = TestDatabase::clusterSettings(database);
    QProcess dump;
    dump.start(bin.value() + QStringLiteral("/pg_dump"),
               {QStringLiteral("-s"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                QStringLiteral("--no-comments"), QStringLiteral("-h"), s.host, QStringLiteral("-p"),
                QString::number(s.port), QStringLiteral("-U"), s.user, QStringLiteral("-t"),
                QStringLiteral("public.") + table, database});
    dump.waitForFinished(60000);
    QString text = QString::fromUtf8(dump.readAllStandardOutput());
    static const QRegularExpression noise(QStringLiteral("^(--.*|\\\\(un)?restrict .*)$"),
                                          QRegularExpression::MultilineOption);
    text.remove(noise);
    return text.trimmed();
}

QString TestSchemaBootstrap::catalogFingerprint()
{
    auto rows = db::Sql::exec(TestDatabase::connection(),
                              QStringLiteral("SELECT string_agg(c.relname || ':' || c.relkind::text || ':' "
                                             "|| c.oid::text, ',' ORDER BY c.oid) "
                                             "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                             "WHERE n.nspname = 'public'"));
    if (!rows || !rows->next())
        qFatal("catalog query failed");
    return rows->value(0).toString();
}

void TestSchemaBootstrap::createsEverythingOnceAndThenNothing()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_bootstrap_once"), false));
    auto first = db::SchemaBootstrap::run(TestDatabase::connection());
    KUMIKO_VERIFY_OK(first);
    QCOMPARE(first->createdTables, db::SchemaBootstrap::upstreamTables());
    QCOMPARE(first->schemaVersion, db::SchemaBootstrap::latestAdminVersion());
    QVERIFY(first->changed());
    const QString before = catalogFingerprint();
    const qint64 versionsBefore = TestDatabase::count(QStringLiteral("kumiko_admin_schema"));

    auto second = db::SchemaBootstrap::run(TestDatabase::connection());
    KUMIKO_VERIFY_OK(second);
    QVERIFY(!second->changed());
    QCOMPARE(second->schemaVersion, first->schemaVersion);
    QCOMPARE(catalogFingerprint(), before);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_schema")), versionsBefore);
}

void TestSchemaBootstrap::ddlEqualsTheUpstreamReference()
{
    // Load section 1 of the reference dump (the tables of interest) into its own database.
    QFile file(QFINDTESTDATA("../reference/kumiko-schema.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString reference = QString::fromUtf8(file.readAll());
    reference = reference.left(reference.indexOf(QLatin1String("-- Section 2")));
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_bootstrap_reference"), false));
    KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(), reference));
    db::ThreadConnection::closeThisThread();

    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_bootstrap_ours"), true));
    for (const QString& table : db::SchemaBootstrap::upstreamTables()) {
        const QString ours = dumpSchema(QStringLiteral("tst_bootstrap_ours"), table);
        QVERIFY2(ours.contains(QStringLiteral("CREATE TABLE public.%1").arg(table)), qPrintable(ours));
        QCOMPARE(ours, dumpSchema(QStringLiteral("tst_bootstrap_reference"), table));
    }
}

void TestSchemaBootstrap::refusesAnUpstreamTableWithMissingColumns()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_bootstrap_mismatch"), false));
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(),
                     QStringLiteral("CREATE TABLE read_users (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, "
                                    "email text NOT NULL, roles integer)")));
    auto result = db::SchemaBootstrap::run(TestDatabase::connection());
    KUMIKO_VERIFY_ERROR(result, "schema_mismatch");
    QVERIFY(result.error().message.contains(QLatin1String("read_users.display_name is missing")));
    QVERIFY(result.error().message.contains(
        QLatin1String("read_users.roles is integer, upstream creates text NOT NULL")));
    // Nothing else was created and the foreign table is untouched.
    auto tables =
        db::Sql::scalar(TestDatabase::connection(),
                        QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    KUMIKO_VERIFY_OK(tables);
    QCOMPARE(tables->toInt(), 1);
    auto schemas = db::Sql::scalar(
        TestDatabase::connection(),
        QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'kumiko_admin_expected'"));
    QCOMPARE(schemas->toInt(), 0);
}

void TestSchemaBootstrap::concurrentBootstrapsAllSucceed()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_bootstrap_concurrent"), false));
    QList<int> workers = {0, 1, 2, 3};
    const QList<QString> outcomes = QtConcurrent::blockingMapped(workers, [](int) {
        auto report =
            db::ThreadConnection::with([](QSqlDatabase& db) { return db::SchemaBootstrap::run(db); });
        // The global pool's threads outlive the application object: each closes its connection now.
        db::ThreadConnection::closeThisThread();
        return report ? QStringLiteral("ok:%1").arg(report->createdTables.size()) : report.error().toString();
    });
    int creators = 0;
    for (const QString& outcome : outcomes) {
        QVERIFY2(outcome.startsWith(QLatin1String("ok:")), qPrintable(outcome));
        creators += outcome != QLatin1String("ok:0");
    }
    QCOMPARE(creators, 1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_schema")),
             db::SchemaBootstrap::latestAdminVersion());
}

QTEST_GUILESS_MAIN(TestSchemaBootstrap)
#include "tst_schema_bootstrap.moc"
