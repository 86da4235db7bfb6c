// libFuzzer target: MimeMessage header encoding. Whatever a subject or display name holds, the header
// stays one header: 7-bit, no bare CR or LF, folded lines of at most 998 characters (RFC 5322 2.1.1).
#include "FuzzSupport.h"
#include "mail/MimeMessage.h"

using namespace kumiko;

namespace {

void requireOneHeaderValue(const QByteArray& value)
{
    const QList<QByteArray> lines = value.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            fuzz::require(line.endsWith('\r'), "a line break in a header is CRLF");
            line.chop(1);
        }
        if (i > 0)
            fuzz::require(line.startsWith(' ') || line.startsWith('\t'), "a continuation line is folded");
        fuzz::require(!line.contains('\r'), "no bare CR in a header");
        fuzz::require(line.size() + 10 <= 998, "a header line fits in 998 characters");
        for (char c : line)
            fuzz::require(c >= 0x20 && c < 0x7f, "a header holds printable 7-bit characters only");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::text(data, size);
    requireOneHeaderValue(mail::MimeMessage::encodeHeaderText(text));
    requireOneHeaderValue(mail::MimeMessage::encodePhrase(text));

    mail::MailMessage message;
    message.from = {text, QStringLiteral("no-reply@example.com")};
    message.to = {QStringLiteral("Ann"), QStringLiteral("ann@example.com")};
    message.subject = text;
    message.text = text;
    message.html = text;
    message.date = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    message.messageId = QStringLiteral("fuzz@example.com");
    const QByteArray rendered = mail::MimeMessage::render(message);
    const qsizetype end = rendered.indexOf("\r\n\r\n");
    fuzz::require(end > 0, "the message has a header section");
    int headers = 0;
    for (const QByteArray& line : rendered.left(end).split('\n'))
        if (!line.startsWith(' ') && !line.startsWith('\t'))
            ++headers;
    fuzz::require(headers == 8, "the input adds no header and removes none");
    return 0;
}
