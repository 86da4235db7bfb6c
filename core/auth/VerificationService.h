#pragma once

#include "auth/AuthSettings.h"
#include "common/Result.h"
#include "domain/HandlerRegistry.h"
#include "mail/MailSettings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::auth {

/// The answer to a verification-mail request. Deliberately the same for unknown, verified and
/// deleted addresses (no account enumeration); only `rate_limited` differs.
struct VerificationRequestOutcome
{
    enum class Status
    {
        Accepted,
        RateLimited,
    };
    Status status = Status::Accepted;
    int retryAfterSeconds = 0; ///< > 0 with RateLimited
    /// The queued mail; 0 when none was queued. For admin pages only — never show it on the
    /// sign-in screen, where it would reveal whether the address exists.
    qint64 outboxId = 0;

    bool accepted() const { return status == Status::Accepted; }
    QString code() const { return accepted() ? QStringLiteral("accepted") : QStringLiteral("rate_limited"); }
};

/// What verifyEmail() did.
struct EmailVerification
{
    QString userId;
    bool alreadyVerified = false; ///< true: nothing was written
};

/// Sends verification mails (through the outbox) and redeems their tokens. Blocking (SQL on the
/// caller's connection): call from a worker thread. Each call owns its transaction.
class VerificationService
{
public:
    static constexpr auto Purpose = "verify";
    static constexpr auto MailKind = "email-verification";

    VerificationService(AuthSettings auth, mail::MailSettings mail);

    /// Counts the request against the rate limits, and for an existing, not deleted, unverified
    /// user queues the mail in the same transaction. `requesterLocale` is the UI language, used
    /// when the user has no locale; `requestedBy` is the acting user id (empty: the user themself).
    /// Errors: `invalid_email`, `not_configured`, `invalid_settings`, database codes.
    Result<VerificationRequestOutcome> requestEmailVerification(const QSqlDatabase& db, const QString& email,
                                                                const QString& requesterLocale = {},
                                                                const QString& requestedBy = {}) const;

    /// Redeems a token once: `user.updated` {emailVerified: true} through user:write:user:update.
    /// Errors: `invalid_verification_token` (Error::context = malformed | bad_signature | expired |
    /// already_used), `not_found` (user gone), `not_configured`, handler and database codes.
    /// A failure after the token was burnt rolls the burn back, so the link can be used again.
    Result<EmailVerification> verifyEmail(const QSqlDatabase& db, const QString& token) const;

    /// The link a mail carries: appUrl + `?token=` (or `&token=`).
    QString linkFor(const QString& token) const;

private:
    /// The HMAC secret, or `not_configured` / `invalid_settings`.
    Result<QByteArray> secret() const;

    AuthSettings m_auth;
    mail::MailSettings m_mail;
    domain::HandlerRegistry m_registry;
};

} // namespace kumiko::auth
