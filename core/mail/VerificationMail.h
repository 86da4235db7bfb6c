#pragma once

#include "mail/MimeMessage.h"

namespace kumiko::mail {

/// The "confirm your e-mail address" mail in German and English (text and HTML).
class VerificationMail
{
public:
    struct Input
    {
        QString locale; ///< "de" or "en" (see resolveLocale)
        QString appName;
        MailAddress from;
        MailAddress to;
        QString link;
        QDateTime expiresAt;
        QDateTime now; ///< Date header
    };

    static MailMessage compose(const Input& input);

    /// The user's locale if it is German or English, else the requester's UI language, else "en".
    static QString resolveLocale(const QString& userLocale, const QString& requesterLocale);
    /// `YYYY-MM-DD HH:MM UTC`
    static QString formatExpiry(const QDateTime& expiresAt);
};

} // namespace kumiko::mail
