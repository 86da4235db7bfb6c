#include "auth/VerificationToken.h"

#include <QRegularExpression>
#include <QUuid>
#include <sodium.h>

namespace kumiko::auth {
namespace {

constexpr qsizetype kSignatureLength = 43; // base64url of 32 bytes without padding

QByteArray signature(const QByteArray& secret, const QString& purpose, const QString& userId,
                     qint64 expiresAtMs)
{
    static const bool sodiumReady = sodium_init() >= 0;
    Q_UNUSED(sodiumReady);
    const QByteArray message =
        (purpose + QLatin1Char(':') + userId + QLatin1Char('.') + QString::number(expiresAtMs)).toUtf8();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.constData()),
                                size_t(secret.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()),
                                  quint64(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    return QByteArray(reinterpret_cast<const char*>(mac), sizeof mac)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isCanonicalUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

Error VerificationToken::rejected(const QString& reason)
{
    Error e = Error::make(ErrorCode::InvalidVerificationToken,
                          QStringLiteral("the verification link is not valid (%1)").arg(reason),
                          QStringLiteral("token"));
    e.context = reason;
    return e;
}

QString VerificationToken::create(const QByteArray& secret, const QString& purpose, const QString& userId,
                                  qint64 expiresAtMs)
{
    return userId + QLatin1Char('.') + QString::number(expiresAtMs) + QLatin1Char('.') +
           QString::fromLatin1(signature(secret, purpose, userId, expiresAtMs));
}

Result<VerificationToken::Claims> VerificationToken::verify(const QByteArray& secret, const QString& purpose,
                                                            const QString& token, qint64 nowMs)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || !isCanonicalUuid(parts[0]) || !digits.match(parts[1]).hasMatch() ||
        parts[2].size() != kSignatureLength || !base64url.match(parts[2]).hasMatch())
        return rejected(QStringLiteral("malformed"));
    Claims claims{parts[0], parts[1].toLongLong()};
    const QByteArray expected = signature(secret, purpose, claims.userId, claims.expiresAtMs);
    const QByteArray given = parts[2].toLatin1();
    if (sodium_memcmp(expected.constData(), given.constData(), size_t(kSignatureLength)) != 0)
        return rejected(QStringLiteral("bad_signature"));
    if (claims.expiresAtMs <= nowMs)
        return rejected(QStringLiteral("expired"));
    return claims;
}

} // namespace kumiko::auth
