#pragma once

#include "common/Error.h"
#include "domain/Actor.h"
#include "mail/MailOutbox.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace kumiko::models {
class OutboxTableModel;
}

namespace kumiko::ui {

/// The Users page's Mail outbox tab: the newest mails with their delivery state; *Deliver now*,
/// *Retry* (failed mails), *Cancel* (queued mails, confirmed by recipient) and a preview of the
/// selected mail (subject, text and HTML part, the token of its link masked).
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~OutboxPanel() override;

    void setMails(const QList<mail::OutboxEntry>& mails);
    /// Who cancels; none (signed out) or `writable` false (connection lost) disables the actions.
    void setActor(const std::optional<domain::Actor>& actor, bool writable);
    void clear();

    QTableView* view() const { return m_view; }
    QPushButton* deliverNowButton() const { return m_deliverNow; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* previewSubject() const { return m_subject; }
    QPlainTextEdit* previewText() const { return m_text; }
    QTextBrowser* previewHtml() const { return m_html; }
    /// Selects the mail with outbox id `id`.
    void select(qint64 id);

    std::function<bool(const QString& title, const QString& question)>
        confirm; ///< a dialog; tests replace it

Q_SIGNALS:
    void deliverRequested();
    /// Mails were cancelled or queued again; `message` says which.
    void changed(const QString& message);
    void failed(const QString& what, const kumiko::Error& error);
    void previewShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<mail::OutboxEntry> selectedMails() const;
    QList<qint64> selectedIds(mail::MailStatus status, QStringList* recipients = nullptr) const;
    void updateActions();
    void cancelSelected();
    void retrySelected();
    void showPreview();
    void retranslateUi();

    std::optional<domain::Actor> m_actor;
    bool m_writable = false;
    int m_previewRequest = 0;
    models::OutboxTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_deliverNow;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QLabel* m_subject;
    QTabWidget* m_parts;
    QPlainTextEdit* m_text;
    QTextBrowser* m_html;
};

} // namespace kumiko::ui
