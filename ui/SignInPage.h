#pragma once

#include "auth/AuthConfiguration.h"
#include "auth/SignInService.h"
#include "auth/VerificationService.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kumiko::ui {

class MessageBanner;

/// The console's sign-in screen, including upstream's "send verification mail again" flow.
///
/// Sign-in and the resend request run on BackgroundWork; the page only renders their outcomes.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget* parent = nullptr);
    /// Waits for its running background work, whose result is delivered through this object.
    ~SignInPage() override;

    /// Settings from the project's kumiko.json; sign-in is refused with a banner until they are set.
    void setConfiguration(const auth::AuthConfiguration& configuration);
    /// Clears the form and every banner, e.g. after signing out.
    void reset();
    /// The idle lock: a cleared form that only takes the password of `email`.
    void lockFor(const QString& email);

Q_SIGNALS:
    void signedIn(const kumiko::auth::SignInOutcome& outcome, const QString& email);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class ResendState
    {
        Hidden,
        Offered,
        Sending,
        RateLimited,
        Failed
    };

    void submit();
    void showOutcome(const auth::SignInOutcome& outcome, const QString& email);
    void showError(const Error& error);
    void requestVerificationMail();
    void showResendResult(const Result<auth::VerificationRequestOutcome>& result);
    void setResendState(ResendState state);
    void updateResendVisibility();
    void tickCountdown();
    void setBusy(bool busy);
    void retranslateUi();
    QString reasonText(const auth::SignInOutcome& outcome) const;

    std::optional<auth::AuthConfiguration> m_configuration;
    QString m_lockedEmail; ///< set while the page unlocks the console for this admin only
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QPushButton* m_submit;
    MessageBanner* m_banner;
    QPushButton* m_resendLink; ///< looks like a link, works like a button: Tab, Enter and Space
    QLabel* m_resendHint;
    QTimer m_countdown;

    std::optional<auth::SignInOutcome> m_lastOutcome; ///< shown in the banner
    QString m_failedEmail;                            ///< exact text of the attempt that was not verified
    ResendState m_resendState = ResendState::Hidden;
    int m_secondsToWait = 0;
    bool m_infoShown = false;
    int m_attempt = 0; ///< ignores answers of attempts that a newer one replaced
};

} // namespace kumiko::ui
