#pragma once

#include "common/Result.h"
#include "mail/MailSettings.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace kumiko::mail {

/// Hands one rendered message to the outside world (SMTP server, folder).
class MailTransport
{
public:
    virtual ~MailTransport() = default;

    /// Delivers `mime` from envelope sender `sender` to `recipient`; errors never contain credentials.
    virtual Status send(const QString& sender, const QString& recipient, const QByteArray& mime) = 0;
    /// Where mail goes, without credentials (for logs and the CLI).
    virtual QString describe() const = 0;

    /// The transport the `mail` settings select; a relative directory is resolved against `projectDir`.
    static Result<std::unique_ptr<MailTransport>> fromSettings(const MailSettings& settings,
                                                               const QString& projectDir);
};

} // namespace kumiko::mail
