// libFuzzer target: VerificationToken::verify on any text (only a token we signed may pass), and
// create/verify round trips for user ids built from the input.
#include "FuzzSupport.h"
#include "auth/VerificationToken.h"

#include <QUuid>

using namespace kumiko;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray secret = QByteArrayLiteral("fuzz-hmac-secret-0123456789abcdef");
    static const QString purpose = QStringLiteral("verify");
    const QString token = fuzz::text(data, size);
    const qint64 now = 1'700'000'000'000;
    if (auto claims = auth::VerificationToken::verify(secret, purpose, token, now)) {
        const QString again = auth::VerificationToken::create(secret, purpose, claims.value().userId,
                                                              claims.value().expiresAtMs);
        fuzz::require(again == token, "a token that verifies is the one we would have signed");
    } else {
        const QString reason = auth::VerificationToken::reasonOf(claims.error());
        fuzz::require(reason == QLatin1String("malformed") || reason == QLatin1String("bad_signature") ||
                          reason == QLatin1String("expired"),
                      "a rejection has one of the documented reasons");
    }
    // The nil UUID is nobody's id, and verify() refuses it as malformed.
    const QUuid uuid = size >= 16 ? QUuid::fromRfc4122(fuzz::bytes(data, 16)) : QUuid();
    if (!uuid.isNull()) {
        const QString userId = uuid.toString(QUuid::WithoutBraces);
        const qint64 expires = now + qint64(data[0]) + 1;
        const QString signedToken = auth::VerificationToken::create(secret, purpose, userId, expires);
        auto verified = auth::VerificationToken::verify(secret, purpose, signedToken, now);
        fuzz::require(verified && verified.value().userId == userId, "a signed token verifies");
        fuzz::require(!auth::VerificationToken::verify(secret, QStringLiteral("reset"), signedToken, now),
                      "a token of one purpose never opens another");
    }
    return 0;
}
