#include "UserAdminActions.h"

#include "Confirmation.h"
#include "MembershipDialog.h"
#include "PasswordField.h"
#include "auth/AccountAdmin.h"
#include "auth/VerificationResend.h"
#include "common/BackgroundWork.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kumiko::ui {
namespace {

const QString kActive = QStringLiteral("active");
const QString kRestricted = QStringLiteral("restricted");

QString askPasswordInDialog(QWidget* parent, const QString& email)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(UserAdminActions::tr("Set password", "dialog title"));
    auto* field = new PasswordField(&dialog);
    field->setEmail(email);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        UserAdminActions::tr("New password for %1:", "set password dialog; %1 = e-mail").arg(email),
        &dialog));
    layout->addWidget(field);
    layout->addWidget(buttons);
    const auto updateOk = [field, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(field->isAcceptable());
    };
    QObject::connect(field, &PasswordField::changed, &dialog, updateOk);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    updateOk();
    return dialog.exec() == QDialog::Accepted ? field->password() : QString();
}

QStringList splitRoles(const QString& text)
{
    QStringList roles;
    for (const QString& role : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!role.trimmed().isEmpty())
            roles << role.trimmed();
    return roles;
}

} // namespace

UserAdminActions::UserAdminActions(QWidget* parent)
    : QWidget(parent)
    , m_newUser(new QPushButton(this))
    , m_password(new QPushButton(this))
    , m_unlock(new QPushButton(this))
    , m_status(new QPushButton(this))
    , m_roles(new QPushButton(this))
    , m_memberships(new QPushButton(this))
{
    askNewUser = [this]() -> std::optional<NewUserDialog::Input> {
        NewUserDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.input();
    };
    askPassword = [this](const QString& email) {
        return askPasswordInDialog(this, email);
    };
    askRoles = [this](const QString& email, const QStringList& current) -> std::optional<QStringList> {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Global roles", "dialog title"),
            tr("Global roles of %1, separated by commas (SystemAdmin may use this console):",
               "roles dialog; %1 = e-mail")
                .arg(email),
            QLineEdit::Normal, current.join(QStringLiteral(", ")), &ok);
        if (!ok)
            return std::nullopt;
        return splitRoles(text);
    };
    confirm = [this](const QString& title, const QString& question) {
        return Confirmation::ask(this, title, question);
    };
    openMemberships = [this](const QString& email, const domain::Actor& actor) {
        MembershipDialog dialog(email, actor, this);
        connect(&dialog, &MembershipDialog::changed, this, &UserAdminActions::changed);
        dialog.exec();
    };
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_newUser, m_password, m_unlock, m_status, m_roles, m_memberships})
        layout->addWidget(button);
    layout->addStretch(1);
    connect(m_newUser, &QPushButton::clicked, this, &UserAdminActions::createUser);
    connect(m_password, &QPushButton::clicked, this, &UserAdminActions::setPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UserAdminActions::unlock);
    connect(m_status, &QPushButton::clicked, this, &UserAdminActions::toggleStatus);
    connect(m_roles, &QPushButton::clicked, this, &UserAdminActions::changeRoles);
    connect(m_memberships, &QPushButton::clicked, this, [this] {
        if (const auth::UserSummary* user = selected(); user && m_actor)
            openMemberships(user->email, *m_actor);
    });
    retranslateUi();
}

UserAdminActions::~UserAdminActions()
{
    // QFuture::then(this, …) needs this object alive when the work ends (Qt 6.4 asserts otherwise).
    BackgroundWork::drain();
}

void UserAdminActions::setContext(const std::optional<domain::Actor>& actor,
                                  const std::optional<auth::AuthConfiguration>& configuration, bool writable)
{
    m_actor = actor;
    m_configuration = configuration;
    m_writable = writable;
    updateButtons();
}

void UserAdminActions::setSelection(const QList<auth::UserSummary>& users)
{
    m_selection = users;
    updateButtons();
}

const auth::UserSummary* UserAdminActions::selected() const
{
    return m_selection.size() == 1 ? &m_selection.first() : nullptr;
}

void UserAdminActions::updateButtons()
{
    const bool canWrite = m_actor.has_value() && m_writable && !m_busy;
    const bool one = canWrite && selected();
    m_newUser->setEnabled(canWrite);
    for (QPushButton* button : {m_password, m_unlock, m_status, m_roles, m_memberships})
        button->setEnabled(one);
    m_status->setText(selected() && selected()->status == kRestricted
                          ? tr("Enable", "user action: allow sign-in again")
                          : tr("Disable…", "user action: block sign-in"));
}

void UserAdminActions::write(std::function<Status(QSqlDatabase&)> work, const QString& done,
                             const QString& what)
{
    m_busy = true;
    updateButtons();
    BackgroundWork::withDatabase(std::move(work)).then(this, [this, done, what](const Status& status) {
        m_busy = false;
        updateButtons();
        if (!status)
            return Q_EMIT failed(what, status.error());
        Q_EMIT changed(done);
    });
}

void UserAdminActions::createUser()
{
    if (!m_actor)
        return;
    const std::optional<NewUserDialog::Input> input = askNewUser();
    if (!input)
        return;
    const QString email = input->user.email;
    const QString question =
        input->sendVerification
            ? tr("Create the user %1 without a password and send a verification mail?",
                 "new user confirmation")
                  .arg(email)
            : tr("Create the user %1 with the password entered?", "new user confirmation").arg(email);
    if (!confirm(tr("New user", "dialog title"), question))
        return;
    if (input->sendVerification && !m_configuration)
        return Q_EMIT failed(tr("%1 was not created.", "users banner; %1 = e-mail").arg(email),
                             Error::make(ErrorCode::NotConfigured,
                                         QStringLiteral("the project's mail settings could not be loaded")));
    std::optional<auth::VerificationResend> resend;
    if (input->sendVerification)
        resend.emplace(m_configuration->auth, m_configuration->mail);
    write(
        [input = *input, resend, actor = *m_actor](QSqlDatabase& db) -> Status {
            auto id = auth::AccountAdmin::createUser(db, input.user, actor);
            if (!id)
                return id.error();
            if (!resend)
                return {};
            const auth::ResendReport report = resend->run(db, {input.user.email}, actor, {});
            if (report.failed)
                return *report.failed;
            return {};
        },
        input->sendVerification
            ? tr("Created %1; a verification mail is queued.", "users banner; %1 = e-mail").arg(email)
            : tr("Created %1.", "users banner; %1 = e-mail").arg(email),
        tr("%1 was not created.", "users banner; %1 = e-mail").arg(email));
}

void UserAdminActions::setPassword()
{
    const auth::UserSummary* user = selected();
    if (!user || !m_actor)
        return;
    const QString email = user->email;
    const QString password = askPassword(email);
    if (password.isEmpty() ||
        !confirm(tr("Set password", "dialog title"),
                 tr("Replace the password of %1? The old one stops working at once.", "password confirmation")
                     .arg(email)))
        return;
    write(
        [email, password, actor = *m_actor](QSqlDatabase& db) -> Status {
            auto id = auth::AccountAdmin::setPassword(db, email, password, actor);
            return id ? Status() : Status(id.error());
        },
        tr("The password of %1 is set.", "users banner; %1 = e-mail").arg(email),
        tr("The password of %1 was not set.", "users banner; %1 = e-mail").arg(email));
}

void UserAdminActions::unlock()
{
    const auth::UserSummary* user = selected();
    if (!user || !m_actor ||
        !confirm(tr("Unlock", "dialog title"),
                 tr("Lift the sign-in lockout of %1 and forget the failed attempts?", "unlock confirmation")
                     .arg(user->email)))
        return;
    write(
        [email = user->email, actor = *m_actor](QSqlDatabase& db) -> Status {
            auto unlocked = auth::AccountAdmin::unlock(db, email, actor);
            return unlocked ? Status() : Status(unlocked.error());
        },
        tr("%1 can sign in again.", "users banner; %1 = e-mail").arg(user->email),
        tr("%1 was not unlocked.", "users banner; %1 = e-mail").arg(user->email));
}

void UserAdminActions::toggleStatus()
{
    const auth::UserSummary* user = selected();
    if (!user || !m_actor)
        return;
    const bool enable = user->status == kRestricted;
    const QString email = user->email;
    const QString question =
        enable ? tr("Allow %1 to sign in again?", "status confirmation").arg(email)
               : tr("Disable %1? The user can no longer sign in until enabled again.", "status confirmation")
                     .arg(email);
    if (!confirm(enable ? tr("Enable user", "dialog title") : tr("Disable user", "dialog title"), question))
        return;
    write([email, status = enable ? kActive : kRestricted, actor = *m_actor](
              QSqlDatabase& db) { return auth::AccountAdmin::setStatus(db, email, status, actor); },
          enable ? tr("%1 is enabled.", "users banner; %1 = e-mail").arg(email)
                 : tr("%1 is disabled.", "users banner; %1 = e-mail").arg(email),
          tr("The status of %1 was not changed.", "users banner; %1 = e-mail").arg(email));
}

void UserAdminActions::changeRoles()
{
    const auth::UserSummary* user = selected();
    if (!user || !m_actor)
        return;
    const QString email = user->email;
    const std::optional<QStringList> roles = askRoles(email, user->roles);
    if (!roles)
        return;
    const QString list =
        roles->isEmpty() ? tr("no role", "roles confirmation") : roles->join(QStringLiteral(", "));
    if (!confirm(tr("Global roles", "dialog title"),
                 tr("Give %1 the global roles: %2?", "roles confirmation; %1 = e-mail").arg(email, list)))
        return;
    write([email, roles = *roles, actor = *m_actor](
              QSqlDatabase& db) { return auth::AccountAdmin::setRoles(db, email, roles, actor); },
          tr("%1 has the global roles: %2.", "users banner; %1 = e-mail").arg(email, list),
          tr("The roles of %1 were not changed.", "users banner; %1 = e-mail").arg(email));
}

void UserAdminActions::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UserAdminActions::retranslateUi()
{
    m_newUser->setText(tr("New user…", "user action"));
    m_password->setText(tr("Set password…", "user action"));
    m_unlock->setText(tr("Unlock…", "user action: lift the sign-in lockout"));
    m_roles->setText(tr("Roles…", "user action"));
    m_memberships->setText(tr("Memberships…", "user action: tenant memberships"));
    updateButtons();
}

} // namespace kumiko::ui
