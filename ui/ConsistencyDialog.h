#pragma once

#include "common/Result.h"
#include "domain/ConsistencyCheck.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kumiko::models {
class ConsistencyFindingModel;
}

namespace kumiko::ui {

class MessageBanner;

/// The console's Health view: runs `db check` (domain::ConsistencyCheck) in the background with
/// progress and Cancel, and lists what it found.
class ConsistencyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsistencyDialog(QWidget* parent = nullptr);
    ~ConsistencyDialog() override;

    /// Starts a check (again); the previous result stays until the new one is in.
    void start();
    /// True until the result is shown: the future finishes before its watcher reports it.
    bool isRunning() const { return m_cancelFlag != nullptr; }

    QLabel* summary() const { return m_summary; }
    QTableView* table() const { return m_table; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* checkAgainButton() const { return m_again; }
    MessageBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void showProgress();
    void showResult();
    void showSummary();

    QFutureWatcher<Result<domain::ConsistencyReport>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::optional<domain::ConsistencyReport> m_report;
    MessageBanner* m_banner;
    QLabel* m_summary;
    QProgressBar* m_progress;
    models::ConsistencyFindingModel* m_model;
    QTableView* m_table;
    QPushButton* m_again;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace kumiko::ui
