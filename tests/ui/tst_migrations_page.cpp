// The Migrations page against a real database: states, details, plan, apply with progress and
// summary, failures, cancel, mark applied, new migration — and a GUI thread that never waits.
#include "MessageBanner.h"
#include "MigrationDetailView.h"
#include "MigrationTableModel.h"
#include "MigrationsPage.h"
#include "Screenshots.h"
#include "SeedTestProject.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace kumiko;
using kumiko::test::SeedTestProject;
using kumiko::test::TestDatabase;
using models::MigrationTableModel;

namespace {

const QByteArray kTenants = SeedTestProject::tenants();
const QByteArray kAdmin = SeedTestProject::admin();
const QByteArray kConfig = SeedTestProject::raiseUploadLimit();
// Valid on paper, fails when it runs: nobody has this e-mail.
const QByteArray kBroken = SeedTestProject::migration(
    R"([{"op": "tenant.ensure", "key": "initech", "name": "Initech"}, {"op": "membership.ensure", "email": "nobody@example.com", "tenant": "acme", "roles": ["Member"]}])");

qint64 eventCount()
{
    return TestDatabase::count(QStringLiteral("kumiko_events"));
}

} // namespace

class TestMigrationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsStatesAndTheSelectedMigration();
    void planShowsActionsAndWritesNothing();
    void applyAllShowsProgressAndASummary();
    void failureNamesTheStepAndWhatWasNotAttempted();
    void cancelStopsBetweenMigrations();
    void markAppliedRecordsTheReason();
    void newMigrationWritesAValidFile();
    void filtersByStateAndText();
    void writingWaitsForSomeoneToWriteAs();

private:
    void load(ui::MigrationsPage& page, const SeedTestProject& project);
    QString stateOf(ui::MigrationsPage& page, const QString& id);
};

void TestMigrationsPage::init()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_migrations_page")));
}

void TestMigrationsPage::load(ui::MigrationsPage& page, const SeedTestProject& project)
{
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    page.setActor(domain::Actor::systemAdmin(), QStringLiteral("admin@example.com"));
    page.setProjectDir(project.path());
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
}

QString TestMigrationsPage::stateOf(ui::MigrationsPage& page, const QString& id)
{
    QAbstractItemModel* model = page.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, MigrationTableModel::IdColumn).data().toString() == id)
            return model->index(row, MigrationTableModel::StateColumn).data().toString();
    return QString();
}

void TestMigrationsPage::showsStatesAndTheSelectedMigration()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    project.seed(QStringLiteral("2026-01-03-upstream.ts"), "export default {}");
    ui::MigrationsPage page;
    page.resize(1280, 800);
    page.show();
    load(page, project);
    QCOMPARE(page.table()->model()->rowCount(), 3);
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("pending"));
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-03-upstream")), QStringLiteral("foreign"));
    QVERIFY(page.applyAllButton()->isEnabled());
    QVERIFY(!page.applyOnlyButton()->isEnabled()); // nothing selected
    page.select(QStringLiteral("2026-01-01-tenants"));
    QVERIFY(page.detail()->stepsText()->toPlainText().contains(QLatin1String("\"op\": \"tenant.ensure\"")));
    QVERIFY(page.applyOnlyButton()->isEnabled()); // the next to run
    QVERIFY(page.applyToButton()->isEnabled());
    QVERIFY(page.markAppliedButton()->isEnabled());
    page.select(QStringLiteral("2026-01-02-admin"));
    QVERIFY(!page.applyOnlyButton()->isEnabled()); // not next: the tenants come first
    QVERIFY(page.applyToButton()->isEnabled());
    page.select(QStringLiteral("2026-01-03-upstream"));
    QVERIFY(!page.planButton()->isEnabled()); // foreign files never run here
}

void TestMigrationsPage::planShowsActionsAndWritesNothing()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    page.select(QStringLiteral("2026-01-01-tenants"));
    QSignalSpy planned(&page, &ui::MigrationsPage::planFinished);
    QTest::mouseClick(page.planButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 20000);
    QCOMPARE(eventCount(), 0);
    QTreeWidget* tree = page.detail()->planTree();
    QCOMPARE(page.detail()->currentIndex(), int(ui::MigrationDetailView::PlanTab));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* migration = tree->topLevelItem(0);
    QCOMPARE(migration->text(0), QStringLiteral("2026-01-01-tenants"));
    QCOMPARE(migration->childCount(), 2);
    QCOMPARE(migration->child(0)->text(0), QStringLiteral("steps[0] tenant.ensure"));
    QCOMPARE(migration->child(0)->text(1), QStringLiteral("create"));
    QCOMPARE(migration->child(0)->child(0)->text(0), QStringLiteral("tenant.created"));
    QVERIFY(migration->child(0)->child(0)->text(2).contains(QLatin1String("\"key\":\"acme\"")));
}

void TestMigrationsPage::applyAllShowsProgressAndASummary()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    project.seed(QStringLiteral("2026-01-03-config.json"), kConfig);
    ui::MigrationsPage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    load(page, project);
    QSignalSpy finished(&page, &ui::MigrationsPage::applyFinished);
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QVERIFY(page.isApplying());
    QVERIFY(page.cancelButton()->isVisible());
    QVERIFY(!page.applyAllButton()->isEnabled()); // one apply at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QVERIFY(!page.cancelButton()->isVisible());
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QCOMPARE(page.banner()->text(), QStringLiteral("Applied 3 migration(s)."));
    for (const QString& id : {"2026-01-01-tenants", "2026-01-02-admin", "2026-01-03-config"})
        QCOMPARE(stateOf(page, id), QStringLiteral("applied"));
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_es_operations"), QStringLiteral("applied_by = 'cli'")), 3);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                                 QStringLiteral("outcome = 'applied' AND applied_by = 'admin@example.com'")),
             3);
    QVERIFY(!page.applyAllButton()->isEnabled()); // nothing pending any more
    QSignalSpy attempts(&page, &ui::MigrationsPage::attemptsLoaded);
    page.select(QStringLiteral("2026-01-02-admin"));
    QTRY_COMPARE_WITH_TIMEOUT(attempts.count(), 1, 20000);
    auto* attemptsTable = page.detail()->findChild<QTableView*>();
    QCOMPARE(attemptsTable->model()->rowCount(), 1);
    QCOMPARE(attemptsTable->model()->index(0, 1).data().toString(), QStringLiteral("applied"));
    test::Screenshots::save(&page, QStringLiteral("migrations-applied-en"));
}

void TestMigrationsPage::failureNamesTheStepAndWhatWasNotAttempted()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-broken.json"), kBroken);
    project.seed(QStringLiteral("2026-01-03-config.json"), kConfig);
    ui::MigrationsPage page;
    page.resize(1280, 800);
    page.show();
    load(page, project);
    QSignalSpy finished(&page, &ui::MigrationsPage::applyFinished);
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Error);
    const QString text = page.banner()->text();
    QVERIFY2(text.startsWith(QLatin1String("2026-01-02-broken, steps[1] failed and was rolled back")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Not attempted: 2026-01-03-config.")), qPrintable(text));
    QVERIFY2(page.banner()->detail().contains(QLatin1String("nobody@example.com")),
             qPrintable(page.banner()->detail()));
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("applied"));
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-02-broken")), QStringLiteral("failed"));
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-03-config")), QStringLiteral("pending"));
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants"), QStringLiteral("key = 'initech'")), 0);
    QSignalSpy attempts(&page, &ui::MigrationsPage::attemptsLoaded);
    page.select(QStringLiteral("2026-01-02-broken"));
    QTRY_COMPARE_WITH_TIMEOUT(attempts.count(), 1, 20000);
    QAbstractItemModel* history = page.detail()->findChild<QTableView*>()->model();
    QCOMPARE(history->index(0, 1).data().toString(), QStringLiteral("failed"));
    QCOMPARE(history->index(0, 2).data().toString(), QStringLiteral("steps[1]"));
    test::Screenshots::save(&page, QStringLiteral("migrations-failed-en"));
}

void TestMigrationsPage::cancelStopsBetweenMigrations()
{
    SeedTestProject project;
    for (int i = 0; i < 20; ++i)
        project.seed(
            QStringLiteral("2026-02-%1-step.json").arg(i, 2, 10, QLatin1Char('0')),
            SeedTestProject::migration(
                QStringLiteral(R"([{"op": "tenant.ensure", "key": "t%1", "name": "T"}])").arg(i).toUtf8()));
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QSignalSpy finished(&page, &ui::MigrationsPage::applyFinished);
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QVERIFY(!page.cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Warning);
    QVERIFY2(page.banner()->text().contains(QLatin1String("Cancelled; not attempted: ")),
             qPrintable(page.banner()->text()));
    // Whatever ran before the cancel is whole: one marker and one tenant per applied migration.
    const qint64 applied = TestDatabase::count(QStringLiteral("kumiko_es_operations"));
    QVERIFY(applied < 20);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants")), applied);
}

void TestMigrationsPage::markAppliedRecordsTheReason()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    page.askReason = [] {
        return QStringLiteral("created by hand before the console existed");
    };
    page.select(QStringLiteral("2026-01-01-tenants"));
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    QTest::mouseClick(page.markAppliedButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("applied"));
    QCOMPARE(eventCount(), 0); // its steps did not run
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_admin_seed_runs"),
                 QStringLiteral("outcome = 'marked' AND reason = 'created by hand before the console "
                                "existed' AND applied_by = 'admin@example.com'")),
             1);
    // An empty answer (dialog cancelled) does nothing.
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    load(page, project);
    page.askReason = [] {
        return QString();
    };
    page.select(QStringLiteral("2026-01-02-admin"));
    QTest::mouseClick(page.markAppliedButton(), Qt::LeftButton); // returns at once: nothing to do
    QVERIFY(!page.isApplying());
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations")), 1);
}

void TestMigrationsPage::newMigrationWritesAValidFile()
{
    SeedTestProject project;
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QCOMPARE(page.table()->model()->rowCount(), 0);
    page.askSlug = [] {
        return QStringLiteral("Grant Roles!");
    };
    QString opened;
    page.openFile = [&opened](const QString& path) {
        opened = path;
    };
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    QTest::mouseClick(page.newMigrationButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QCOMPARE(page.table()->model()->rowCount(), 1);
    const QString id = page.table()->model()->index(0, MigrationTableModel::IdColumn).data().toString();
    QVERIFY2(id.endsWith(QLatin1String("-grant-roles")), qPrintable(id));
    QCOMPARE(stateOf(page, id), QStringLiteral("pending"));
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QVERIFY2(opened.endsWith(id + QStringLiteral(".json")), qPrintable(opened));
}

void TestMigrationsPage::filtersByStateAndText()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    project.seed(QStringLiteral("2026-01-03-upstream.ts"), "export default {}");
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findText(QStringLiteral("foreign")));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    page.stateFilter()->setCurrentIndex(0);
    page.textFilter()->setText(QStringLiteral("admin"));
    QCOMPARE(page.table()->model()->rowCount(), 1);
    QCOMPARE(page.table()->model()->index(0, MigrationTableModel::IdColumn).data().toString(),
             QStringLiteral("2026-01-02-admin"));
}

void TestMigrationsPage::writingWaitsForSomeoneToWriteAs()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    ui::MigrationsPage page;
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    page.setProjectDir(project.path());
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    page.select(QStringLiteral("2026-01-01-tenants"));
    // Read-only use works; every action that writes (or dispatches handlers) waits for an actor.
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("pending"));
    for (QPushButton* button : {page.applyAllButton(), page.applyToButton(), page.applyOnlyButton(),
                                page.planButton(), page.markAppliedButton()})
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    page.setActor(domain::Actor::systemAdmin(), QStringLiteral("admin@example.com"));
    QVERIFY(page.applyAllButton()->isEnabled());
    QVERIFY(page.planButton()->isEnabled());
}

QTEST_MAIN(TestMigrationsPage)
#include "tst_migrations_page.moc"
