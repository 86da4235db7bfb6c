#include "mail/VerificationMail.h"

namespace kumiko::mail {
namespace {

struct Texts
{
    QString subject;  // %1 app name
    QString greeting; // %1 name
    QString greetingWithoutName;
    QString intro; // %1 app name
    QString button;
    QString expiry; // %1 date
    QString ignore;
};

const Texts& textsFor(const QString& locale)
{
    static const Texts german{
        QStringLiteral("Bitte bestätige deine E-Mail-Adresse für %1"),
        QStringLiteral("Hallo %1,"),
        QStringLiteral("Hallo,"),
        QStringLiteral("bitte bestätige deine E-Mail-Adresse für %1, indem du den folgenden Link öffnest:"),
        QStringLiteral("E-Mail-Adresse bestätigen"),
        QStringLiteral("Der Link ist gültig bis %1."),
        QStringLiteral("Falls du diese E-Mail nicht angefordert hast, kannst du sie einfach ignorieren."),
    };
    static const Texts english{
        QStringLiteral("Please confirm your e-mail address for %1"),
        QStringLiteral("Hello %1,"),
        QStringLiteral("Hello,"),
        QStringLiteral("please confirm your e-mail address for %1 by opening the following link:"),
        QStringLiteral("Confirm e-mail address"),
        QStringLiteral("The link is valid until %1."),
        QStringLiteral("If you did not request this e-mail, you can simply ignore it."),
    };
    return locale == QLatin1String("de") ? german : english;
}

QString languageOf(const QString& locale)
{
    const QString language = locale.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return language == QLatin1String("de") || language == QLatin1String("en") ? language : QString();
}

} // namespace

QString VerificationMail::resolveLocale(const QString& userLocale, const QString& requesterLocale)
{
    for (const QString& candidate : {userLocale, requesterLocale})
        if (const QString language = languageOf(candidate); !language.isEmpty())
            return language;
    return QStringLiteral("en");
}

QString VerificationMail::formatExpiry(const QDateTime& expiresAt)
{
    return expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

MailMessage VerificationMail::compose(const Input& input)
{
    const Texts& t = textsFor(input.locale);
    const QString greeting =
        input.to.displayName.isEmpty() ? t.greetingWithoutName : t.greeting.arg(input.to.displayName);
    const QString intro = t.intro.arg(input.appName);
    const QString expiry = t.expiry.arg(formatExpiry(input.expiresAt));

    MailMessage message;
    message.from = input.from;
    message.to = input.to;
    message.subject = t.subject.arg(input.appName);
    message.date = input.now.toUTC();
    message.messageId = MimeMessage::newMessageId(input.from.domain());
    message.text = QStringList{greeting,
                               QString(),
                               intro,
                               QString(),
                               input.link,
                               QString(),
                               expiry,
                               QString(),
                               t.ignore,
                               QString(),
                               QStringLiteral("-- "),
                               input.appName}
                       .join(QLatin1Char('\n')) +
                   QLatin1Char('\n');
    const QString link = input.link.toHtmlEscaped();
    message.html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>\n"
            "<body style=\"font-family:sans-serif;line-height:1.5\">\n"
            "<p>%3</p>\n<p>%4</p>\n"
            "<p><a href=\"%5\" style=\"display:inline-block;padding:10px 18px;background:#2f6fed;"
            "color:#ffffff;text-decoration:none;border-radius:4px\">%6</a></p>\n"
            "<p style=\"font-size:small\">%5</p>\n<p>%7</p>\n<p style=\"color:#666666\">%8</p>\n"
            "</body></html>\n")
            .arg(input.locale, message.subject.toHtmlEscaped(), greeting.toHtmlEscaped(),
                 intro.toHtmlEscaped(), link, t.button.toHtmlEscaped(), expiry.toHtmlEscaped(),
                 t.ignore.toHtmlEscaped());
    return message;
}

} // namespace kumiko::mail
