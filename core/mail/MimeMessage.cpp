#include "mail/MimeMessage.h"

#include <QLocale>
#include <QUuid>

namespace kumiko::mail {
namespace {

// Longer text is written as folded encoded words: a header line must stay under 998 characters
// (RFC 5322 2.1.1), with room left for the header name and a 254-character address.
constexpr qsizetype kMaxPlainHeaderChars = 700;

/// Printable ASCII and short enough to stand as it is in a header line.
bool isPlainAscii(const QString& text)
{
    if (text.size() > kMaxPlainHeaderChars)
        return false;
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Encoded words stay well under the 75-character limit of RFC 2047 and never split a UTF-8 sequence.
QByteArray encodedWords(const QString& text)
{
    constexpr qsizetype maxBytesPerWord = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, width).toUtf8();
        i += width - 1;
        if (chunk.size() + bytes.size() > maxBytesPerWord) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray& word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray part(const QByteArray& contentType, const QString& body)
{
    return "Content-Type: " + contentType + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(body.toUtf8());
}

} // namespace

QByteArray MimeMessage::encodeHeaderText(const QString& text)
{
    return isPlainAscii(text) ? text.toLatin1() : encodedWords(text);
}

QByteArray MimeMessage::encodePhrase(const QString& text)
{
    if (!isPlainAscii(text))
        return encodedWords(text);
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (QChar c : text)
        if (specials.contains(c)) {
            QString quoted = text;
            quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('"'), QStringLiteral("\\\""));
            return quoted.size() > kMaxPlainHeaderChars ? encodedWords(text) : '"' + quoted.toLatin1() + '"';
        }
    return text.toLatin1();
}

QByteArray MimeMessage::formatDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " +0000";
}

QString MimeMessage::newMessageId(const QString& domain)
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

QByteArray MimeMessage::render(const MailMessage& message)
{
    const QByteArray boundary = "=_kumiko_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray out;
    out += "Date: " + formatDate(message.date) + "\r\n";
    out += "From: " + message.from.toHeader() + "\r\n";
    out += "To: " + message.to.toHeader() + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
    out += "Message-ID: <" + message.messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", message.text);
    out += "--" + boundary + "\r\n" + part("text/html", message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace kumiko::mail
