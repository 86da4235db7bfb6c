#include "auth/AuthSettings.h"

#include "mail/SettingsReader.h"

#include <QUrl>

namespace kumiko::auth {
namespace {

using mail::SettingsReader;

std::optional<Error> readVerification(const nlohmann::json& section, const QString& path,
                                      EmailVerificationSettings& out)
{
    SettingsReader reader(section, path,
                          {QStringLiteral("mode"), QStringLiteral("hmacSecretEnv"),
                           QStringLiteral("hmacSecret"), QStringLiteral("tokenTtlMinutes"),
                           QStringLiteral("appUrl"), QStringLiteral("appName")});
    if (auto mode = reader.choice("mode", {QStringLiteral("strict"), QStringLiteral("off")}))
        out.strict = *mode == QLatin1String("strict");
    out.hmacSecretEnv = reader.string("hmacSecretEnv").value_or(QString());
    out.hmacSecret = reader.string("hmacSecret").value_or(QString());
    out.tokenTtlMinutes = reader.integer("tokenTtlMinutes", 1, 60 * 24 * 30).value_or(out.tokenTtlMinutes);
    const std::optional<QString> appUrl = reader.string("appUrl");
    out.appName = reader.string("appName").value_or(out.appName);
    if (reader.error())
        return reader.error();
    if (out.hmacSecretEnv.isEmpty() && out.hmacSecret.isEmpty())
        reader.fail("hmacSecretEnv", QStringLiteral("name the environment variable holding the token secret "
                                                    "(or give hmacSecret for local development)"));
    else if (!out.hmacSecret.isEmpty() && out.hmacSecret.size() < EmailVerificationSettings::MinSecretLength)
        reader.fail("hmacSecret", QStringLiteral("must be at least %1 characters long")
                                      .arg(EmailVerificationSettings::MinSecretLength));
    else if (!appUrl)
        reader.fail("appUrl", QStringLiteral("is required: the verification link points there"));
    else if (const QUrl url(*appUrl, QUrl::StrictMode);
             !url.isValid() ||
             !(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) ||
             url.host().isEmpty() || url.hasFragment())
        reader.fail("appUrl", QStringLiteral("must be an absolute http(s) URL without a #fragment"));
    else
        out.appUrl = *appUrl;
    return reader.error();
}

} // namespace

Result<QByteArray> EmailVerificationSettings::resolveSecret() const
{
    QByteArray secret;
    if (!hmacSecretEnv.isEmpty())
        secret = qgetenv(hmacSecretEnv.toLocal8Bit().constData());
    if (secret.isEmpty())
        secret = hmacSecret.toUtf8();
    if (secret.isEmpty())
        return Error::make(ErrorCode::NotConfigured,
                           QStringLiteral("the verification token secret is missing: set the environment "
                                          "variable %1")
                               .arg(hmacSecretEnv),
                           QStringLiteral("auth.emailVerification.hmacSecretEnv"));
    if (secret.size() < MinSecretLength)
        return Error::make(ErrorCode::InvalidSettings,
                           QStringLiteral("the verification token secret must be at least %1 characters long")
                               .arg(MinSecretLength),
                           QStringLiteral("auth.emailVerification.hmacSecretEnv"));
    return secret;
}

bool EmailVerificationSettings::usesInlineSecret() const
{
    return !hmacSecret.isEmpty() &&
           (hmacSecretEnv.isEmpty() || qgetenv(hmacSecretEnv.toLocal8Bit().constData()).isEmpty());
}

Result<AuthSettings> AuthSettings::fromJson(const nlohmann::json& section, const QString& path)
{
    AuthSettings settings;
    if (section.is_null())
        return settings;
    SettingsReader reader(
        section, path,
        {QStringLiteral("emailVerification"), QStringLiteral("lockout"), QStringLiteral("resendRateLimit")});
    if (const nlohmann::json* verification = reader.object("emailVerification")) {
        EmailVerificationSettings parsed;
        if (auto error = readVerification(*verification, reader.pathOf("emailVerification"), parsed))
            return *error;
        settings.emailVerification = parsed;
    }
    if (const nlohmann::json* lockout = reader.object("lockout")) {
        SettingsReader sub(*lockout, reader.pathOf("lockout"),
                           {QStringLiteral("maxFailedAttempts"), QStringLiteral("lockoutMinutes")});
        settings.maxFailedAttempts =
            sub.integer("maxFailedAttempts", 1, 1000).value_or(settings.maxFailedAttempts);
        settings.lockoutMinutes =
            sub.integer("lockoutMinutes", 1, 60 * 24 * 7).value_or(settings.lockoutMinutes);
        if (sub.error())
            return *sub.error();
    }
    if (const nlohmann::json* limit = reader.object("resendRateLimit")) {
        SettingsReader sub(*limit, reader.pathOf("resendRateLimit"),
                           {QStringLiteral("perAddress"), QStringLiteral("windowMinutes"),
                            QStringLiteral("globalPerMinute")});
        settings.resendPerAddress = sub.integer("perAddress", 1, 1000).value_or(settings.resendPerAddress);
        settings.resendWindowMinutes =
            sub.integer("windowMinutes", 1, 60 * 24).value_or(settings.resendWindowMinutes);
        settings.resendGlobalPerMinute =
            sub.integer("globalPerMinute", 1, 1000000).value_or(settings.resendGlobalPerMinute);
        if (sub.error())
            return *sub.error();
    }
    if (reader.error())
        return *reader.error();
    return settings;
}

} // namespace kumiko::auth
