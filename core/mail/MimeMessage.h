#pragma once

#include "mail/MailAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kumiko::mail {

/// One mail with a plain-text and an HTML alternative.
struct MailMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString text;
    QString html;
    QDateTime date;    ///< UTC
    QString messageId; ///< without angle brackets
};

/// Renders MailMessage as an RFC 5322 / MIME multipart/alternative message (UTF-8, CRLF lines).
class MimeMessage
{
public:
    static QByteArray render(const MailMessage& message);

    /// Unstructured header text (Subject): as is when plain ASCII, else RFC 2047 UTF-8 "B" words.
    static QByteArray encodeHeaderText(const QString& text);
    /// A display name: quoted when ASCII with specials, RFC 2047-encoded when not ASCII.
    static QByteArray encodePhrase(const QString& text);
    /// `Tue, 24 Nov 2026 09:10:00 +0000`, independent of the process locale.
    static QByteArray formatDate(const QDateTime& utc);
    /// A fresh globally unique id `uuid@domain`.
    static QString newMessageId(const QString& domain);
};

} // namespace kumiko::mail
