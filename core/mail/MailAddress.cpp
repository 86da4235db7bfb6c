#include "mail/MailAddress.h"

#include "mail/MimeMessage.h"

#include <QRegularExpression>

namespace kumiko::mail {

bool MailAddress::isWellFormed(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[^@\\s<>()\\[\\],;:\"\\\\]+@[^@\\s<>()\\[\\],;:\"\\\\]+\\.[^@\\s<>()\\[\\],;:\"\\\\.]+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

Result<MailAddress> MailAddress::parse(const QString& text, const QString& field)
{
    const QString trimmed = text.trimmed();
    MailAddress result;
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && trimmed.endsWith(QLatin1Char('>'))) {
        result.address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        result.displayName = trimmed.left(open).trimmed();
        if (result.displayName.size() >= 2 && result.displayName.startsWith(QLatin1Char('"')) &&
            result.displayName.endsWith(QLatin1Char('"')))
            result.displayName = result.displayName.mid(1, result.displayName.size() - 2);
    } else {
        result.address = trimmed;
    }
    if (!isWellFormed(result.address) || result.displayName.contains(QLatin1Char('\n')) ||
        result.displayName.contains(QLatin1Char('\r')))
        return Error::make(
            ErrorCode::InvalidSettings,
            QStringLiteral("\"%1\" is not a mail address (expected addr@domain or Name <addr@domain>)")
                .arg(text),
            field);
    return result;
}

QByteArray MailAddress::toHeader() const
{
    const QByteArray angle = '<' + address.toUtf8() + '>';
    if (displayName.isEmpty())
        return angle;
    return MimeMessage::encodePhrase(displayName) + ' ' + angle;
}

} // namespace kumiko::mail
