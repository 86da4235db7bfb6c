// The Migrations page's models: table, filter and attempt history, on catalogs computed without a database.
#include "MigrationFilterModel.h"
#include "MigrationTableModel.h"
#include "ModelChecks.h"
#include "SeedAttemptModel.h"
#include "esops/SeedDiscovery.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QtTest>

using namespace kumiko;
using esops::MigrationState;
using models::MigrationFilterModel;
using models::MigrationTableModel;
using models::SeedAttemptModel;

Q_DECLARE_METATYPE(std::optional<esops::MigrationState>)

namespace {

esops::SeedFile file(const QString& id, const QString& description, bool foreign = false)
{
    esops::SeedFile f;
    f.id = id;
    f.fileName = id + (foreign ? QStringLiteral(".ts") : QStringLiteral(".json"));
    f.foreign = foreign;
    f.content = QStringLiteral(R"({"description": "%1", "steps": []})").arg(description).toUtf8();
    f.checksum = esops::SeedDiscovery::checksumOf(f.content);
    return f;
}

esops::LedgerEntry marker(const QString& id)
{
    return {id, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC), QStringLiteral("cli"), 42,
            QStringLiteral("noted")};
}

// One migration in every state a project can show at once.
QList<esops::MigrationStatus> sample()
{
    esops::LedgerSnapshot ledger;
    for (const QString& id : {QStringLiteral("2026-01-01-baseline"), QStringLiteral("2026-01-02-applied"),
                              QStringLiteral("2026-01-03-modified"), QStringLiteral("2026-01-05-newest"),
                              QStringLiteral("2026-01-00-missing")})
        ledger.applied.insert(id, marker(id));
    ledger.baselined.insert(QStringLiteral("2026-01-01-baseline"));
    ledger.recordedChecksums.insert(QStringLiteral("2026-01-03-modified"), QStringLiteral("0000"));
    esops::SeedAttempt failed;
    failed.outcome = esops::SeedAttempt::failed();
    ledger.lastAttempts.insert(QStringLiteral("2026-01-06-failed"), failed);
    const QList<esops::SeedFile> files = {
        file(QStringLiteral("2026-01-01-baseline"), QStringLiteral("Done by hand")),
        file(QStringLiteral("2026-01-02-applied"), QStringLiteral("Create tenants")),
        file(QStringLiteral("2026-01-03-modified"), QStringLiteral("Create admin")),
        file(QStringLiteral("2026-01-04-late"), QStringLiteral("Fix roles")),
        file(QStringLiteral("2026-01-05-newest"), QStringLiteral("Newest")),
        file(QStringLiteral("2026-01-06-failed"), QStringLiteral("Broken")),
        file(QStringLiteral("2026-01-07-upstream"), QString(), true),
        file(QStringLiteral("2026-01-08-pending"), QStringLiteral("Adjust limits"))};
    return esops::SeedCatalog::build(files, ledger, QProcessEnvironment()).migrations();
}

} // namespace

class TestMigrationModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableModelPassesTheTester();
    void everyStateHasTextIconAndColour_data();
    void everyStateHasTextIconAndColour();
    void cellsOfAnAppliedMigration();
    void filter_data();
    void filter();
    void sortsByIdBytewise();
    void attemptsNewestFirst();
};

void TestMigrationModels::tableModelPassesTheTester()
{
    MigrationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::verifyResets(model, [&] { model.setMigrations(sample()); });
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), int(MigrationTableModel::ColumnCount));
    QCOMPARE(model.headerData(MigrationTableModel::IdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Migration"));
    QVERIFY(!model.headerData(MigrationTableModel::ColumnCount, Qt::Horizontal).isValid());
    QCOMPARE(model.migration(model.rowOf(QStringLiteral("2026-01-04-late")))->id,
             QStringLiteral("2026-01-04-late"));
    QVERIFY(!model.migration(9));
    QCOMPARE(model.rowOf(QStringLiteral("2026-12-31-nope")), -1);
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    test::verifyResets(model, [&] { model.setMigrations({}); });
    QCOMPARE(model.rowCount(), 0);
    test::verifyRetranslates(model, [&] { model.retranslate(); });
}

void TestMigrationModels::everyStateHasTextIconAndColour_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("missing") << "2026-01-00-missing" << int(MigrationState::Missing) << "missing";
    QTest::newRow("applied") << "2026-01-02-applied" << int(MigrationState::Applied) << "applied";
    QTest::newRow("baselined") << "2026-01-01-baseline" << int(MigrationState::Baselined) << "baselined";
    QTest::newRow("modified") << "2026-01-03-modified" << int(MigrationState::Modified) << "modified";
    QTest::newRow("out of order") << "2026-01-04-late" << int(MigrationState::OutOfOrder) << "out of order";
    QTest::newRow("failed") << "2026-01-06-failed" << int(MigrationState::Failed) << "failed";
    QTest::newRow("foreign") << "2026-01-07-upstream" << int(MigrationState::Foreign) << "foreign";
    QTest::newRow("pending") << "2026-01-08-pending" << int(MigrationState::Pending) << "pending";
}

void TestMigrationModels::everyStateHasTextIconAndColour()
{
    QFETCH(QString, id);
    QFETCH(int, state);
    QFETCH(QString, text);
    MigrationTableModel model;
    model.setMigrations(sample());
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    const QModelIndex badge = model.index(row, MigrationTableModel::StateColumn);
    QCOMPARE(badge.data(MigrationTableModel::StateRole).toInt(), state);
    QCOMPARE(badge.data().toString(), text);
    // Readable without colour: an icon of its own per state, plus a sentence on hover.
    QVERIFY(!badge.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!badge.data(Qt::ToolTipRole).toString().isEmpty());
    test::verifyReadableBadge(badge);
    QCOMPARE(model.index(row, MigrationTableModel::IdColumn).data(MigrationTableModel::IdRole).toString(),
             id);
}

void TestMigrationModels::cellsOfAnAppliedMigration()
{
    MigrationTableModel model;
    model.setMigrations(sample());
    const int applied = model.rowOf(QStringLiteral("2026-01-02-applied"));
    QCOMPARE(model.index(applied, MigrationTableModel::DescriptionColumn).data().toString(),
             QStringLiteral("Create tenants"));
    QCOMPARE(model.index(applied, MigrationTableModel::AppliedByColumn).data().toString(),
             QStringLiteral("cli"));
    // "By" names the person of the applied attempt when the console recorded one.
    QList<esops::MigrationStatus> withPerson = sample();
    for (esops::MigrationStatus& status : withPerson)
        if (status.id == QLatin1String("2026-01-02-applied"))
            status.recordedApplier = QStringLiteral("admin@example.com");
    model.setMigrations(withPerson);
    QCOMPARE(model.index(applied, MigrationTableModel::AppliedByColumn).data().toString(),
             QStringLiteral("admin@example.com"));
    model.setMigrations(sample());
    QCOMPARE(model.index(applied, MigrationTableModel::DurationColumn).data().toString(),
             QStringLiteral("42 ms"));
    QVERIFY(!model.index(applied, MigrationTableModel::AppliedAtColumn).data().toString().isEmpty());
    // A baseline ran nothing: when it was recorded, but no duration.
    const int baseline = model.rowOf(QStringLiteral("2026-01-01-baseline"));
    QVERIFY(!model.index(baseline, MigrationTableModel::AppliedAtColumn).data().toString().isEmpty());
    QCOMPARE(model.index(baseline, MigrationTableModel::DurationColumn).data().toString(), QString());
    const int missing = model.rowOf(QStringLiteral("2026-01-00-missing"));
    QCOMPARE(model.index(missing, MigrationTableModel::DescriptionColumn).data().toString(),
             QStringLiteral("noted"));
    const int pending = model.rowOf(QStringLiteral("2026-01-08-pending"));
    QVERIFY(model.index(pending, MigrationTableModel::AppliedAtColumn).data().toString().isEmpty());
    QCOMPARE(
        model.index(pending, MigrationTableModel::DurationColumn).data(MigrationTableModel::SortRole).toInt(),
        -1);
}

void TestMigrationModels::filter_data()
{
    QTest::addColumn<std::optional<MigrationState>>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("everything") << std::optional<MigrationState>() << QString()
                                << QStringList{
                                       "2026-01-00-missing",  "2026-01-01-baseline", "2026-01-02-applied",
                                       "2026-01-03-modified", "2026-01-04-late",     "2026-01-05-newest",
                                       "2026-01-06-failed",   "2026-01-07-upstream", "2026-01-08-pending"};
    QTest::newRow("applied only") << std::optional(MigrationState::Applied) << QString()
                                  << QStringList{"2026-01-02-applied", "2026-01-05-newest"};
    QTest::newRow("text in the description, any case")
        << std::optional<MigrationState>() << QStringLiteral("ADMIN") << QStringList{"2026-01-03-modified"};
    QTest::newRow("text in the id") << std::optional<MigrationState>() << QStringLiteral(" late ")
                                    << QStringList{"2026-01-04-late"};
    QTest::newRow("state and text") << std::optional(MigrationState::Applied) << QStringLiteral("tenants")
                                    << QStringList{"2026-01-02-applied"};
    QTest::newRow("baselined only") << std::optional(MigrationState::Baselined) << QString()
                                    << QStringList{"2026-01-01-baseline"};
    QTest::newRow("nothing") << std::optional(MigrationState::Skipped) << QString() << QStringList();
}

void TestMigrationModels::filter()
{
    QFETCH(std::optional<MigrationState>, state);
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    MigrationTableModel model;
    MigrationFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    model.setMigrations(sample());
    filter.sort(MigrationTableModel::IdColumn);
    filter.setStateFilter(state);
    filter.setTextFilter(text);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << filter.index(row, MigrationTableModel::IdColumn).data().toString();
    QCOMPARE(shown, ids);
}

void TestMigrationModels::sortsByIdBytewise()
{
    // Upper case sorts before lower case byte-wise; a locale-aware sort would interleave them.
    esops::LedgerSnapshot ledger;
    const auto migrations =
        esops::SeedCatalog::build({file(QStringLiteral("2026-01-01-b"), QStringLiteral("b")),
                                   file(QStringLiteral("2026-01-01-B"), QStringLiteral("B")),
                                   file(QStringLiteral("2026-01-01-a"), QStringLiteral("a"))},
                                  ledger, QProcessEnvironment());
    MigrationTableModel model;
    MigrationFilterModel filter;
    filter.setSourceModel(&model);
    model.setMigrations(migrations.migrations());
    filter.sort(MigrationTableModel::IdColumn, Qt::DescendingOrder);
    filter.sort(MigrationTableModel::IdColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << filter.index(row, MigrationTableModel::IdColumn).data().toString();
    QCOMPARE(shown, (QStringList{"2026-01-01-B", "2026-01-01-a", "2026-01-01-b"}));
}

void TestMigrationModels::attemptsNewestFirst()
{
    SeedAttemptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    esops::SeedAttempt failed;
    failed.startedAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    failed.outcome = esops::SeedAttempt::failed();
    failed.failedStep = 2;
    failed.errorCode = QStringLiteral("unknown_tenant");
    failed.errorMessage = QStringLiteral("no tenant with key acme");
    esops::SeedAttempt marked;
    marked.startedAt = failed.startedAt.addSecs(60);
    marked.outcome = esops::SeedAttempt::marked();
    marked.reason = QStringLiteral("done by hand in 2025");
    test::verifyResets(model, [&] { model.setAttempts({failed, marked}); });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SeedAttemptModel::OutcomeColumn).data().toString(),
             QStringLiteral("marked applied"));
    QCOMPARE(model.index(0, SeedAttemptModel::DetailColumn).data().toString(),
             QStringLiteral("done by hand in 2025"));
    QCOMPARE(model.index(1, SeedAttemptModel::OutcomeColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(1, SeedAttemptModel::StepColumn).data().toString(), QStringLiteral("steps[2]"));
    QCOMPARE(model.index(1, SeedAttemptModel::DetailColumn).data().toString(),
             QStringLiteral("unknown_tenant: no tenant with key acme"));
    QVERIFY(
        model.index(1, SeedAttemptModel::OutcomeColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(0, SeedAttemptModel::OutcomeColumn).data(Qt::ForegroundRole).isValid());
    test::verifyRetranslates(model, [&] { model.retranslate(); });
}

QTEST_MAIN(TestMigrationModels)
#include "tst_migration_models.moc"
