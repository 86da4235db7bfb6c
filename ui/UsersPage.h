#pragma once

#include "auth/AuthConfiguration.h"
#include "auth/UserOverview.h"
#include "auth/VerificationResend.h"
#include "common/Result.h"
#include "domain/Actor.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace kumiko::models {
class OutboxTableModel;
class UserFilterModel;
class UserTableModel;
} // namespace kumiko::models

namespace kumiko::ui {

class MessageBanner;
class PageHeading;

/// The Users section: users with verification state and last verification mail (filter: only
/// unverified), resend verification mails to one or many (confirmed, with progress and cancel),
/// mark an address verified with a reason, and the mail outbox with delivery status and errors.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    void setConfiguration(std::optional<auth::AuthConfiguration> configuration);
    void setActor(const domain::Actor& actor);
    /// Forgets the admin, the users, the outbox, the selection and the banner (sign-out, lock);
    /// nothing is loaded again until setActor() names the next admin. A running resend goes on.
    void clear();
    void refresh();
    /// While the database is lost the page says its data may be stale and resends and verifies nothing.
    void setConnectionLost(bool lost);
    bool isResending() const;
    /// Stops a running resend after its current address.
    void cancelResend();

    QTableView* usersView() const { return m_users; }
    QTableView* outboxView() const { return m_outbox; }
    QCheckBox* unverifiedOnly() const { return m_unverifiedOnly; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* markVerifiedButton() const { return m_markVerified; }
    MessageBanner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Selects the row of `email` (added to the selection with `add`).
    void select(const QString& email, bool add = false);

    std::function<bool(int count)> confirmResend; ///< hooks where a dialog would ask
    std::function<QString()> askReason;

Q_SIGNALS:
    void refreshed();
    void resendFinished();
    void markFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void updateActions();
    QList<auth::UserSummary> selectedUsers() const;
    void resendSelected();
    void finishResend();
    static QString reportText(const auth::ResendReport& report);
    void markSelectedVerified();

    std::optional<auth::AuthConfiguration> m_configuration;
    std::optional<domain::Actor> m_actor; ///< who resends and verifies; unset until someone signs in
    bool m_loading = false;
    bool m_connectionLost = false;
    bool m_refreshAgain = false;
    bool m_closed = false; ///< cleared: loads nothing until the next setActor()
    int m_generation = 0;  ///< ignores answers requested before the last clear()
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<Result<auth::ResendReport>> m_resendWatcher;

    PageHeading* m_heading;
    MessageBanner* m_banner;
    QCheckBox* m_unverifiedOnly;
    QLineEdit* m_filter;
    QPushButton* m_resend;
    QPushButton* m_markVerified;
    QPushButton* m_refresh;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTabWidget* m_tabs;
    models::UserTableModel* m_userModel;
    models::UserFilterModel* m_userFilter;
    QTableView* m_users;
    models::OutboxTableModel* m_outboxModel;
    QTableView* m_outbox;
};

} // namespace kumiko::ui
