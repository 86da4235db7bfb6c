#pragma once

#include "common/Result.h"
#include "eventstore/EventTypes.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kumiko::ui {

class MessageBanner;

/// *Export…* of the Events page: every event the page's filter matches, to a JSON Lines or CSV file,
/// in the background with a running count and *Cancel* (es::EventExport, as `kumiko events export`).
class EventExportDialog : public QDialog
{
    Q_OBJECT

public:
    EventExportDialog(const es::EventFilter& filter, QWidget* parent = nullptr);
    ~EventExportDialog() override;

    QComboBox* formatChoice() const { return m_format; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* progressText() const { return m_progressText; }
    MessageBanner* banner() const { return m_banner; }
    /// True until the result is shown: the future finishes before its watcher reports it.
    bool isRunning() const { return m_cancelFlag != nullptr; }

Q_SIGNALS:
    void exportFinished(bool complete);

protected:
    void reject() override;

private:
    void browse();
    void start();
    void finish();
    void updateButtons();

    es::EventFilter m_filter;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<Result<qint64>> m_watcher;
    MessageBanner* m_banner;
    QComboBox* m_format;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_export;
    QPushButton* m_cancel;
};

} // namespace kumiko::ui
