#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::auth {

/// `auth.emailVerification` of kumiko.json: token secret, lifetime and the link target.
struct EmailVerificationSettings
{
    bool strict = true; ///< mode "strict" (default) gates sign-in on a verified address; "off" does not
    QString hmacSecretEnv;
    QString hmacSecret; ///< inline secret, for local development only
    int tokenTtlMinutes = 1440;
    QString appUrl;
    QString appName = QStringLiteral("Kumiko");

    static constexpr int MinSecretLength = 32;

    /// The HMAC secret from `hmacSecretEnv`, else the inline one; `not_configured` when unset,
    /// `invalid_settings` when shorter than 32 characters.
    Result<QByteArray> resolveSecret() const;
    /// True when the secret in use is the inline development secret (callers warn once).
    bool usesInlineSecret() const;
};

/// The `auth` section of kumiko.json: e-mail verification, lockout and resend rate limits.
struct AuthSettings
{
    std::optional<EmailVerificationSettings> emailVerification; ///< absent → verification not configured
    int maxFailedAttempts = 5;
    int lockoutMinutes = 15;
    int resendPerAddress = 3;
    int resendWindowMinutes = 15;
    int resendGlobalPerMinute = 60;

    /// Validates `section` strictly: unknown members and bad types → `invalid_settings` with the
    /// JSON path in Error::field. A null section gives the defaults.
    static Result<AuthSettings> fromJson(const nlohmann::json& section,
                                         const QString& path = QStringLiteral("auth"));

    /// Whether sign-in requires a verified e-mail address.
    bool requiresVerifiedEmail() const { return !emailVerification || emailVerification->strict; }
};

} // namespace kumiko::auth
