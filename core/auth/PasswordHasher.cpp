#include "auth/PasswordHasher.h"

#include <array>
#include <sodium.h>

namespace kumiko::auth {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19456u * 1024u;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady())
        return Error::make(ErrorCode::HashFailed, QStringLiteral("libsodium could not be initialised"));
    const QByteArray utf8 = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::make(ErrorCode::HashFailed, QStringLiteral("argon2id hashing ran out of memory"));
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString& password, const QString& phc)
{
    if (!sodiumReady() || !phc.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray encoded = phc.toLatin1();
    // libsodium reads the hash as a NUL-terminated string inside a buffer of exactly STRBYTES.
    std::array<char, crypto_pwhash_STRBYTES> buffer{};
    if (encoded.size() >= qsizetype(buffer.size()))
        return false;
    std::copy(encoded.begin(), encoded.end(), buffer.begin());
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(buffer.data(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace kumiko::auth
