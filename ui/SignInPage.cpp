#include "SignInPage.h"

#include "ErrorText.h"
#include "LocalTime.h"
#include "MessageBanner.h"
#include "common/BackgroundWork.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace kumiko::ui {
namespace {

// Looks like a link (flat, underlined, in the palette's link colour) and keeps what a button has: Tab
// reaches it, its focus frame shows, Space and Enter trigger it.
void styleAsLink(QPushButton* button)
{
    button->setFlat(true);
    button->setAutoDefault(true);
    button->setCursor(Qt::PointingHandCursor);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(palette);
}

} // namespace

SignInPage::SignInPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_submit(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_resendLink(new QPushButton(this))
    , m_resendHint(new QLabel(this))
{
    setObjectName(QStringLiteral("signInPage"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_banner->setObjectName(QStringLiteral("signInBanner"));
    m_resendLink->setObjectName(QStringLiteral("resendLink"));
    m_resendHint->setObjectName(QStringLiteral("resendHint"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_submit->setDefault(true);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    styleAsLink(m_resendLink);
    m_resendHint->setWordWrap(true);
    // The feedback rows keep their place while hidden, so nothing below them moves when they appear.
    for (QWidget* feedback : {static_cast<QWidget*>(m_resendLink), static_cast<QWidget*>(m_resendHint)}) {
        QSizePolicy policy = feedback->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        feedback->setSizePolicy(policy);
    }

    auto* form = new QFormLayout;
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    auto* card = new QWidget(this);
    card->setFixedWidth(460); // fixed, so wrapped banner texts get their full height
    // The form comes first and the feedback below it: a banner or the resend offer appearing never
    // moves the fields or the button.
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_intro);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_submit, 0, Qt::AlignRight);
    cardLayout->addWidget(m_banner);
    cardLayout->addWidget(m_resendLink, 0, Qt::AlignLeft);
    cardLayout->addWidget(m_resendHint);
    cardLayout->addStretch(1);
    // The card's top stays at a quarter of the height however tall its feedback grows.
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 3, Qt::AlignHCenter);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_submit);
    setTabOrder(m_submit, m_resendLink);

    connect(m_submit, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_email, &QLineEdit::textChanged, this, &SignInPage::updateResendVisibility);
    connect(m_resendLink, &QPushButton::clicked, this, &SignInPage::requestVerificationMail);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInPage::tickCountdown);

    retranslateUi();
    setResendState(ResendState::Hidden);
}

SignInPage::~SignInPage()
{
    // QFuture::then(this, …) needs this object alive when the work ends (Qt 6.4 asserts otherwise).
    BackgroundWork::drain();
}

void SignInPage::setConfiguration(const auth::AuthConfiguration& configuration)
{
    m_configuration = configuration;
}

void SignInPage::lockFor(const QString& email)
{
    reset();
    m_lockedEmail = email;
    m_email->setText(email);
    m_email->setReadOnly(true);
    m_password->setFocus();
    retranslateUi();
}

void SignInPage::reset()
{
    ++m_attempt;
    m_lockedEmail.clear();
    m_email->clear();
    m_password->clear();
    m_lastOutcome.reset();
    m_infoShown = false;
    m_banner->clear();
    setResendState(ResendState::Hidden);
    setBusy(false);
    m_email->setFocus();
}

void SignInPage::submit()
{
    if (!m_submit->isEnabled())
        return;
    // A new attempt starts from a clean slate: no banner, no resend offer.
    m_lastOutcome.reset();
    m_infoShown = false;
    m_banner->clear();
    setResendState(ResendState::Hidden);
    if (!m_configuration) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The project settings are not loaded yet.", "sign-in banner"));
        return;
    }
    setBusy(true);
    const int attempt = ++m_attempt;
    const QString email = m_email->text();
    const QString password = m_password->text();
    const auth::AuthSettings settings = m_configuration->auth;
    BackgroundWork::withDatabase([settings, email, password](QSqlDatabase& db) {
        return auth::SignInService(settings).signIn(db, email, password);
    }).then(this, [this, attempt, email](const Result<auth::SignInOutcome>& outcome) {
        if (attempt != m_attempt)
            return;
        setBusy(false);
        if (!outcome)
            return showError(outcome.error());
        showOutcome(outcome.value(), email);
    });
}

void SignInPage::showOutcome(const auth::SignInOutcome& outcome, const QString& email)
{
    if (outcome.ok()) {
        m_password->clear();
        Q_EMIT signedIn(outcome, email);
        return;
    }
    m_lastOutcome = outcome;
    m_banner->showMessage(MessageBanner::Kind::Error, reasonText(outcome));
    if (outcome.reason == auth::SignInReason::EmailNotVerified) {
        m_failedEmail = email;
        setResendState(ResendState::Offered);
    }
}

void SignInPage::showError(const Error& error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, ErrorText::summary(error), ErrorText::detail(error));
}

void SignInPage::requestVerificationMail()
{
    if (m_resendState == ResendState::Sending || !m_configuration)
        return;
    setResendState(ResendState::Sending);
    const int attempt = m_attempt;
    const QString email = m_failedEmail;
    const QString uiLanguage = QLocale().name().left(2);
    const auth::AuthConfiguration configuration = *m_configuration;
    BackgroundWork::withDatabase([configuration, email, uiLanguage](QSqlDatabase& db) {
        return auth::VerificationService(configuration.auth, configuration.mail)
            .requestEmailVerification(db, email, uiLanguage);
    }).then(this, [this, attempt](const Result<auth::VerificationRequestOutcome>& result) {
        if (attempt == m_attempt)
            showResendResult(result);
    });
}

void SignInPage::showResendResult(const Result<auth::VerificationRequestOutcome>& result)
{
    if (!result)
        return setResendState(ResendState::Failed);
    if (!result->accepted()) {
        m_secondsToWait = std::max(1, result->retryAfterSeconds);
        m_countdown.start();
        return setResendState(ResendState::RateLimited);
    }
    // Success replaces the error banner with an info banner; the offer is done.
    m_lastOutcome.reset();
    m_infoShown = true;
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("We've sent you a new verification mail.", "sign-in info banner after resend"));
    setResendState(ResendState::Hidden);
}

void SignInPage::setResendState(ResendState state)
{
    m_resendState = state;
    if (state != ResendState::RateLimited)
        m_countdown.stop();
    retranslateUi();
    updateResendVisibility();
}

void SignInPage::tickCountdown()
{
    if (--m_secondsToWait <= 0)
        return setResendState(ResendState::Offered);
    retranslateUi();
}

void SignInPage::updateResendVisibility()
{
    // Anti-typo gate: the offer belongs to exactly the address that failed.
    const bool offered = m_resendState != ResendState::Hidden && !m_email->text().isEmpty() &&
                         m_email->text() == m_failedEmail;
    m_resendLink->setVisible(offered);
    m_resendHint->setVisible(
        offered && (m_resendState == ResendState::RateLimited || m_resendState == ResendState::Failed));
}

void SignInPage::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_email->setReadOnly(busy || !m_lockedEmail.isEmpty());
    m_password->setReadOnly(busy);
    retranslateUi();
}

QString SignInPage::reasonText(const auth::SignInOutcome& outcome) const
{
    switch (outcome.reason) {
    case auth::SignInReason::Ok:
        return {};
    case auth::SignInReason::InvalidCredentials:
        return tr("E-mail or password is wrong.", "sign-in failure");
    case auth::SignInReason::AccountLocked:
        return tr("Too many failed attempts. The account is locked for %n more minute(s).",
                  "sign-in failure; %n = minutes, rounded up", int(std::ceil(outcome.lockedSeconds / 60.0)));
    case auth::SignInReason::EmailNotVerified:
        return tr("Your e-mail address is not verified yet.", "sign-in failure");
    case auth::SignInReason::AccountRestricted:
        return tr("This account is restricted. Please contact an administrator.", "sign-in failure");
    case auth::SignInReason::NotAnAdmin:
        return tr("This account has no access to the admin console (the role SystemAdmin is required).",
                  "sign-in failure");
    }
    return {};
}

void SignInPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        styleAsLink(m_resendLink); // the link colour of the new palette
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi()
{
    if (m_lockedEmail.isEmpty()) {
        m_title->setText(tr("Sign in", "sign-in title"));
        m_intro->setText(tr("Sign in with an account that has the role SystemAdmin.", "sign-in intro"));
    } else {
        m_title->setText(tr("Console locked", "sign-in title while locked"));
        m_intro->setText(tr("The console was locked because nobody used it for a while. Enter the password "
                            "of %1 to continue, or sign out in the Console menu.",
                            "sign-in intro while locked; %1 = e-mail")
                             .arg(m_lockedEmail));
    }
    m_emailLabel->setText(tr("&E-mail:", "sign-in field"));
    m_passwordLabel->setText(tr("&Password:", "sign-in field"));
    m_submit->setText(m_submit->isEnabled() ? tr("Sign in", "sign-in button")
                                            : tr("Signing in…", "sign-in button busy"));
    if (m_lastOutcome)
        m_banner->showMessage(MessageBanner::Kind::Error, reasonText(*m_lastOutcome));
    else if (m_infoShown)
        m_banner->showMessage(MessageBanner::Kind::Info, tr("We've sent you a new verification mail.",
                                                            "sign-in info banner after resend"));

    const bool sending = m_resendState == ResendState::Sending;
    m_resendLink->setEnabled(!sending);
    m_resendLink->setText(sending ? tr("Sending…", "resend link busy")
                                  : tr("Send verification mail again", "resend link on the sign-in screen"));
    m_resendLink->setAccessibleDescription(
        tr("Sends a new verification mail to the address above", "resend link, for screen readers"));
    if (m_resendState == ResendState::RateLimited)
        m_resendHint->setText(tr("Please wait %1 and try again.", "resend hint when rate limited; %1 = m:ss")
                                  .arg(models::LocalTime::duration(m_secondsToWait)));
    else if (m_resendState == ResendState::Failed)
        m_resendHint->setText(tr("Could not send. Please try again.", "resend hint on any other failure"));
    else
        m_resendHint->clear();
}

} // namespace kumiko::ui
