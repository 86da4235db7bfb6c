// The Migrations page against a real database: states, details, plan, apply (after a preview) with
// progress and summary, failures, cancel, mark applied (baselined), accept a changed file, new migration
// with its name checked first, a watched seeds folder — and a GUI thread that never waits.
#include "MessageBanner.h"
#include "MigrationDetailView.h"
#include "MigrationTableModel.h"
#include "MigrationsPage.h"
#include "NewMigrationDialog.h"
#include "ReasonDialog.h"
#include "Screenshots.h"
#include "SeedTestProject.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Sql.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
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
    void applyAsksOnceWithAPreview();
    void markAppliedRecordsTheReason();
    void reasonDialogNeedsAReason();
    void acceptRecordsTheChangedChecksum();
    void newMigrationWritesAValidFile();
    void newMigrationDialogChecksTheName();
    void watchedFolderShowsNewFiles();
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
    page.confirmApply = [](const esops::ApplyPreview&) {
        return true;
    };
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
    // The preview comes first; the apply of three small migrations can end between two polls, so the
    // apply is seen through what the page announced, and the button stays disabled while it runs.
    QSignalSpy busy(&page, &ui::MigrationsPage::busyChanged);
    bool buttonDisabledWhileApplying = true;
    connect(&page, &ui::MigrationsPage::busyChanged, &page, [&](const QString& text) {
        if (text.startsWith(QLatin1String("Applying")))
            buttonDisabledWhileApplying =
                !page.applyAllButton()->isEnabled() && page.cancelButton()->isEnabled();
    });
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(std::any_of(busy.cbegin(), busy.cend(), [](const QList<QVariant>& args) {
        return args.first().toString().startsWith(QLatin1String("Applying"));
    }));
    QVERIFY(buttonDisabledWhileApplying); // one apply at a time, and it can be cancelled
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QVERIFY(!page.cancelButton()->isVisible());
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QCOMPARE(page.banner()->text(), QStringLiteral("Applied 3 migration(s)."));
    for (const char* id : {"2026-01-01-tenants", "2026-01-02-admin", "2026-01-03-config"})
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
    // Cancel right after the apply starts (the confirmation's answer starts it).
    page.confirmApply = [&page](const esops::ApplyPreview&) {
        QMetaObject::invokeMethod(
            &page, [&page] { QTest::mouseClick(page.cancelButton(), Qt::LeftButton); }, Qt::QueuedConnection);
        return true;
    };
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Warning);
    QVERIFY2(page.banner()->text().contains(QLatin1String("Cancelled; not attempted: ")),
             qPrintable(page.banner()->text()));
    // Whatever ran before the cancel is whole: one marker and one tenant per applied migration.
    const qint64 applied = TestDatabase::count(QStringLiteral("kumiko_es_operations"));
    QVERIFY(applied < 20);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_tenants")), applied);
}

void TestMigrationsPage::applyAsksOnceWithAPreview()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QList<esops::ApplyPreview> asked;
    bool answer = false;
    page.confirmApply = [&](const esops::ApplyPreview& preview) {
        asked << preview;
        return answer;
    };
    QSignalSpy previewed(&page, &ui::MigrationsPage::previewFinished);
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
    QCOMPARE(asked.size(), 1);
    const esops::ApplyPreview& preview = asked.first();
    QCOMPARE(preview.migrations.size(), 2);
    QCOMPARE(preview.migrations.at(0).id, QStringLiteral("2026-01-01-tenants"));
    QCOMPARE(preview.migrations.at(1).id, QStringLiteral("2026-01-02-admin"));
    QCOMPARE(preview.steps, preview.migrations.at(0).steps + preview.migrations.at(1).steps);
    QVERIFY(preview.migrations.at(0).steps > 0);
    QVERIFY(preview.events >= preview.migrations.at(0).steps); // every step here creates something
    QVERIFY(!preview.failure);
    const QString text = ui::MigrationsPage::previewText(preview);
    QVERIFY2(text.startsWith(QStringLiteral("Apply 2 migration(s) with %1 step(s), appending %2 event(s)?")
                                 .arg(preview.steps)
                                 .arg(preview.events)),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2026-01-02-admin")), qPrintable(text));
    // Declined: the preview wrote nothing and nothing was applied.
    QVERIFY(!page.isApplying());
    QCOMPARE(eventCount(), 0);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations")), 0);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs")), 0);
    QVERIFY(page.applyAllButton()->isEnabled());

    // Confirmed: exactly what the preview named is applied, with the events it counted.
    answer = true;
    QSignalSpy finished(&page, &ui::MigrationsPage::applyFinished);
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations")), 2);
    QCOMPARE(eventCount(), qint64(asked.last().events));
}

void TestMigrationsPage::markAppliedRecordsTheReason()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QString prompt;
    page.askReason = [&prompt](const QString&, const QString& question) {
        prompt = question;
        return QStringLiteral("created by hand before the console existed");
    };
    page.select(QStringLiteral("2026-01-01-tenants"));
    QSignalSpy recorded(&page, &ui::MigrationsPage::decisionRecorded);
    QSignalSpy refreshed(&page, &ui::MigrationsPage::refreshed);
    QTest::mouseClick(page.markAppliedButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    QVERIFY2(prompt.contains(QLatin1String("2026-01-01-tenants")), qPrintable(prompt));
    // A baseline is not a migration that ran: its own state, and no duration.
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("baselined"));
    page.select(QStringLiteral("2026-01-01-tenants"));
    QAbstractItemModel* model = page.table()->model();
    const QModelIndex row = page.table()->currentIndex();
    QCOMPARE(model->index(row.row(), MigrationTableModel::DurationColumn).data().toString(), QString());
    QCOMPARE(eventCount(), 0); // its steps did not run
    QCOMPARE(TestDatabase::count(
                 QStringLiteral("kumiko_admin_seed_runs"),
                 QStringLiteral("outcome = 'marked' AND reason = 'created by hand before the console "
                                "existed' AND applied_by = 'admin@example.com'")),
             1);
    // An empty answer (dialog cancelled) does nothing.
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    load(page, project);
    page.askReason = [](const QString&, const QString&) {
        return QString();
    };
    page.select(QStringLiteral("2026-01-02-admin"));
    QTest::mouseClick(page.markAppliedButton(), Qt::LeftButton); // returns at once: nothing to do
    QVERIFY(!page.isApplying());
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations")), 1);
}

void TestMigrationsPage::reasonDialogNeedsAReason()
{
    ui::ReasonDialog dialog(QStringLiteral("Mark as applied"), QStringLiteral("Why?"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.hint()->text().isEmpty()); // says why it cannot be accepted
    dialog.reasonEdit()->setPlainText(QStringLiteral("   \n "));
    QVERIFY(!dialog.okButton()->isEnabled()); // white space is no reason
    dialog.reasonEdit()->setPlainText(QStringLiteral("  applied by hand  "));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.hint()->text().isEmpty());
    QCOMPARE(dialog.reason(), QStringLiteral("applied by hand"));
}

void TestMigrationsPage::acceptRecordsTheChangedChecksum()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QSignalSpy finished(&page, &ui::MigrationsPage::applyFinished);
    QTest::mouseClick(page.applyAllButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("applied"),
                              20000);
    page.select(QStringLiteral("2026-01-01-tenants"));
    QVERIFY(!page.acceptButton()->isEnabled()); // nothing changed
    // The file changes on disk; the watched folder shows it as modified by itself.
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants + "\n");
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("modified"),
                              20000);
    page.select(QStringLiteral("2026-01-01-tenants"));
    QVERIFY(page.acceptButton()->isEnabled());
    page.askReason = [](const QString&, const QString&) {
        return QStringLiteral("only a trailing newline was added");
    };
    QSignalSpy recorded(&page, &ui::MigrationsPage::decisionRecorded);
    QTest::mouseClick(page.acceptButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 20000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, QStringLiteral("2026-01-01-tenants")), QStringLiteral("applied"),
                              20000);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_seed_runs"),
                            QStringLiteral("outcome = 'accepted' AND reason = 'only a trailing newline was "
                                           "added' AND applied_by = 'admin@example.com'")),
        1);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_es_operations")), 1); // nothing ran again
}

void TestMigrationsPage::newMigrationWritesAValidFile()
{
    SeedTestProject project;
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QCOMPARE(page.table()->model()->rowCount(), 0);
    // A name that would have to be rewritten is refused, never silently changed.
    page.askSlug = [] {
        return QStringLiteral("Grant Roles!");
    };
    page.openFile = [](const QString&) {
        return true;
    };
    QTest::mouseClick(page.newMigrationButton(), Qt::LeftButton);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Error);
    QVERIFY(QDir(project.path() + QStringLiteral("/seeds")).entryList(QDir::Files).isEmpty());
    page.askSlug = [] {
        return QStringLiteral("grant-roles");
    };
    QString opened;
    QString offered;
    page.openFile = [&opened](const QString& path) {
        opened = path;
        return false; // no editor could be launched
    };
    page.offerPath = [&offered](const QString& path) {
        offered = path;
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
    QCOMPARE(offered, opened); // said so, with Copy path / Show in folder
}

void TestMigrationsPage::newMigrationDialogChecksTheName()
{
    ui::NewMigrationDialog dialog(QDate(2026, 11, 30));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.slugEdit()->setText(QStringLiteral("Bad Slug!"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.feedback()->text().contains(QLatin1String("lower-case")),
             qPrintable(dialog.feedback()->text()));
    QVERIFY2(dialog.feedback()->text().contains(QLatin1String("\"bad-slug\"")),
             qPrintable(dialog.feedback()->text()));
    QCOMPARE(dialog.slug(), QStringLiteral("Bad Slug!")); // the input is never rewritten
    dialog.slugEdit()->setText(QStringLiteral("-bad"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.slugEdit()->setText(QString(61, QLatin1Char('a')));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.slugEdit()->setText(QStringLiteral("bad-slug"));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.feedback()->text(), QStringLiteral("Creates seeds/2026-11-30-bad-slug.json"));
}

void TestMigrationsPage::watchedFolderShowsNewFiles()
{
    SeedTestProject project;
    project.seed(QStringLiteral("2026-01-01-tenants.json"), kTenants);
    ui::MigrationsPage page;
    page.show();
    load(page, project);
    QCOMPARE(page.table()->model()->rowCount(), 1);
    // Written by an editor or a checkout, not through the page: it shows without Refresh.
    project.seed(QStringLiteral("2026-01-02-admin.json"), kAdmin);
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 2, 2000);
    QCOMPARE(stateOf(page, QStringLiteral("2026-01-02-admin")), QStringLiteral("pending"));
    QVERIFY(QFile::remove(project.path() + QStringLiteral("/seeds/2026-01-02-admin.json")));
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 1, 2000);
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
                                page.planButton(), page.markAppliedButton(), page.acceptButton()})
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    page.setActor(domain::Actor::systemAdmin(), QStringLiteral("admin@example.com"));
    QVERIFY(page.applyAllButton()->isEnabled());
    QVERIFY(page.planButton()->isEnabled());
}

QTEST_MAIN(TestMigrationsPage)
#include "tst_migrations_page.moc"
