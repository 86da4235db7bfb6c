#include "MigrationDetailView.h"

#include "ColumnFit.h"
#include "ErrorText.h"
#include "SeedAttemptModel.h"
#include "StatusPalette.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

namespace kumiko::ui {
namespace {

QTreeWidgetItem* eventItem(const es::StoredEvent& event)
{
    auto* item = new QTreeWidgetItem;
    item->setText(0, event.type);
    item->setText(
        2, QStringLiteral("%1  %2").arg(event.aggregateId, QString::fromStdString(event.payload.dump())));
    item->setToolTip(2, QString::fromStdString(event.payload.dump(2)));
    return item;
}

} // namespace

MigrationDetailView::MigrationDetailView(QWidget* parent)
    : QTabWidget(parent)
    , m_steps(new QPlainTextEdit(this))
    , m_storedChecksum(new QLabel(this))
    , m_currentChecksum(new QLabel(this))
    , m_checksumVerdict(new QLabel(this))
    , m_storedChecksumLabel(new QLabel(this))
    , m_currentChecksumLabel(new QLabel(this))
    , m_attemptModel(new models::SeedAttemptModel(this))
    , m_attempts(new QTableView(this))
    , m_plan(new QTreeWidget(this))
    , m_showEvents(new QPushButton(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_steps->setReadOnly(true);
    m_steps->setFont(fixed);
    m_steps->setLineWrapMode(QPlainTextEdit::NoWrap);
    for (QLabel* checksum : {m_storedChecksum, m_currentChecksum}) {
        checksum->setFont(fixed);
        checksum->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_checksumVerdict->setWordWrap(true);
    auto* checksums = new QWidget(this);
    auto* form = new QFormLayout(checksums);
    form->addRow(m_storedChecksumLabel, m_storedChecksum);
    form->addRow(m_currentChecksumLabel, m_currentChecksum);
    form->addRow(m_checksumVerdict);
    m_attempts->setModel(m_attemptModel);
    m_attempts->verticalHeader()->setVisible(false);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->setWordWrap(false);
    m_plan->setColumnCount(3);
    m_plan->setUniformRowHeights(true);
    ColumnFit::keepFitted(m_attempts);
    ColumnFit::keepFitted(m_plan);
    addTab(m_steps, QString());
    addTab(checksums, QString());
    addTab(m_attempts, QString());
    addTab(m_plan, QString());
    m_showEvents->setEnabled(false);
    setCornerWidget(m_showEvents, Qt::TopRightCorner);
    connect(m_showEvents, &QPushButton::clicked, this, [this] {
        if (m_migration)
            emit eventsRequested(esops::SeedRunner::correlationIdOf(m_migration->id), m_migration->id);
    });
    retranslateUi();
}

void MigrationDetailView::showMigration(const esops::MigrationStatus* migration)
{
    m_migration = migration ? std::optional(*migration) : std::nullopt;
    // The file exactly as written: line and column in error messages refer to it.
    m_attemptModel->setAttempts({});
    m_plan->clear();
    m_steps->setPlainText(m_migration && m_migration->file ? QString::fromUtf8(m_migration->file->content)
                                                           : QString());
    m_showEvents->setEnabled(m_migration && m_migration->isApplied());
    showChecksums();
}

void MigrationDetailView::setAttempts(const QList<esops::SeedAttempt>& attempts)
{
    m_attemptModel->setAttempts(attempts);
    m_attempts->resizeColumnsToContents();
}

void MigrationDetailView::setPlanBusy()
{
    m_plan->clear();
    new QTreeWidgetItem(m_plan, {tr("Planning…", "plan tree placeholder")});
    setCurrentIndex(PlanTab);
}

void MigrationDetailView::setPlan(const esops::PlanReport& plan)
{
    m_plan->clear();
    for (const esops::PlannedMigration& migration : plan.migrations) {
        auto* top = new QTreeWidgetItem(m_plan, {migration.id});
        if (migration.skipped)
            top->setText(1, tr("skipped", "plan: migration skipped by its flag"));
        for (const esops::StepReport& step : migration.steps) {
            auto* item = new QTreeWidgetItem(top, {tr("steps[%1] %2", "plan step; %1 = index, %2 = operation")
                                                       .arg(step.index)
                                                       .arg(esops::SeedStep::opName(step.op)),
                                                   esops::StepReport::actionName(step.action)});
            for (const es::StoredEvent& event : step.events)
                item->addChild(eventItem(event));
        }
        if (migration.failed) {
            auto* failure = new QTreeWidgetItem(
                top,
                {migration.failed->step ? tr("steps[%1] fails", "plan").arg(*migration.failed->step)
                                        : tr("fails", "plan"),
                 ErrorText::summary(migration.failed->error), ErrorText::detail(migration.failed->error)});
            failure->setForeground(0, models::StatusPalette::text(models::StatusPalette::Tone::Error));
            failure->setForeground(1, models::StatusPalette::text(models::StatusPalette::Tone::Error));
        }
    }
    if (plan.migrations.isEmpty())
        new QTreeWidgetItem(m_plan,
                            {tr("Nothing to plan: no migration is pending.", "plan tree placeholder")});
    m_plan->expandAll();
    m_plan->resizeColumnToContents(0);
    m_plan->resizeColumnToContents(1);
    setCurrentIndex(PlanTab);
}

void MigrationDetailView::setPlanError(const Error& error)
{
    m_plan->clear();
    auto* item = new QTreeWidgetItem(
        m_plan, {tr("No plan", "plan tree"), ErrorText::summary(error), ErrorText::detail(error)});
    item->setForeground(1, models::StatusPalette::text(models::StatusPalette::Tone::Error));
    m_plan->resizeColumnToContents(0);
    setCurrentIndex(PlanTab);
}

void MigrationDetailView::showChecksums()
{
    const QString current = m_migration && m_migration->file ? m_migration->file->checksum : QString();
    const QString stored = m_migration ? m_migration->recordedChecksum : QString();
    m_currentChecksum->setText(current.isEmpty() ? tr("– (no file)", "checksum") : current);
    m_storedChecksum->setText(stored.isEmpty() ? tr("– (not recorded)", "checksum") : stored);
    if (!m_migration)
        m_checksumVerdict->clear();
    else if (stored.isEmpty() || current.isEmpty())
        m_checksumVerdict->setText(tr("Nothing to compare.", "checksum verdict"));
    else if (stored == current)
        m_checksumVerdict->setText(tr("✓ The file is unchanged since it was applied.", "checksum verdict"));
    else
        m_checksumVerdict->setText(
            tr("⚠ The file has changed since it was applied; the change will not run again.",
               "checksum verdict"));
}

void MigrationDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void MigrationDetailView::retranslateUi()
{
    setTabText(StepsTab, tr("Steps", "migration detail tab"));
    setTabText(ChecksumTab, tr("Checksum", "migration detail tab"));
    setTabText(AttemptsTab, tr("Attempts", "migration detail tab"));
    setTabText(PlanTab, tr("Plan", "migration detail tab"));
    m_showEvents->setText(tr("Show events", "migration detail action"));
    m_showEvents->setToolTip(tr("The events this migration wrote, on the Events page (they share its "
                                "correlation id)",
                                "migration detail action tooltip"));
    m_showEvents->setAccessibleName(m_showEvents->text());
    m_storedChecksumLabel->setText(tr("Recorded when applied:", "checksum form"));
    m_currentChecksumLabel->setText(tr("File now:", "checksum form"));
    m_plan->setHeaderLabels({tr("Migration / step / event", "plan column"), tr("Action", "plan column"),
                             tr("Aggregate / payload", "plan column")});
    m_attemptModel->retranslate();
    m_steps->setAccessibleName(tr("Steps of the migration", "migration detail, for screen readers"));
    m_steps->setAccessibleDescription(
        tr("The migration file exactly as written", "migration detail, for screen readers"));
    m_attempts->setAccessibleName(tr("Attempts", "migration detail tab"));
    m_plan->setAccessibleName(tr("Plan", "migration detail tab"));
    m_plan->setAccessibleDescription(tr("Dry run: per step the action and the events it would write",
                                        "migration detail, for screen readers"));
    showChecksums();
}

} // namespace kumiko::ui
