#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::mail {

/// What one outbox mail says, for an operator to read: subject and both parts, with every
/// verification token masked so that a preview never hands out a live link.
struct MailPreview
{
    qint64 id = 0;
    QString recipient;
    QString subject;
    bool hasBody = false; ///< false once sent or cancelled: the body was dropped
    QString text;
    QString html;

    /// The mail with outbox id `id`. Errors: `not_found`.
    static Result<MailPreview> load(const QSqlDatabase& db, qint64 id);
    /// Fills text and html from a message as MimeMessage renders it (multipart/alternative, base64
    /// parts), tokens masked.
    void readParts(const QByteArray& mime);
    /// `text` with every verification token (`<user id>.<expiry>.<signature>`) replaced by ••••••.
    static QString maskTokens(QString text);
};

} // namespace kumiko::mail
