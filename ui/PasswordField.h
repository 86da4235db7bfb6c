#pragma once

#include "auth/PasswordStrength.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kumiko::ui {

/// A new password typed twice, with feedback on its strength and on whether both match.
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget* parent = nullptr);

    /// The account's address: a password containing its name counts as weak.
    void setEmail(const QString& email);
    QString password() const;
    /// Long enough and typed the same twice.
    bool isAcceptable() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* feedback() const { return m_feedback; }

Q_SIGNALS:
    void changed();

private:
    void showFeedback();

    QString m_email;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_feedback;
};

} // namespace kumiko::ui
