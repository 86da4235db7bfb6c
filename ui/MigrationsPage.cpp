#include "MigrationsPage.h"

#include "ColumnFit.h"
#include "ErrorText.h"
#include "FlowLayout.h"
#include "MessageBanner.h"
#include "MigrationDetailView.h"
#include "MigrationFilterModel.h"
#include "MigrationTableModel.h"
#include "NewMigrationDialog.h"
#include "PageHeading.h"
#include "ReasonDialog.h"
#include "Section.h"
#include "common/BackgroundWork.h"
#include "esops/SeedScaffold.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

using esops::ApplyOptions;
using esops::ApplyPreview;
using esops::ApplyReport;
using esops::MigrationState;

// A burst of file events (an editor saving, a checkout) becomes one reload after this pause.
constexpr int kWatchDelayMs = 300;

} // namespace

MigrationsPage::MigrationsPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new PageHeading(this))
    , m_banner(new MessageBanner(this))
    , m_applyAll(new QPushButton(this))
    , m_applyTo(new QPushButton(this))
    , m_applyOnly(new QPushButton(this))
    , m_plan(new QPushButton(this))
    , m_markApplied(new QPushButton(this))
    , m_accept(new QPushButton(this))
    , m_newMigration(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_stateFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_progressText(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(m_progressRow))
    , m_model(new models::MigrationTableModel(this))
    , m_filter(new models::MigrationFilterModel(this))
    , m_table(new QTableView(this))
    , m_detail(new MigrationDetailView(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_watchDelay(new QTimer(this))
{
    buildLayout();
    askReason = [this](const QString& title, const QString& prompt) {
        return ReasonDialog::ask(this, title, prompt);
    };
    askSlug = [this] {
        return NewMigrationDialog::ask(this);
    };
    openFile = [](const QString& path) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    offerPath = [this](const QString& path) {
        showPathOffer(path);
    };
    confirmApply = [this](const ApplyPreview& preview) {
        return QMessageBox::question(this, tr("Apply migrations?", "dialog title"), previewText(preview)) ==
               QMessageBox::Yes;
    };
    m_watchDelay->setSingleShot(true);
    m_watchDelay->setInterval(kWatchDelayMs);
    connect(m_watchDelay, &QTimer::timeout, this, &MigrationsPage::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_watchDelay, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_watchDelay, qOverload<>(&QTimer::start));
    connect(m_applyAll, &QPushButton::clicked, this, [this] { previewThenApply({}); });
    connect(m_applyTo, &QPushButton::clicked, this, [this] {
        ApplyOptions options;
        options.to = selectedMigration()->id;
        previewThenApply(options);
    });
    connect(m_applyOnly, &QPushButton::clicked, this, [this] {
        ApplyOptions options;
        options.only = selectedMigration()->id;
        previewThenApply(options);
    });
    connect(m_plan, &QPushButton::clicked, this, &MigrationsPage::planSelected);
    connect(m_markApplied, &QPushButton::clicked, this, &MigrationsPage::markSelectedApplied);
    connect(m_accept, &QPushButton::clicked, this, &MigrationsPage::acceptSelected);
    connect(m_detail, &MigrationDetailView::eventsRequested, this, &MigrationsPage::eventsRequested);
    connect(m_newMigration, &QPushButton::clicked, this, &MigrationsPage::createMigration);
    connect(m_refresh, &QPushButton::clicked, this, &MigrationsPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &MigrationsPage::cancelApply);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_stateFilter->currentData();
        m_filter->setStateFilter(state.isValid() ? std::optional(MigrationState(state.toInt()))
                                                 : std::nullopt);
    });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &models::MigrationFilterModel::setTextFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MigrationsPage::selectionChanged);
    connect(&m_applyWatcher, &QFutureWatcherBase::progressValueChanged, this, &MigrationsPage::showProgress);
    connect(&m_applyWatcher, &QFutureWatcherBase::finished, this, &MigrationsPage::finishApply);
    retranslateUi();
    updateActions();
}

MigrationsPage::~MigrationsPage()
{
    // A running apply stops after its current migration; its result is delivered through this object
    // (QFuture::then(this, …)), which Qt 6.4 needs alive when the work ends.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    BackgroundWork::drain();
}

void MigrationsPage::buildLayout()
{
    m_applyAll->setDefault(true);
    m_textFilter->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::MigrationTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::MigrationTableModel::DescriptionColumn,
                                                      QHeaderView::Stretch);

    // The buttons wrap to a second row where the window is narrow (a laptop, the longer German texts).
    auto* actions = new FlowLayout;
    for (QPushButton* button :
         {m_applyAll, m_applyTo, m_applyOnly, m_plan, m_markApplied, m_accept, m_newMigration, m_refresh})
        actions->addWidget(button);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_summary);

    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progressRow->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_textFilter->setObjectName(pageFilterName());
    ColumnFit::keepFitted(m_table);

    // The banner below the list: when it appears, the buttons and filters stay where they are.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_progressRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);
}

void MigrationsPage::setProjectDir(const QString& dir)
{
    m_projectDir = dir;
    watchSeeds();
    updateActions();
}

void MigrationsPage::watchSeeds()
{
    if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    if (m_projectDir.isEmpty())
        return;
    // Without a seeds folder yet, the project folder tells when one appears.
    const QString seeds = QDir(m_projectDir).filePath(QStringLiteral("seeds"));
    QStringList paths{QFileInfo(seeds).isDir() ? seeds : m_projectDir};
    // The folder reports files added, removed and renamed; the files themselves an in-place save.
    for (const esops::MigrationStatus& migration : std::as_const(m_migrations))
        if (migration.file)
            paths << migration.file->path;
    m_watcher->addPaths(paths);
}

bool MigrationsPage::isApplying() const
{
    return m_applyWatcher.isRunning();
}

void MigrationsPage::cancelApply()
{
    if (!m_cancelFlag)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling after the current migration…", "apply progress"));
}

void MigrationsPage::clear()
{
    ++m_generation;
    ++m_attemptRequest;
    m_closed = true;
    m_loading = false;
    m_refreshAgain = false;
    m_actor.reset();
    m_appliedBy.clear();
    m_migrations.clear();
    m_unapplied.clear();
    m_counts.clear();
    m_catalogLoaded = false;
    m_model->setMigrations({});
    m_detail->showMigration(nullptr);
    m_banner->clear();
    showSummary();
    updateActions();
}

void MigrationsPage::refresh()
{
    if (m_projectDir.isEmpty() || m_closed)
        return;
    if (m_loading || isApplying()) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    const QString dir = m_projectDir;
    BackgroundWork::withDatabase([dir](QSqlDatabase& db) {
        return esops::SeedCatalog::load(dir, db);
    }).then(this, [this, generation = m_generation](const Result<esops::SeedCatalog>& catalog) {
        if (generation != m_generation)
            return;
        m_loading = false;
        showCatalog(catalog);
        if (std::exchange(m_refreshAgain, false))
            refresh();
        Q_EMIT refreshed();
    });
}

void MigrationsPage::showCatalog(const Result<esops::SeedCatalog>& catalog)
{
    if (!catalog)
        return m_banner->showError(
            [] { return tr("The migrations could not be read.", "migrations banner"); }, catalog.error());
    const esops::MigrationStatus* selected = selectedMigration();
    const QString selectedId = selected ? selected->id : QString();
    m_migrations = catalog->migrations();
    m_unapplied.clear();
    for (const esops::MigrationStatus* status : catalog->unapplied())
        m_unapplied << status->id;
    m_model->setMigrations(m_migrations);
    watchSeeds();
    m_counts = catalog->counts();
    m_catalogLoaded = true;
    showSummary();
    if (!selectedId.isEmpty())
        select(selectedId);
    else
        m_detail->showMigration(nullptr);
    updateActions();
}

void MigrationsPage::showSummary()
{
    QStringList parts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (it.value() > 0)
            parts << tr("%1 %2", "migrations summary; %1 = count, %2 = state")
                         .arg(it.value())
                         .arg(models::MigrationTableModel::stateText(it.key()));
    if (!m_catalogLoaded)
        m_summary->clear();
    else
        m_summary->setText(parts.isEmpty() ? tr("no migrations in seeds/", "migrations summary")
                                           : parts.join(QStringLiteral(" · ")));
}

void MigrationsPage::select(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index =
        m_filter->mapFromSource(m_model->index(row, models::MigrationTableModel::IdColumn));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

const esops::MigrationStatus* MigrationsPage::selectedMigration() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->migration(m_filter->mapToSource(current).row());
}

bool MigrationsPage::isNextToRun(const esops::MigrationStatus& migration) const
{
    return !m_unapplied.isEmpty() && m_unapplied.first() == migration.id;
}

void MigrationsPage::setActor(const domain::Actor& actor, const QString& appliedBy)
{
    m_actor = actor;
    m_appliedBy = appliedBy;
    m_closed = false;
    updateActions();
}

void MigrationsPage::setConnectionLost(bool lost)
{
    m_connectionLost = lost;
    m_heading->setStale(lost);
    if (!lost)
        m_banner->clearConnectionError();
    updateActions();
}

void MigrationsPage::updateActions()
{
    const bool idle = !isApplying() && !m_previewing;
    // Writing needs a person to write as; a plan dispatches the handlers as that person too.
    const bool canWrite = idle && m_actor.has_value() && !m_connectionLost;
    const esops::MigrationStatus* selected = selectedMigration();
    const bool unapplied = selected && m_unapplied.contains(selected->id);
    m_applyAll->setEnabled(canWrite && !m_unapplied.isEmpty());
    m_applyTo->setEnabled(canWrite && unapplied);
    m_applyOnly->setEnabled(canWrite && selected && isNextToRun(*selected));
    m_plan->setEnabled(canWrite && selected && selected->file && !selected->file->foreign);
    m_markApplied->setEnabled(canWrite && unapplied);
    m_accept->setEnabled(canWrite && selected && selected->state == MigrationState::Modified);
    m_newMigration->setEnabled(!m_projectDir.isEmpty());
    m_refresh->setEnabled(idle && !m_projectDir.isEmpty());
}

void MigrationsPage::selectionChanged()
{
    const esops::MigrationStatus* selected = selectedMigration();
    m_detail->showMigration(selected);
    updateActions();
    if (selected && (selected->isApplied() || selected->lastAttempt))
        loadAttempts(selected->id);
}

void MigrationsPage::loadAttempts(const QString& id)
{
    const int request = ++m_attemptRequest;
    BackgroundWork::withDatabase([id](QSqlDatabase& db) {
        return esops::SeedLedger::attempts(db, id);
    }).then(this, [this, request](const Result<QList<esops::SeedAttempt>>& attempts) {
        if (request != m_attemptRequest)
            return; // the selection moved on meanwhile
        if (!attempts)
            return m_banner->showError(
                [] { return tr("The attempts could not be read.", "migrations banner"); }, attempts.error());
        m_detail->setAttempts(attempts.value());
        Q_EMIT attemptsLoaded();
    });
}

void MigrationsPage::planSelected()
{
    const esops::MigrationStatus* selected = selectedMigration();
    if (!selected || !m_actor)
        return;
    m_detail->setPlanBusy();
    ApplyOptions options;
    options.only = selected->id;
    const QString dir = m_projectDir;
    BackgroundWork::withDatabase([dir, options, actor = *m_actor](QSqlDatabase& db) {
        return esops::SeedRunner(dir).plan(db, actor, options);
    }).then(this, [this, generation = m_generation](const Result<esops::PlanReport>& plan) {
        if (generation != m_generation)
            return;
        if (plan)
            m_detail->setPlan(plan.value());
        else
            m_detail->setPlanError(plan.error());
        Q_EMIT planFinished();
    });
}

QString MigrationsPage::previewText(const ApplyPreview& preview)
{
    QStringList lines;
    lines << tr("Apply %n migration(s) with %1 step(s), appending %2 event(s)?",
                "apply confirmation; %n = migrations, %1 = steps, %2 = events",
                int(preview.migrations.size()))
                 .arg(preview.steps)
                 .arg(preview.events);
    for (const ApplyPreview::Migration& migration : preview.migrations)
        lines << (migration.skipped ? tr("• %1 — skipped (its KUMIKO_SKIP_ES_OPS_… flag is set)",
                                         "apply confirmation; %1 = id")
                                          .arg(migration.id)
                                    : tr("• %1 — %2 step(s), %3 event(s)",
                                         "apply confirmation; %1 = id, %2 = steps, %3 = events")
                                          .arg(migration.id)
                                          .arg(migration.steps)
                                          .arg(migration.events));
    if (preview.failure) {
        const esops::FailedMigration& failed = *preview.failure;
        lines << tr("%1 would fail: %2. It would be rolled back and nothing after it attempted.",
                    "apply confirmation; %1 = id, %2 = reason")
                     .arg(failed.step ? tr("%1, steps[%2]", "failed migration; %1 = id, %2 = step index")
                                            .arg(failed.id)
                                            .arg(*failed.step)
                                      : failed.id,
                          ErrorText::summary(failed.error));
    }
    return lines.join(QLatin1Char('\n'));
}

void MigrationsPage::previewThenApply(const ApplyOptions& options)
{
    if (!m_actor)
        return;
    m_previewing = true;
    m_banner->clear();
    updateActions();
    Q_EMIT busyChanged(tr("Checking what would be applied…", "status bar busy text"));
    BackgroundWork::withDatabase([dir = m_projectDir, options, actor = *m_actor](QSqlDatabase& db) {
        return esops::SeedRunner(dir).preview(db, actor, options);
    }).then(this, [this, options, generation = m_generation](const Result<ApplyPreview>& preview) {
        m_previewing = false;
        Q_EMIT busyChanged(QString());
        const bool current = generation == m_generation;
        if (current && !preview)
            m_banner->showError(tr("Nothing was applied.", "apply summary"), preview.error());
        const bool worthAsking = preview && (!preview->migrations.isEmpty() || preview->failure);
        if (current && worthAsking && confirmApply(preview.value()))
            startApply(options);
        else
            updateActions();
        Q_EMIT previewFinished();
    });
}

void MigrationsPage::startApply(ApplyOptions options)
{
    if (!m_actor)
        return;
    options.appliedBy = m_appliedBy;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancelFlag;
    const QString dir = m_projectDir;
    m_banner->clear();
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Checking the migrations…", "apply progress"));
    m_cancel->setEnabled(true);
    m_progressRow->show();
    Q_EMIT busyChanged(tr("Applying migrations…", "status bar busy text"));
    m_applyWatcher.setFuture(BackgroundWork::withDatabaseReporting<Result<ApplyReport>>(
        [dir, options, cancel, actor = *m_actor](QPromise<Result<ApplyReport>>& promise, QSqlDatabase& db) {
            ApplyOptions run = options;
            run.cancel = cancel.get();
            run.progress = [&promise](const esops::ApplyProgress& progress) {
                promise.setProgressRange(0, progress.total);
                promise.setProgressValueAndText(progress.index - 1, progress.id);
            };
            promise.addResult(esops::SeedRunner(dir).apply(db, actor, run));
        }));
    updateActions();
}

void MigrationsPage::showProgress(int value)
{
    m_progress->setRange(m_applyWatcher.progressMinimum(), m_applyWatcher.progressMaximum());
    m_progress->setValue(value);
    if (m_cancel->isEnabled())
        m_progressText->setText(tr("Applying %1 of %2: %3", "apply progress; %1 = n, %2 = total, %3 = id")
                                    .arg(value + 1)
                                    .arg(m_applyWatcher.progressMaximum())
                                    .arg(m_applyWatcher.progressText()));
}

void MigrationsPage::finishApply()
{
    m_progressRow->hide();
    m_cancelFlag.reset();
    Q_EMIT busyChanged(QString());
    if (m_closed) {
        // Signed out or locked meanwhile: the report is not shown to whoever signs in next.
        updateActions();
        return Q_EMIT applyFinished();
    }
    const Result<ApplyReport> result = m_applyWatcher.future().result();
    if (!result) {
        m_banner->showError([] { return tr("Nothing was applied.", "apply summary"); }, result.error());
    } else if (result->globallySkipped) {
        m_banner->showMessage(MessageBanner::Kind::Info, [] {
            return tr("KUMIKO_SKIP_ES_OPS=1 is set: no migration was applied.", "apply summary");
        });
    } else if (result->failed) {
        m_banner->showMessage(
            MessageBanner::Kind::Error, [report = result.value()] { return failureText(report); },
            [error = result->failed->error] { return ErrorText::detail(error); });
    } else {
        m_banner->showMessage(result->cancelled ? MessageBanner::Kind::Warning : MessageBanner::Kind::Info,
                              [report = result.value()] { return successText(report); });
    }
    updateActions();
    m_refreshAgain = false;
    refresh();
    Q_EMIT applyFinished();
}

QString MigrationsPage::failureText(const ApplyReport& report)
{
    const esops::FailedMigration& failed = *report.failed;
    const QString where = failed.step ? tr("%1, steps[%2]", "failed migration; %1 = id, %2 = step index")
                                            .arg(failed.id)
                                            .arg(*failed.step)
                                      : failed.id;
    QString text = tr("%1 failed and was rolled back: %2", "apply summary; %1 = where, %2 = reason")
                       .arg(where, ErrorText::summary(failed.error));
    if (!report.applied.isEmpty())
        text += QLatin1Char(' ') + tr("Applied before it: %1.", "apply summary; %1 = ids")
                                       .arg(report.applied.join(QStringLiteral(", ")));
    if (!report.notAttempted.isEmpty())
        text += QLatin1Char(' ') + tr("Not attempted: %1.", "apply summary; %1 = ids")
                                       .arg(report.notAttempted.join(QStringLiteral(", ")));
    return text;
}

QString MigrationsPage::successText(const ApplyReport& report)
{
    QString text = tr("Applied %n migration(s).", "apply summary", int(report.applied.size()));
    if (!report.skipped.isEmpty())
        text += QLatin1Char(' ') +
                tr("Skipped: %1.", "apply summary; %1 = ids").arg(report.skipped.join(QStringLiteral(", ")));
    if (!report.alreadyApplied.isEmpty())
        text += QLatin1Char(' ') + tr("Applied meanwhile by another runner: %1.", "apply summary; %1 = ids")
                                       .arg(report.alreadyApplied.join(QStringLiteral(", ")));
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled; not attempted: %1.", "apply summary; %1 = ids")
                                       .arg(report.notAttempted.join(QStringLiteral(", ")));
    return text;
}

void MigrationsPage::markSelectedApplied()
{
    decideSelected(false);
}

void MigrationsPage::acceptSelected()
{
    decideSelected(true);
}

// Asks for the reason of a mark-applied (or, `accept`, of accepting a changed file) and records it.
void MigrationsPage::decideSelected(bool accept)
{
    const esops::MigrationStatus* selected = selectedMigration();
    if (!selected)
        return;
    const QString id = selected->id;
    const QString reason =
        (accept ? askReason(tr("Accept the changed file", "dialog title"),
                            tr("The file of %1 changed after it was applied. Why is the file as it is now "
                               "right? Its new checksum is recorded with the reason; the steps do not run "
                               "again.",
                               "accept dialog; %1 = id")
                                .arg(id))
                : askReason(tr("Mark as applied", "dialog title"),
                            tr("Why is %1 applied without running its steps? The reason is recorded with "
                               "the attempt, and the migration shows as baselined.",
                               "mark-applied dialog; %1 = id")
                                .arg(id)))
            .trimmed();
    if (!reason.isEmpty())
        recordDecision(id, reason, accept);
}

// Mark applied and accept: a reason recorded in the attempt history, nothing run.
void MigrationsPage::recordDecision(const QString& id, const QString& reason, bool accept)
{
    BackgroundWork::withDatabase([dir = m_projectDir, id, reason, accept,
                                  appliedBy = m_appliedBy](QSqlDatabase& db) {
        const esops::SeedRunner runner(dir);
        return accept ? runner.acceptChecksum(db, id, reason, appliedBy)
                      : runner.markApplied(db, id, reason, appliedBy);
    }).then(this, [this, id, accept, generation = m_generation](const Status& recorded) {
        if (generation != m_generation)
            return;
        if (!recorded)
            m_banner->showError(
                [id, accept] {
                    return accept ? tr("The changed file of %1 could not be accepted.",
                                       "migrations banner; %1 = id")
                                        .arg(id)
                                  : tr("%1 could not be marked as applied.", "migrations banner; %1 = id")
                                        .arg(id);
                },
                recorded.error());
        else
            m_banner->showMessage(MessageBanner::Kind::Info, [id, accept] {
                return accept ? tr("The changed file of %1 is accepted; its new checksum is recorded.",
                                   "migrations banner; %1 = id")
                                    .arg(id)
                              : tr("%1 is recorded as applied (baselined); its steps did not run.",
                                   "migrations banner; %1 = id")
                                    .arg(id);
            });
        refresh();
        Q_EMIT decisionRecorded();
    });
}

void MigrationsPage::createMigration()
{
    const QString slug = askSlug();
    if (slug.isEmpty())
        return;
    // Never rewritten silently: a name that would need sanitising is refused (the dialog says why first).
    if (esops::SeedScaffold::slugProblem(slug))
        return m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("\"%1\" cannot be the name of a migration: use a-z, 0-9 and single \"-\" between them.",
               "migrations banner; %1 = slug")
                .arg(slug));
    // A small local file write, no database: fine on the GUI thread.
    auto created = esops::SeedScaffold::create(QDir(m_projectDir).filePath(QStringLiteral("seeds")), slug);
    if (!created)
        return m_banner->showError(
            [] { return tr("The migration file could not be created.", "migrations banner"); },
            created.error());
    m_banner->showMessage(MessageBanner::Kind::Info, [file = QDir::toNativeSeparators(*created)] {
        return tr("Created %1.", "migrations banner; %1 = file").arg(file);
    });
    if (!openFile(*created))
        offerPath(*created);
    refresh();
}

void MigrationsPage::showPathOffer(const QString& path)
{
    QMessageBox box(QMessageBox::Information, tr("No editor opened", "dialog title"),
                    tr("No editor could be opened for %1. Open it in an editor of your choice.",
                       "no editor dialog; %1 = path")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, this);
    QPushButton* copy = box.addButton(tr("Copy path", "no editor dialog button"), QMessageBox::ActionRole);
    QPushButton* folder =
        box.addButton(tr("Show in folder", "no editor dialog button"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == copy)
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void MigrationsPage::fillStateFilter()
{
    const QVariant current = m_stateFilter->currentData();
    const QSignalBlocker blocker(m_stateFilter);
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All states", "state filter"));
    for (MigrationState state : esops::SeedCatalog::allStates())
        m_stateFilter->addItem(
            QIcon(QStringLiteral(":/icons/state-%1.svg").arg(esops::SeedCatalog::stateName(state))),
            models::MigrationTableModel::stateText(state), int(state));
    m_stateFilter->setCurrentIndex(std::max(0, m_stateFilter->findData(current)));
}

void MigrationsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MigrationsPage::retranslateUi()
{
    m_heading->setTexts(tr("Seed migrations", "page title"),
                        tr("One-time, ordered data changes from the project's seeds/ folder. Each runs "
                           "atomically: all of its steps and its marker, or nothing.",
                           "page description"));
    m_applyAll->setText(tr("Apply all pending", "migrations action"));
    m_applyTo->setText(tr("Apply up to selected", "migrations action"));
    m_applyOnly->setText(tr("Apply selected only", "migrations action"));
    m_applyOnly->setToolTip(
        tr("Only when the selected migration is the next one to run.", "migrations action tooltip"));
    m_plan->setText(tr("Plan…", "migrations action; dry run"));
    m_plan->setToolTip(tr("Dry run of the selected migration: per step the action and the events it would "
                          "write. Nothing is written.",
                          "migrations action tooltip"));
    m_markApplied->setText(tr("Mark applied…", "migrations action"));
    m_markApplied->setToolTip(tr("Record the selected migration as applied without running its steps "
                                 "(a baseline); a reason is required.",
                                 "migrations action tooltip"));
    m_accept->setText(tr("Accept changed file…", "migrations action"));
    m_accept->setToolTip(tr("The selected migration's file changed after it was applied: record its new "
                            "checksum with a reason. Nothing runs again.",
                            "migrations action tooltip"));
    m_newMigration->setText(tr("New migration…", "migrations action"));
    m_refresh->setText(tr("Refresh", "migrations action"));
    m_cancel->setText(tr("Cancel", "apply progress"));
    m_textFilter->setPlaceholderText(tr("Filter by id or description", "migrations filter"));
    m_textFilter->setAccessibleName(tr("Filter migrations", "migrations filter, for screen readers"));
    m_textFilter->setAccessibleDescription(
        tr("Shows the migrations whose id or description contains the text (Ctrl+F)",
           "migrations filter, for screen readers"));
    m_stateFilter->setAccessibleName(tr("Filter by state", "migrations filter, for screen readers"));
    m_table->setAccessibleName(tr("Migrations", "migrations table, for screen readers"));
    m_table->setAccessibleDescription(tr("The migrations of the project in run order with their state",
                                         "migrations table, for screen readers"));
    m_progress->setAccessibleName(tr("Apply progress", "progress bar, for screen readers"));
    fillStateFilter();
    showSummary();
    m_model->retranslate();
}

} // namespace kumiko::ui
