#pragma once

// A small, independent reader for the mails the tests receive: unfolds headers, decodes RFC 2047
// UTF-8 "B" words and base64 parts. Written separately from core/mail so the tests check the
// produced bytes, not the producer against itself.

#include <QByteArray>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace kumiko::test {

struct ParsedMail
{
    QMap<QByteArray, QByteArray> headers; ///< lower-case name → raw (unfolded) value
    QString text;
    QString html;
    QByteArray textContentType;
    QByteArray htmlContentType;

    QString decodedHeader(const QByteArray& name) const
    {
        QByteArray value = headers.value(name.toLower());
        static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="),
                                             QRegularExpression::CaseInsensitiveOption);
        // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 6.2).
        static const QRegularExpression between(QStringLiteral("(\\?=)\\s+(?==\\?UTF-8\\?B\\?)"),
                                                QRegularExpression::CaseInsensitiveOption);
        QString in = QString::fromLatin1(value).replace(between, QStringLiteral("\\1"));
        QByteArray out;
        qsizetype pos = 0;
        auto it = word.globalMatch(in);
        while (it.hasNext()) {
            auto m = it.next();
            out += in.mid(pos, m.capturedStart() - pos).toLatin1();
            out += QByteArray::fromBase64(m.captured(1).toLatin1());
            pos = m.capturedEnd();
        }
        out += in.mid(pos).toLatin1();
        return QString::fromUtf8(out);
    }
};

inline QMap<QByteArray, QByteArray> parseHeaders(const QByteArray& block)
{
    QMap<QByteArray, QByteArray> headers;
    QByteArray lastName;
    for (const QByteArray& line : block.split('\n')) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lastName.isEmpty()) {
            headers[lastName] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        lastName = line.left(colon).trimmed().toLower();
        headers[lastName] = line.mid(colon + 1).trimmed();
    }
    return headers;
}

inline ParsedMail parseMail(QByteArray raw)
{
    raw.replace("\r\n", "\n");
    ParsedMail mail;
    const qsizetype split = raw.indexOf("\n\n");
    mail.headers = parseHeaders(raw.left(split));
    const QByteArray body = raw.mid(split + 2);
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto m = boundaryPattern.match(QString::fromLatin1(mail.headers.value("content-type")));
    if (!m.hasMatch())
        return mail;
    const QByteArray boundary = "--" + m.captured(1).toLatin1();
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype next = body.indexOf("\n" + boundary, from);
        parts << body.mid(from, next < 0 ? -1 : next - from);
        if (next < 0)
            break;
        from = next + boundary.size() + 1;
    }
    for (const QByteArray& part : parts) {
        const qsizetype end = part.indexOf("\n\n");
        if (end < 0)
            continue;
        const auto headers = parseHeaders(part.left(end));
        const QByteArray type = headers.value("content-type");
        QByteArray content = part.mid(end + 2);
        if (headers.value("content-transfer-encoding").toLower() == "base64")
            content = QByteArray::fromBase64(content.replace('\n', ""));
        if (type.startsWith("text/plain")) {
            mail.text = QString::fromUtf8(content);
            mail.textContentType = type;
        } else if (type.startsWith("text/html")) {
            mail.html = QString::fromUtf8(content);
            mail.htmlContentType = type;
        }
    }
    return mail;
}

/// The token of the first `token=` link in a mail text.
inline QString tokenIn(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("[?&]token=([A-Za-z0-9._-]+)"));
    return pattern.match(text).captured(1);
}

} // namespace kumiko::test
