#include "MigrationsPage.h"

#include "ErrorText.h"
#include "MessageBanner.h"
#include "MigrationDetailView.h"
#include "MigrationFilterModel.h"
#include "MigrationTableModel.h"
#include "PageHeading.h"
#include "common/BackgroundWork.h"
#include "esops/SeedScaffold.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

using esops::ApplyOptions;
using esops::ApplyReport;
using esops::MigrationState;

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
{
    buildLayout();
    askReason = [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(
            this, tr("Mark as applied", "dialog title"),
            tr("Why is this migration applied without running its steps? The reason is recorded with the "
               "attempt.",
               "mark-applied dialog"),
            QString(), &ok);
        return ok ? reason : QString();
    };
    askSlug = [this] {
        bool ok = false;
        const QString slug = QInputDialog::getText(
            this, tr("New migration", "dialog title"),
            tr("Short name (a-z, 0-9 and -); the file gets today's date in front:", "new migration dialog"),
            QLineEdit::Normal, QString(), &ok);
        return ok ? slug : QString();
    };
    openFile = [](const QString& path) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    connect(m_applyAll, &QPushButton::clicked, this, [this] { startApply({}); });
    connect(m_applyTo, &QPushButton::clicked, this, [this] {
        ApplyOptions options;
        options.to = selectedMigration()->id;
        startApply(options);
    });
    connect(m_applyOnly, &QPushButton::clicked, this, [this] {
        ApplyOptions options;
        options.only = selectedMigration()->id;
        startApply(options);
    });
    connect(m_plan, &QPushButton::clicked, this, &MigrationsPage::planSelected);
    connect(m_markApplied, &QPushButton::clicked, this, &MigrationsPage::markSelectedApplied);
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
    // A running apply stops after its current migration; its results no longer have a page to go to.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
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

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_applyAll, m_applyTo, m_applyOnly, m_plan, m_markApplied, m_newMigration})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_refresh);

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_progressRow);
    layout->addWidget(splitter, 1);
}

void MigrationsPage::setProjectDir(const QString& dir)
{
    m_projectDir = dir;
    updateActions();
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
        return m_banner->showError(tr("The migrations could not be read.", "migrations banner"),
                                   catalog.error());
    const esops::MigrationStatus* selected = selectedMigration();
    const QString selectedId = selected ? selected->id : QString();
    m_migrations = catalog->migrations();
    m_unapplied.clear();
    for (const esops::MigrationStatus* status : catalog->unapplied())
        m_unapplied << status->id;
    m_model->setMigrations(m_migrations);
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
    const bool idle = !isApplying();
    // Writing needs a person to write as; a plan dispatches the handlers as that person too.
    const bool canWrite = idle && m_actor.has_value() && !m_connectionLost;
    const esops::MigrationStatus* selected = selectedMigration();
    const bool unapplied = selected && m_unapplied.contains(selected->id);
    m_applyAll->setEnabled(canWrite && !m_unapplied.isEmpty());
    m_applyTo->setEnabled(canWrite && unapplied);
    m_applyOnly->setEnabled(canWrite && selected && isNextToRun(*selected));
    m_plan->setEnabled(canWrite && selected && selected->file && !selected->file->foreign);
    m_markApplied->setEnabled(canWrite && unapplied);
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
            return m_banner->showError(tr("The attempts could not be read.", "migrations banner"),
                                       attempts.error());
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
        m_banner->showError(tr("Nothing was applied.", "apply summary"), result.error());
    } else if (result->globallySkipped) {
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("KUMIKO_SKIP_ES_OPS=1 is set: no migration was applied.", "apply summary"));
    } else if (result->failed) {
        const esops::FailedMigration& failed = *result->failed;
        const QString where = failed.step ? tr("%1, steps[%2]", "failed migration; %1 = id, %2 = step index")
                                                .arg(failed.id)
                                                .arg(*failed.step)
                                          : failed.id;
        QString text = tr("%1 failed and was rolled back: %2", "apply summary; %1 = where, %2 = reason")
                           .arg(where, ErrorText::summary(failed.error));
        if (!result->applied.isEmpty())
            text += QLatin1Char(' ') + tr("Applied before it: %1.", "apply summary; %1 = ids")
                                           .arg(result->applied.join(QStringLiteral(", ")));
        if (!result->notAttempted.isEmpty())
            text += QLatin1Char(' ') + tr("Not attempted: %1.", "apply summary; %1 = ids")
                                           .arg(result->notAttempted.join(QStringLiteral(", ")));
        m_banner->showMessage(MessageBanner::Kind::Error, text, ErrorText::detail(failed.error));
    } else {
        QString text = tr("Applied %n migration(s).", "apply summary", int(result->applied.size()));
        if (!result->skipped.isEmpty())
            text +=
                QLatin1Char(' ') +
                tr("Skipped: %1.", "apply summary; %1 = ids").arg(result->skipped.join(QStringLiteral(", ")));
        if (!result->alreadyApplied.isEmpty())
            text +=
                QLatin1Char(' ') + tr("Applied meanwhile by another runner: %1.", "apply summary; %1 = ids")
                                       .arg(result->alreadyApplied.join(QStringLiteral(", ")));
        if (result->cancelled)
            text += QLatin1Char(' ') + tr("Cancelled; not attempted: %1.", "apply summary; %1 = ids")
                                           .arg(result->notAttempted.join(QStringLiteral(", ")));
        m_banner->showMessage(result->cancelled ? MessageBanner::Kind::Warning : MessageBanner::Kind::Info,
                              text);
    }
    updateActions();
    m_refreshAgain = false;
    refresh();
    Q_EMIT applyFinished();
}

void MigrationsPage::markSelectedApplied()
{
    const esops::MigrationStatus* selected = selectedMigration();
    if (!selected)
        return;
    const QString reason = askReason().trimmed();
    if (reason.isEmpty())
        return;
    const QString id = selected->id;
    const QString dir = m_projectDir;
    BackgroundWork::withDatabase([dir, id, reason, appliedBy = m_appliedBy](QSqlDatabase& db) {
        return esops::SeedRunner(dir).markApplied(db, id, reason, appliedBy);
    }).then(this, [this, id, generation = m_generation](const Status& marked) {
        if (generation != m_generation)
            return;
        if (!marked)
            m_banner->showError(
                tr("%1 could not be marked as applied.", "migrations banner; %1 = id").arg(id),
                marked.error());
        else
            m_banner->showMessage(
                MessageBanner::Kind::Info,
                tr("%1 is recorded as applied; its steps did not run.", "migrations banner").arg(id));
        refresh();
    });
}

void MigrationsPage::createMigration()
{
    const QString slug = askSlug();
    if (slug.trimmed().isEmpty())
        return;
    // A small local file write, no database: fine on the GUI thread.
    auto created = esops::SeedScaffold::create(QDir(m_projectDir).filePath(QStringLiteral("seeds")), slug);
    if (!created)
        return m_banner->showError(tr("The migration file could not be created.", "migrations banner"),
                                   created.error());
    m_banner->showMessage(
        MessageBanner::Kind::Info,
        tr("Created %1.", "migrations banner; %1 = file").arg(QDir::toNativeSeparators(*created)));
    openFile(*created);
    refresh();
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
    m_newMigration->setText(tr("New migration…", "migrations action"));
    m_refresh->setText(tr("Refresh", "migrations action"));
    m_cancel->setText(tr("Cancel", "apply progress"));
    m_textFilter->setPlaceholderText(tr("Filter by id or description", "migrations filter"));
    fillStateFilter();
    showSummary();
    m_model->retranslate();
}

} // namespace kumiko::ui
