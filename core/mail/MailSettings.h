#pragma once

#include "common/Result.h"
#include "mail/MailAddress.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::mail {

/// The `mail` section of kumiko.json: sender and transport.
struct MailSettings
{
    enum class Transport
    {
        Smtp,
        Directory
    };
    enum class StartTls
    {
        Required,
        Optional,
        Off
    };

    MailAddress from;
    Transport transport = Transport::Directory;
    QString smtpUrlEnv = QStringLiteral("KUMIKO_SMTP_URL");
    QString smtpUrl; ///< inline URL, for local development only
    StartTls startTls = StartTls::Optional;
    int timeoutSeconds = 30;
    QString directory = QStringLiteral("outbox-mail");

    /// Validates `section` strictly (unknown member → invalid_settings naming the JSON path).
    /// A missing section (null) gives the defaults with the sender no-reply@localhost.
    static Result<MailSettings> fromJson(const nlohmann::json& section,
                                         const QString& path = QStringLiteral("mail"));

    /// The SMTP URL from `smtpUrlEnv`, else the inline `smtpUrl`; not_configured when neither is set.
    Result<QString> resolveSmtpUrl() const;
    /// `directory` resolved against the project folder.
    QString directoryPath(const QString& projectDir) const;
};

} // namespace kumiko::mail
