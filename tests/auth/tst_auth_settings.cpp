#include "TestMacros.h"
#include "auth/AuthSettings.h"
#include "mail/MailSettings.h"

#include <QtTest>

using kumiko::auth::AuthSettings;
using kumiko::mail::MailSettings;
using nlohmann::json;

namespace {

// JSON with single quotes, so it reads well inside C++ string literals.
QString jsonText(const char* text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

nlohmann::json jsonOf(const char* text)
{
    return nlohmann::json::parse(jsonText(text).toStdString());
}

} // namespace

class TestAuthSettings : public QObject
{
    Q_OBJECT

private slots:
    void specExample()
    {
        const json auth =
            jsonOf("{"
                   "'emailVerification': {'mode': 'strict', 'hmacSecretEnv': 'KUMIKO_AUTH_VERIFY_SECRET',"
                   "'tokenTtlMinutes': 1440, 'appUrl': 'https://app.example.com/verify-email', 'appName': "
                   "'Demo Shop'},"
                   "'lockout': {'maxFailedAttempts': 5, 'lockoutMinutes': 15},"
                   "'resendRateLimit': {'perAddress': 3, 'windowMinutes': 15, 'globalPerMinute': 60}}");
        auto settings = AuthSettings::fromJson(auth);
        KUMIKO_VERIFY_OK(settings);
        QVERIFY(settings->emailVerification.has_value());
        QCOMPARE(settings->emailVerification->appName, QStringLiteral("Demo Shop"));
        QCOMPARE(settings->resendGlobalPerMinute, 60);
        QVERIFY(settings->requiresVerifiedEmail());

        const json mail = jsonOf("{'from': 'Demo Shop <no-reply@example.com>', 'transport': 'smtp',"
                                 "'smtpUrlEnv': 'KUMIKO_SMTP_URL', 'directory': 'outbox-mail'}");
        auto mailSettings = MailSettings::fromJson(mail);
        KUMIKO_VERIFY_OK(mailSettings);
        QCOMPARE(mailSettings->from.displayName, QStringLiteral("Demo Shop"));
        QCOMPARE(mailSettings->from.address, QStringLiteral("no-reply@example.com"));
        QVERIFY(mailSettings->transport == MailSettings::Transport::Smtp);
    }

    void defaultsWhenAbsent()
    {
        auto settings = AuthSettings::fromJson(json());
        KUMIKO_VERIFY_OK(settings);
        QVERIFY(!settings->emailVerification);
        QCOMPARE(settings->maxFailedAttempts, 5);
        QCOMPARE(settings->lockoutMinutes, 15);
        QCOMPARE(settings->resendPerAddress, 3);
    }

    void modeOffDisablesTheGate()
    {
        auto settings = AuthSettings::fromJson(jsonOf(
            "{'emailVerification': {'mode': 'off', 'hmacSecretEnv': 'X', 'appUrl': 'https://a.example/v'}}"));
        KUMIKO_VERIFY_OK(settings);
        QVERIFY(!settings->requiresVerifiedEmail());
    }

    void rejectsAuth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown top member") << jsonText("{'lockouts': {}}") << "auth.lockouts";
        QTest::newRow("unknown nested member")
            << jsonText("{'lockout': {'maxFailedAttempts': 5, 'minutes': 3}}") << "auth.lockout.minutes";
        QTest::newRow("wrong type") << jsonText("{'lockout': {'maxFailedAttempts': '5'}}")
                                    << "auth.lockout.maxFailedAttempts";
        QTest::newRow("zero") << jsonText("{'resendRateLimit': {'perAddress': 0}}")
                              << "auth.resendRateLimit.perAddress";
        QTest::newRow("bad mode") << jsonText("{'emailVerification': {'mode': 'lax', 'hmacSecretEnv': 'X', "
                                              "'appUrl': 'https://a.example/v'}}")
                                  << "auth.emailVerification.mode";
        QTest::newRow("short inline secret")
            << jsonText("{'emailVerification': {'hmacSecret': 'too-short', 'appUrl': 'https://a.example/v'}}")
            << "auth.emailVerification.hmacSecret";
        QTest::newRow("no secret") << jsonText("{'emailVerification': {'appUrl': 'https://a.example/v'}}")
                                   << "auth.emailVerification.hmacSecretEnv";
        QTest::newRow("no appUrl") << jsonText("{'emailVerification': {'hmacSecretEnv': 'X'}}")
                                   << "auth.emailVerification.appUrl";
        QTest::newRow("relative appUrl")
            << jsonText("{'emailVerification': {'hmacSecretEnv': 'X', 'appUrl': '/verify'}}")
            << "auth.emailVerification.appUrl";
        QTest::newRow("section not an object") << jsonText("{'lockout': 5}") << "auth.lockout";
    }

    void rejectsAuth()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        auto settings = AuthSettings::fromJson(json::parse(text.toStdString()));
        KUMIKO_VERIFY_ERROR(settings, "invalid_settings");
        QCOMPARE(settings.error().field, path);
    }

    void rejectsMail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown member") << jsonText("{'form': 'a@b.example'}") << "mail.form";
        QTest::newRow("bad from") << jsonText("{'from': 'Demo Shop'}") << "mail.from";
        QTest::newRow("bad transport") << jsonText("{'transport': 'sendmail'}") << "mail.transport";
        QTest::newRow("bad starttls") << jsonText("{'starttls': 'maybe'}") << "mail.starttls";
        QTest::newRow("empty directory") << jsonText("{'directory': ' '}") << "mail.directory";
    }

    void rejectsMail()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        auto settings = MailSettings::fromJson(json::parse(text.toStdString()));
        KUMIKO_VERIFY_ERROR(settings, "invalid_settings");
        QCOMPARE(settings.error().field, path);
    }

    void secretFromEnvironment()
    {
        auto settings =
            AuthSettings::fromJson(jsonOf("{'emailVerification': {'hmacSecretEnv': 'KUMIKO_TEST_SECRET_X', "
                                          "'appUrl': 'https://a.example/v'}}"));
        KUMIKO_VERIFY_OK(settings);
        qunsetenv("KUMIKO_TEST_SECRET_X");
        KUMIKO_VERIFY_ERROR(settings->emailVerification->resolveSecret(), "not_configured");
        qputenv("KUMIKO_TEST_SECRET_X", "short");
        KUMIKO_VERIFY_ERROR(settings->emailVerification->resolveSecret(), "invalid_settings");
        qputenv("KUMIKO_TEST_SECRET_X", "0123456789abcdef0123456789abcdef");
        KUMIKO_VERIFY_OK(settings->emailVerification->resolveSecret());
        QVERIFY(!settings->emailVerification->usesInlineSecret());
    }
};

QTEST_GUILESS_MAIN(TestAuthSettings)
#include "tst_auth_settings.moc"
