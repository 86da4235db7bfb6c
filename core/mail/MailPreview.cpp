#include "mail/MailPreview.h"

#include "db/Sql.h"

#include <QRegularExpression>

namespace kumiko::mail {
namespace {

QByteArray headerValue(const QByteArray& headers, const QByteArray& name)
{
    for (const QByteArray& line : headers.split('\n'))
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    return {};
}

} // namespace

Result<MailPreview> MailPreview::load(const QSqlDatabase& db, qint64 id)
{
    auto rows = db::Sql::exec(db,
                              QStringLiteral("SELECT recipient, subject, mime_message "
                                             "FROM kumiko_admin_mail_outbox WHERE id = ?"),
                              {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no outbox mail with id %1").arg(id),
                           QStringLiteral("id"));
    MailPreview preview;
    preview.id = id;
    preview.recipient = rows->value(0).toString();
    preview.subject = rows->value(1).toString();
    preview.hasBody = !rows->isNull(2);
    if (preview.hasBody)
        preview.readParts(rows->value(2).toString().toLatin1());
    return preview;
}

void MailPreview::readParts(const QByteArray& mime)
{
    QByteArray raw = mime;
    raw.replace("\r\n", "\n");
    const qsizetype headerEnd = raw.indexOf("\n\n");
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto boundary =
        boundaryPattern.match(QString::fromLatin1(headerValue(raw.left(headerEnd), "Content-Type")));
    if (headerEnd < 0 || !boundary.hasMatch())
        return;
    const QByteArray separator = "--" + boundary.captured(1).toLatin1();
    qsizetype from = raw.indexOf(separator, headerEnd);
    while (from >= 0) {
        const qsizetype start = from + separator.size() + 1;
        const qsizetype next = raw.indexOf("\n" + separator, start);
        const QByteArray part = raw.mid(start, next < 0 ? -1 : next - start);
        from = next < 0 ? -1 : next + 1;
        const qsizetype bodyStart = part.indexOf("\n\n");
        if (bodyStart < 0)
            continue;
        const QByteArray partHeaders = part.left(bodyStart);
        QByteArray body = part.mid(bodyStart + 2);
        if (headerValue(partHeaders, "Content-Transfer-Encoding").toLower() == "base64")
            body = QByteArray::fromBase64(body.replace('\n', ""));
        const QByteArray type = headerValue(partHeaders, "Content-Type");
        if (type.startsWith("text/plain"))
            text = maskTokens(QString::fromUtf8(body));
        else if (type.startsWith("text/html"))
            html = maskTokens(QString::fromUtf8(body));
    }
}

QString MailPreview::maskTokens(QString text)
{
    static const QRegularExpression token(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                       "\\.[0-9]+\\.[A-Za-z0-9_-]+"));
    return text.replace(token, QStringLiteral("••••••"));
}

} // namespace kumiko::mail
