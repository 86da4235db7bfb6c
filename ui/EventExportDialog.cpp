#include "EventExportDialog.h"

#include "MessageBanner.h"
#include "common/BackgroundWork.h"
#include "eventstore/EventExport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <limits>

namespace kumiko::ui {

using es::EventExport;

EventExportDialog::EventExportDialog(const es::EventFilter& filter, QWidget* parent)
    : QDialog(parent)
    , m_filter(filter)
    , m_banner(new MessageBanner(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…", "export dialog"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_export(new QPushButton(tr("Export", "export dialog button"), this))
    , m_cancel(new QPushButton(tr("Cancel", "export dialog button"), this))
{
    setWindowTitle(tr("Export events", "dialog title"));
    m_format->addItem(tr("JSON Lines (.jsonl)", "export format"), QStringLiteral("jsonl"));
    m_format->addItem(tr("CSV (.csv)", "export format"), QStringLiteral("csv"));
    m_path->setText(QDir::home().filePath(QStringLiteral("kumiko-events.jsonl")));
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format", "export dialog"), m_format);
    form->addRow(tr("File", "export dialog"), pathRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Every event the filter matches, oldest first; secret members stay masked.", "export dialog"),
        this));
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addLayout(buttons);
    connect(m_browse, &QPushButton::clicked, this, &EventExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &EventExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &EventExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &EventExportDialog::updateButtons);
    // The file name follows the format while it still has the other one's extension.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString extension = QLatin1Char('.') + m_format->currentData().toString();
        for (const QString& other : {QStringLiteral(".jsonl"), QStringLiteral(".csv")})
            if (m_path->text().endsWith(other))
                m_path->setText(m_path->text().chopped(other.size()) + extension);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int written) {
        m_progressText->setText(tr("%n event(s) written…", "export progress", written));
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &EventExportDialog::finish);
    updateButtons();
}

EventExportDialog::~EventExportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void EventExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export events", "dialog title"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

void EventExportDialog::updateButtons()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_format->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
}

void EventExportDialog::start()
{
    const auto format = EventExport::parseFormat(m_format->currentData().toString());
    const QString path = m_path->text().trimmed();
    if (!format || path.isEmpty())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_banner->clear();
    m_progress->show();
    m_progressText->setText(tr("Exporting…", "export progress"));
    m_watcher.setFuture(BackgroundWork::withDatabaseReporting<Result<qint64>>(
        [filter = m_filter, format = *format, path, cancel = m_cancelFlag](QPromise<Result<qint64>>& promise,
                                                                           QSqlDatabase& db) {
            promise.setProgressRange(0, std::numeric_limits<int>::max());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                promise.addResult(
                    Error::make(ErrorCode::WriteFailed,
                                QStringLiteral("cannot write %1: %2").arg(path, file.errorString())));
                return;
            }
            promise.addResult(EventExport::run(db, filter, format, file, [&](qint64 written) {
                promise.setProgressValue(int(std::min<qint64>(written, std::numeric_limits<int>::max())));
                return !cancel->load();
            }));
        }));
    updateButtons();
}

void EventExportDialog::finish()
{
    m_progress->hide();
    const bool cancelled = m_cancelFlag && m_cancelFlag->load();
    m_cancelFlag.reset();
    const Result<qint64> result = m_watcher.future().result();
    if (!result) {
        m_progressText->clear();
        m_banner->showError(tr("The events were not exported.", "export banner"), result.error());
    } else if (cancelled) {
        // Half an export looks whole to whoever opens it later.
        QFile::remove(m_path->text().trimmed());
        m_progressText->setText(tr("Export cancelled; the file was removed.", "export progress"));
    } else {
        m_progressText->setText(tr("Exported %n event(s) to %1.", "export progress; %1 = file", int(*result))
                                    .arg(QDir::toNativeSeparators(m_path->text().trimmed())));
    }
    updateButtons();
    Q_EMIT exportFinished(result && !cancelled);
}

void EventExportDialog::reject()
{
    // The first Cancel stops a running export; closing waits for that.
    if (isRunning()) {
        m_cancelFlag->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace kumiko::ui
