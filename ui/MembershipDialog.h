#pragma once

#include "OwnWork.h"
#include "common/Error.h"
#include "domain/Actor.h"
#include "domain/MembershipRoles.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kumiko::ui {

class MessageBanner;
class TenantPicker;

/// One user's tenant memberships: grant roles in a tenant, change them, revoke the membership;
/// each asks first, naming the user and the tenant, and is written as the signed-in admin. The tenant
/// is searched on the server as one types, so a million tenants cost no more than ten.
class MembershipDialog : public QDialog
{
    Q_OBJECT

public:
    MembershipDialog(QString email, domain::Actor actor, QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~MembershipDialog() override;

    /// Reads the memberships again (the dialog does so when it opens).
    void reload();

    QTableWidget* table() const { return m_table; }
    TenantPicker* tenantPicker() const { return m_tenant; }
    QLineEdit* rolesEdit() const { return m_roles; }
    QPushButton* grantButton() const { return m_grant; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* revokeButton() const { return m_revoke; }
    MessageBanner* banner() const { return m_banner; }

    std::function<bool(const QString& title, const QString& question)>
        confirm; ///< a dialog; tests replace it

Q_SIGNALS:
    void loaded();
    /// A membership changed; `message` says how.
    void changed(const QString& message);

private:
    enum class Action
    {
        Grant,
        Set,
        Revoke,
    };
    QStringList roles() const;
    void run(Action action);
    void updateButtons();

    QString m_email;
    domain::Actor m_actor;
    bool m_busy = false;
    MessageBanner* m_banner;
    QTableWidget* m_table;
    TenantPicker* m_tenant;
    QLineEdit* m_roles;
    QPushButton* m_grant;
    QPushButton* m_set;
    QPushButton* m_revoke;
    OwnWork m_work;
};

} // namespace kumiko::ui
