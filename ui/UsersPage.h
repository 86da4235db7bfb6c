#pragma once

#include "auth/AuthConfiguration.h"
#include "auth/UserOverview.h"
#include "auth/VerificationResend.h"
#include "common/Result.h"
#include "domain/Actor.h"

#include <QFutureWatcher>
#include <QTimer>
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
class UserTableModel;
} // namespace kumiko::models

namespace kumiko::ui {

class MessageBanner;
class OutboxPanel;
class PageHeading;
class TenantPicker;
class UserAdminActions;

/// The Users section: users with verification state and last verification mail, page by page as the
/// list scrolls and filtered on the server (e-mail or name, only unverified, one tenant's members) with
/// a count that never counts a whole table; resend verification mails to the selection or to all
/// matching the filter (confirmed, with progress and cancel), mark an address verified with a reason,
/// and the mail outbox with delivery status and errors.
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
    /// Loads the first page of users for the filter, their count and the outbox again.
    void refresh();
    /// The users the filter bar asks for, from the first page.
    auth::UserQuery query() const;
    /// While the database is lost the page says its data may be stale and resends and verifies nothing.
    void setConnectionLost(bool lost);
    bool isResending() const;
    /// Stops a running resend after its current address.
    void cancelResend();

    QTableView* usersView() const { return m_users; }
    QTableView* outboxView() const;
    OutboxPanel* outboxPanel() const { return m_outboxPanel; }
    UserAdminActions* adminActions() const { return m_admin; }
    QCheckBox* unverifiedOnly() const { return m_unverifiedOnly; }
    QLineEdit* textFilter() const { return m_filter; }
    TenantPicker* tenantFilter() const { return m_tenant; }
    /// How many users match the filter ("3 users", "more than 10,000 users", "about 1,000,000 users").
    QLabel* countLabel() const { return m_count; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* resendAllButton() const { return m_resendAll; }
    QPushButton* markVerifiedButton() const { return m_markVerified; }
    MessageBanner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Selects the row of `email` (added to the selection with `add`).
    void select(const QString& email, bool add = false);

    std::function<bool(const QStringList& emails)> confirmResend; ///< hooks where a dialog would ask
    /// Asks before sending to every unverified user matching the filter; `howMany` as countLabel() says.
    std::function<bool(const QString& howMany)> confirmResendAll;
    std::function<QString()> askReason;

Q_SIGNALS:
    /// The first page of users after refresh() (or a filter change) is shown.
    void refreshed();
    /// The count for the current filter is shown.
    void counted();
    void resendFinished();
    void markFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void updateActions();
    void showTabControls();
    QList<auth::UserSummary> selectedUsers() const;
    void reloadUsers();
    void loadUsers(int generation, const QString& cursor);
    void countUsers();
    void retranslateCount();
    void loadOutbox();
    void resendSelected();
    void resendMatching();
    using ResendRun = std::function<auth::ResendReport(const auth::VerificationResend&, QSqlDatabase&,
                                                       const auth::VerificationResend::Step&)>;
    /// Runs `run` on the pool with progress (of `total`; 0: not known) and cancel.
    void startResend(const ResendRun& run, int total);
    void finishResend();
    QString reportText(const auth::ResendReport& report) const;
    /// "in 40 seconds", "in 14 minutes".
    static QString waitText(int seconds);
    void markSelectedVerified();

    std::optional<auth::AuthConfiguration> m_configuration;
    std::optional<domain::Actor> m_actor; ///< who resends and verifies; unset until someone signs in
    bool m_connectionLost = false;
    bool m_closed = false; ///< cleared: loads nothing until the next setActor()
    int m_generation = 0;  ///< ignores answers requested before the last clear()
    int m_countTicket = 0; ///< ignores counts for an older filter
    int m_outboxTicket = 0;
    std::optional<auth::UserCount> m_userCount;
    QStringList m_reselect; ///< e-mails selected before a reload, selected again as their rows come
    QTimer m_filterPause;   ///< typing in the filter reloads once it pauses
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFutureWatcher<Result<auth::ResendReport>> m_resendWatcher;

    PageHeading* m_heading;
    MessageBanner* m_banner;
    QCheckBox* m_unverifiedOnly;
    QLineEdit* m_filter;
    TenantPicker* m_tenant;
    QLabel* m_count;
    QPushButton* m_resend;
    QPushButton* m_resendAll;
    QPushButton* m_markVerified;
    QPushButton* m_refresh;
    QWidget* m_progressRow;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTabWidget* m_tabs;
    models::UserTableModel* m_userModel;
    QTableView* m_users;
    QWidget* m_userActions; ///< filter and buttons of the Users tab
    UserAdminActions* m_admin;
    OutboxPanel* m_outboxPanel;
};

} // namespace kumiko::ui
