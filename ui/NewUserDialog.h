#pragma once

#include "auth/AccountAdmin.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace kumiko::ui {

class PasswordField;

/// Asks for a new user: address, display name, locale, and either an initial password (with
/// strength feedback) or none and a verification mail.
class NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    struct Input
    {
        auth::AccountAdmin::NewUser user;
        bool sendVerification = false; ///< no password: a verification mail follows
    };

    explicit NewUserDialog(QWidget* parent = nullptr);

    Input input() const;

private:
    void updateOk();

    QLineEdit* m_email;
    QLineEdit* m_name;
    QComboBox* m_locale;
    QRadioButton* m_withPassword;
    QRadioButton* m_withMail;
    PasswordField* m_password;
    QDialogButtonBox* m_buttons;
};

} // namespace kumiko::ui
