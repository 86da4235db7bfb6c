#include "NewUserDialog.h"

#include "PasswordField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kumiko::ui {

NewUserDialog::NewUserDialog(QWidget* parent)
    : QDialog(parent)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_locale(new QComboBox(this))
    , m_withPassword(new QRadioButton(tr("Set an initial password", "new user dialog"), this))
    , m_withMail(new QRadioButton(tr("No password; send a verification mail", "new user dialog"), this))
    , m_password(new PasswordField(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New user", "dialog title"));
    m_locale->addItem(tr("No preference", "locale choice"), QString());
    m_locale->addItem(tr("German", "locale choice"), QStringLiteral("de"));
    m_locale->addItem(tr("English", "locale choice"), QStringLiteral("en"));
    m_withPassword->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create", "new user dialog button"));
    auto* form = new QFormLayout;
    form->addRow(tr("E-mail", "new user dialog"), m_email);
    form->addRow(tr("Display name", "new user dialog"), m_name);
    form->addRow(tr("Language of mails", "new user dialog"), m_locale);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_withPassword);
    layout->addWidget(m_password);
    layout->addWidget(m_withMail);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, m_password, &PasswordField::setEmail);
    for (QLineEdit* edit : {m_email, m_name})
        connect(edit, &QLineEdit::textChanged, this, &NewUserDialog::updateOk);
    connect(m_password, &PasswordField::changed, this, &NewUserDialog::updateOk);
    connect(m_withPassword, &QRadioButton::toggled, this, [this](bool on) {
        m_password->setEnabled(on);
        updateOk();
    });
    updateOk();
}

NewUserDialog::Input NewUserDialog::input() const
{
    Input input;
    input.user.email = m_email->text().trimmed();
    input.user.displayName = m_name->text().trimmed();
    input.user.locale = m_locale->currentData().toString();
    if (m_withPassword->isChecked())
        input.user.password = m_password->password();
    input.sendVerification = m_withMail->isChecked();
    return input;
}

void NewUserDialog::updateOk()
{
    const bool addressGiven =
        m_email->text().contains(QLatin1Char('@')) && !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(addressGiven && (m_withMail->isChecked() || m_password->isAcceptable()));
}

} // namespace kumiko::ui
