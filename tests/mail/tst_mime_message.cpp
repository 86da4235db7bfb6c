#include "MimeTestParser.h"
#include "mail/MimeMessage.h"
#include "mail/VerificationMail.h"

#include <QtTest>

using namespace kumiko::mail;
using kumiko::test::parseMail;

namespace {

VerificationMail::Input input(const QString& locale)
{
    VerificationMail::Input in;
    in.locale = locale;
    in.appName = QStringLiteral("Demo Shop");
    in.from = {QStringLiteral("Demo Shop"), QStringLiteral("no-reply@example.com")};
    in.to = {QStringLiteral("Jörg Müller"), QStringLiteral("joerg@example.com")};
    in.link = QStringLiteral("https://app.example.com/verify-email?token=abc.123.x_y-z");
    in.expiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 59), Qt::UTC);
    in.now = QDateTime(QDate(2030, 1, 1), QTime(3, 4, 59), Qt::UTC);
    return in;
}

} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT

private slots:
    void asciiSubjectStaysReadable()
    {
        QCOMPARE(MimeMessage::encodeHeaderText(QStringLiteral("Hello")), QByteArray("Hello"));
    }

    void nonAsciiSubjectIsEncodedAndRoundTrips()
    {
        const QString subject =
            QStringLiteral("Bitte bestätige deine E-Mail-Adresse für Grüße & Co. — 🎉 lange Zeile");
        const QByteArray encoded = MimeMessage::encodeHeaderText(subject);
        for (const QByteArray& line : encoded.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());
            for (char c : line)
                QVERIFY(uchar(c) < 0x80);
        }
        kumiko::test::ParsedMail mail;
        mail.headers["subject"] = QByteArray(encoded).replace("\r\n", "");
        QCOMPARE(mail.decodedHeader("subject"), subject);
    }

    // A 10 kB ASCII subject or quoted name went out as one overlong line (fuzz_mime_header checks it).
    void longHeaderTextIsFoldedAndRoundTrips()
    {
        const QString subject = QString(1200, QLatin1Char('A'));
        const QString name = QString(400, QLatin1Char('"'));
        for (const QByteArray& encoded :
             {MimeMessage::encodeHeaderText(subject), MimeMessage::encodePhrase(name)})
            for (const QByteArray& line : encoded.split('\n'))
                QVERIFY2(line.size() <= 76, line.constData());
        kumiko::test::ParsedMail mail;
        mail.headers["subject"] = MimeMessage::encodeHeaderText(subject).replace("\r\n", "");
        QCOMPARE(mail.decodedHeader("subject"), subject);
    }

    void phrases()
    {
        QCOMPARE(MimeMessage::encodePhrase(QStringLiteral("Demo Shop")), QByteArray("Demo Shop"));
        QCOMPARE(MimeMessage::encodePhrase(QStringLiteral("Shop, Inc.")), QByteArray("\"Shop, Inc.\""));
        QVERIFY(MimeMessage::encodePhrase(QStringLiteral("Jörg")).startsWith("=?UTF-8?B?"));
    }

    void dateIsRfc5322()
    {
        QCOMPARE(MimeMessage::formatDate(QDateTime(QDate(2026, 11, 24), QTime(9, 5, 7), Qt::UTC)),
                 QByteArray("Tue, 24 Nov 2026 09:05:07 +0000"));
    }

    void germanMail()
    {
        const MailMessage message = VerificationMail::compose(input(QStringLiteral("de")));
        const QByteArray raw = MimeMessage::render(message);
        QVERIFY(!raw.contains("\n\n")); // CRLF only
        const auto mail = parseMail(raw);
        QCOMPARE(mail.decodedHeader("subject"),
                 QStringLiteral("Bitte bestätige deine E-Mail-Adresse für Demo Shop"));
        QCOMPARE(mail.headers.value("from"), QByteArray("Demo Shop <no-reply@example.com>"));
        QCOMPARE(mail.decodedHeader("to"), QStringLiteral("Jörg Müller <joerg@example.com>"));
        QCOMPARE(mail.headers.value("date"), QByteArray("Tue, 01 Jan 2030 03:04:59 +0000"));
        QVERIFY(mail.headers.value("message-id").endsWith("@example.com>"));
        QCOMPARE(mail.headers.value("mime-version"), QByteArray("1.0"));
        QVERIFY(mail.headers.value("content-type").startsWith("multipart/alternative;"));
        QCOMPARE(mail.textContentType, QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(mail.htmlContentType, QByteArray("text/html; charset=UTF-8"));
        QVERIFY(mail.text.startsWith(QStringLiteral("Hallo Jörg Müller,\n")));
        QVERIFY(mail.text.contains(QStringLiteral("bitte bestätige deine E-Mail-Adresse für Demo Shop")));
        QVERIFY(mail.text.contains(input({}).link));
        QVERIFY(mail.text.contains(QStringLiteral("Der Link ist gültig bis 2030-01-02 03:04 UTC.")));
        QVERIFY(mail.text.contains(QStringLiteral("ignorieren")));
        QVERIFY(mail.html.contains(
            QStringLiteral("href=\"https://app.example.com/verify-email?token=abc.123.x_y-z\"")));
        QVERIFY(mail.html.contains(QStringLiteral("E-Mail-Adresse bestätigen")));
        QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"de\">")));
    }

    void englishMail()
    {
        const auto mail =
            parseMail(MimeMessage::render(VerificationMail::compose(input(QStringLiteral("en")))));
        QCOMPARE(mail.headers.value("subject"),
                 QByteArray("Please confirm your e-mail address for Demo Shop"));
        QVERIFY(mail.text.startsWith(QStringLiteral("Hello Jörg Müller,\n")));
        QVERIFY(mail.text.contains(QStringLiteral("The link is valid until 2030-01-02 03:04 UTC.")));
        QVERIFY(mail.text.contains(
            QStringLiteral("If you did not request this e-mail, you can simply ignore it.")));
        QVERIFY(mail.html.contains(QStringLiteral("Confirm e-mail address")));
    }

    void htmlIsEscaped()
    {
        auto in = input(QStringLiteral("en"));
        in.to.displayName = QStringLiteral("<script>x</script>");
        const MailMessage message = VerificationMail::compose(in);
        QVERIFY(!message.html.contains(QStringLiteral("<script>")));
        QVERIFY(message.html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void resolveLocale_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("requester");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user de") << "de"
                                 << "en"
                                 << "de";
        QTest::newRow("user de-AT") << "de-AT"
                                    << "en"
                                    << "de";
        QTest::newRow("user en_GB") << "en_GB"
                                    << "de"
                                    << "en";
        QTest::newRow("user fr → requester") << "fr"
                                             << "de"
                                             << "de";
        QTest::newRow("none → requester") << ""
                                          << "de"
                                          << "de";
        QTest::newRow("nothing → en") << ""
                                      << ""
                                      << "en";
        QTest::newRow("unsupported → en") << "fr"
                                          << "it"
                                          << "en";
    }

    void resolveLocale()
    {
        QFETCH(QString, user);
        QFETCH(QString, requester);
        QFETCH(QString, expected);
        QCOMPARE(VerificationMail::resolveLocale(user, requester), expected);
    }

    void parsesAddresses()
    {
        auto named = MailAddress::parse(QStringLiteral("Demo Shop <no-reply@example.com>"));
        QVERIFY(named.ok());
        QCOMPARE(named->displayName, QStringLiteral("Demo Shop"));
        auto bare = MailAddress::parse(QStringLiteral("a@b.example"));
        QVERIFY(bare.ok());
        QVERIFY(bare->displayName.isEmpty());
        QVERIFY(!MailAddress::parse(QStringLiteral("a@b.example\r\nBcc: x@y.example")).ok());
        QVERIFY(!MailAddress::isWellFormed(QStringLiteral("no-at-sign")));
        QVERIFY(!MailAddress::isWellFormed(QStringLiteral("a b@example.com")));
        QVERIFY(MailAddress::isWellFormed(QStringLiteral("new-admin+x@example.com")));
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mime_message.moc"
