#pragma once

#include "mail/MailTransport.h"

namespace kumiko::mail {

/// Sends through an SMTP server with libcurl: `smtp://` (STARTTLS per settings) or `smtps://`
/// (implicit TLS); AUTH with the user and password of the URL.
class SmtpTransport : public MailTransport
{
public:
    /// Checks the URL (scheme, host); the credentials in it are kept for AUTH, never shown.
    static Result<std::unique_ptr<SmtpTransport>> create(const QString& url, MailSettings::StartTls startTls,
                                                         int timeoutSeconds);

    Status send(const QString& sender, const QString& recipient, const QByteArray& mime) override;
    QString describe() const override;

private:
    SmtpTransport() = default;

    QByteArray m_serverUrl; ///< scheme://host:port without credentials
    QByteArray m_user;
    QByteArray m_password;
    MailSettings::StartTls m_startTls = MailSettings::StartTls::Optional;
    int m_timeoutSeconds = 30;
};

} // namespace kumiko::mail
