#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace kumiko::auth {

/// Stateless signed tokens, upstream format:
/// `<userId>.<expiresAtMs>.<base64url(HMAC-SHA256(secret, purpose + ":" + userId + "." + expiresAtMs))>`
/// (base64url without padding). The purpose ("verify", "reset") keeps one kind from opening another.
class VerificationToken
{
public:
    struct Claims
    {
        QString userId;
        qint64 expiresAtMs = 0;
    };

    static QString create(const QByteArray& secret, const QString& purpose, const QString& userId,
                          qint64 expiresAtMs);

    /// Checks structure, then signature (constant time), then expiry against `nowMs`. Failure →
    /// `invalid_verification_token` with Error::context = the reason: `malformed`, `bad_signature`
    /// or `expired`.
    static Result<Claims> verify(const QByteArray& secret, const QString& purpose, const QString& token,
                                 qint64 nowMs);

    /// The reason a failed verify() reported (`malformed`, `bad_signature`, `expired`, `already_used`).
    static QString reasonOf(const Error& error) { return error.context; }
    /// Rejection with `reason`, shared by every step that refuses a token.
    static Error rejected(const QString& reason);
};

} // namespace kumiko::auth
