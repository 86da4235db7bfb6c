#include "ConsistencyDialog.h"

#include "ConsistencyFindingModel.h"
#include "MessageBanner.h"
#include "common/BackgroundWork.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kumiko::ui {

ConsistencyDialog::ConsistencyDialog(QWidget* parent)
    : QDialog(parent)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_model(new models::ConsistencyFindingModel(this))
    , m_table(new QTableView(this))
    , m_again(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_again, &QPushButton::clicked, this, &ConsistencyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &ConsistencyDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ConsistencyDialog::showProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConsistencyDialog::showResult);
    resize(900, 520);
    retranslateUi();
}

ConsistencyDialog::~ConsistencyDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ConsistencyDialog::start()
{
    if (isRunning())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancelFlag;
    m_banner->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_again->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Checking every event against the read tables…", "consistency progress"));
    m_watcher.setFuture(BackgroundWork::withDatabaseReporting<Result<domain::ConsistencyReport>>(
        [cancel](QPromise<Result<domain::ConsistencyReport>>& promise, QSqlDatabase& db) {
            domain::ConsistencyCheck::Options options;
            options.cancel = cancel.get();
            options.progress = [&promise](qint64 done, qint64 estimate) {
                // The estimate is the planner's; the count may run past it.
                const int total = int(qMin<qint64>(qMax(estimate, done), std::numeric_limits<int>::max()));
                promise.setProgressRange(0, total);
                promise.setProgressValue(int(qMin<qint64>(done, total)));
            };
            promise.addResult(domain::ConsistencyCheck::run(db, options));
        }));
}

void ConsistencyDialog::showProgress()
{
    m_progress->setRange(m_watcher.progressMinimum(), m_watcher.progressMaximum());
    m_progress->setValue(m_watcher.progressValue());
    m_summary->setText(tr("Checked %1 of about %2 events…", "consistency progress")
                           .arg(QLocale().toString(m_watcher.progressValue()),
                                QLocale().toString(m_watcher.progressMaximum())));
}

void ConsistencyDialog::showResult()
{
    m_cancelFlag.reset();
    m_progress->hide();
    m_again->setEnabled(true);
    m_cancel->setEnabled(false);
    const Result<domain::ConsistencyReport> result = m_watcher.future().result();
    if (!result) {
        m_banner->showError(tr("The check could not run.", "consistency error"), result.error());
        m_summary->clear();
    } else {
        m_report = result.value();
        m_model->setFindings(m_report->findings);
        m_table->resizeColumnsToContents();
        showSummary();
    }
    Q_EMIT finished();
}

void ConsistencyDialog::showSummary()
{
    if (!m_report)
        return;
    const QLocale locale;
    QString text =
        tr("Checked %n event(s)", "consistency summary", int(m_report->events)) + QLatin1Char(' ') +
        tr("of %n aggregate(s)", "consistency summary", int(m_report->aggregates)) + QLatin1Char(' ') +
        tr("against %n read row(s).", "consistency summary", int(m_report->rows));
    if (m_report->cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before the end: what is listed is what was found so far.",
                                      "consistency summary");
    else if (m_report->clean())
        text += QLatin1Char(' ') + tr("Events and read tables agree.", "consistency summary");
    else
        text +=
            QLatin1Char(' ') + tr("%n problem(s) found.", "consistency summary", int(m_report->problems()));
    if (m_report->truncated())
        text +=
            QLatin1Char(' ') + tr("The first %n are listed; `kumiko db check --json` counts them by kind.",
                                  "consistency summary", int(m_report->findings.size()));
    m_summary->setText(text);
}

void ConsistencyDialog::reject()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    QDialog::reject();
}

void ConsistencyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConsistencyDialog::retranslateUi()
{
    setWindowTitle(tr("Database consistency", "dialog title"));
    m_again->setText(tr("Check again", "consistency action"));
    m_cancel->setText(tr("Cancel", "consistency action; stops the running check"));
    m_close->setText(tr("Close", "consistency action"));
    m_table->setAccessibleName(tr("Findings", "consistency table accessible name"));
    m_model->retranslate();
    showSummary();
}

} // namespace kumiko::ui
