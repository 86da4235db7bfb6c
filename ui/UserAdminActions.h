#pragma once

#include "NewUserDialog.h"
#include "auth/AuthConfiguration.h"
#include "auth/UserOverview.h"
#include "common/Error.h"
#include "common/Result.h"
#include "domain/Actor.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;

namespace kumiko::ui {

/// The Users page's administration buttons: new user, set password, unlock, enable/disable, roles
/// and tenant memberships. Each asks first, naming the user, and is written by the signed-in admin
/// through auth::AccountAdmin and domain::MembershipRoles, the services the CLI uses.
class UserAdminActions : public QWidget
{
    Q_OBJECT

public:
    explicit UserAdminActions(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~UserAdminActions() override;

    /// Who writes (none: every action is disabled), the project's settings (the verification mail
    /// of a user created without password) and whether the database can be written now.
    void setContext(const std::optional<domain::Actor>& actor,
                    const std::optional<auth::AuthConfiguration>& configuration, bool writable);
    /// The users the actions apply to (all but *New user* need exactly one).
    void setSelection(const QList<auth::UserSummary>& users);

    QPushButton* newUserButton() const { return m_newUser; }
    QPushButton* passwordButton() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* statusButton() const { return m_status; }
    QPushButton* rolesButton() const { return m_roles; }
    QPushButton* membershipsButton() const { return m_memberships; }

    /// Where a dialog would ask; tests replace them. Empty / nullopt: cancelled.
    std::function<std::optional<NewUserDialog::Input>()> askNewUser;
    std::function<QString(const QString& email)> askPassword;
    std::function<std::optional<QStringList>(const QString& email, const QStringList& current)> askRoles;
    std::function<bool(const QString& title, const QString& question)> confirm;
    std::function<void(const QString& email, const domain::Actor& actor)> openMemberships;

Q_SIGNALS:
    /// A user was changed; `message` says how (the page shows it and reloads).
    void changed(const QString& message);
    void failed(const QString& what, const kumiko::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    const auth::UserSummary* selected() const;
    void createUser();
    void setPassword();
    void unlock();
    void toggleStatus();
    void changeRoles();
    /// Runs `work` on the pool; reports `done` or the error after `what`.
    void write(std::function<Status(QSqlDatabase&)> work, const QString& done, const QString& what);

    std::optional<domain::Actor> m_actor;
    std::optional<auth::AuthConfiguration> m_configuration;
    bool m_writable = false;
    bool m_busy = false;
    QList<auth::UserSummary> m_selection;
    QPushButton* m_newUser;
    QPushButton* m_password;
    QPushButton* m_unlock;
    QPushButton* m_status;
    QPushButton* m_roles;
    QPushButton* m_memberships;
};

} // namespace kumiko::ui
