#include "PasswordField.h"

#include "StatusPalette.h"
#include "auth/AccountAdmin.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kumiko::ui {

using Level = auth::PasswordStrength::Level;
using Tone = models::StatusPalette::Tone;

PasswordField::PasswordField(QWidget* parent)
    : QWidget(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_feedback->setWordWrap(true);
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Password", "password field label"), m_password);
    layout->addRow(tr("Repeat", "password field label"), m_repeat);
    layout->addRow(QString(), m_feedback);
    for (QLineEdit* edit : {m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            showFeedback();
            Q_EMIT changed();
        });
    showFeedback();
}

void PasswordField::setEmail(const QString& email)
{
    m_email = email;
    showFeedback();
}

QString PasswordField::password() const
{
    return m_password->text();
}

bool PasswordField::isAcceptable() const
{
    return auth::PasswordStrength::rate(password(), m_email) != Level::TooShort &&
           m_repeat->text() == password();
}

void PasswordField::showFeedback()
{
    QString text;
    Tone tone = Tone::Neutral;
    switch (auth::PasswordStrength::rate(password(), m_email)) {
    case Level::TooShort:
        text = tr("Too short: at least %n characters.", "password strength",
                  auth::AccountAdmin::MinPasswordLength);
        tone = Tone::Error;
        break;
    case Level::Weak:
        text = tr("Weak: easy to guess. Longer, with digits and symbols, is better.", "password strength");
        tone = Tone::Warning;
        break;
    case Level::Fair:
        text = tr("Fair: 12 characters or more of three kinds would be strong.", "password strength");
        tone = Tone::Neutral;
        break;
    case Level::Strong:
        text = tr("Strong.", "password strength");
        tone = Tone::Ok;
        break;
    }
    if (!m_repeat->text().isEmpty() && m_repeat->text() != password())
        text += QLatin1Char(' ') + tr("The two entries differ.", "password strength");
    m_feedback->setText(text);
    QPalette palette = m_feedback->palette();
    palette.setColor(QPalette::WindowText, models::StatusPalette::text(tone));
    m_feedback->setPalette(palette);
}

} // namespace kumiko::ui
