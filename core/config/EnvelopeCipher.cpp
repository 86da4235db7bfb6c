#include "config/EnvelopeCipher.h"

#include <QRegularExpression>
#include <memory>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kumiko::config {
namespace {

constexpr int keyBytes = 32;
constexpr int ivBytes = 12;
constexpr int tagBytes = 16;
const char* const keyPrefix = "KUMIKO_SECRETS_MASTER_KEY_V";
const char* const currentVersionVariable = "KUMIKO_SECRETS_MASTER_KEY_CURRENT_VERSION";

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

struct Sealed
{
    QByteArray ciphertext;
    QByteArray tag;
};

Error cryptoError(const QString& step)
{
    return Error::make(ErrorCode::CryptoError, QStringLiteral("OpenSSL failed to %1").arg(step));
}

Error decryptFailed()
{
    return Error::make(ErrorCode::DecryptFailed,
                       QStringLiteral("the encrypted value cannot be decrypted: wrong master key or tampered "
                                      "ciphertext, tag or IV"));
}

Error notAnEnvelope(const QString& why)
{
    return Error::make(ErrorCode::NotAnEnvelope,
                       QStringLiteral("the stored value is not an encryption envelope (%1)").arg(why));
}

Result<Sealed> seal(const QByteArray& key, const QByteArray& iv, const QByteArray& plaintext)
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    Sealed out;
    out.ciphertext.resize(plaintext.size());
    out.tag.resize(tagBytes);
    int length = 0;
    int finalLength = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(plaintext.constData());
    auto* ct = reinterpret_cast<unsigned char*>(out.ciphertext.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, ivBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char*>(key.constData()),
                           reinterpret_cast<const unsigned char*>(iv.constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), ct, &length, in, int(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), ct + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, out.tag.data()) != 1)
        return cryptoError(QStringLiteral("encrypt"));
    out.ciphertext.resize(length + finalLength);
    return out;
}

Result<QByteArray> unseal(const QByteArray& key, const QByteArray& iv, const QByteArray& ciphertext,
                          QByteArray tag)
{
    if (iv.size() != ivBytes || tag.size() != tagBytes)
        return decryptFailed();
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, ivBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char*>(key.constData()),
                           reinterpret_cast<const unsigned char*>(iv.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), out, &length,
                          reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                          int(ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagBytes, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out + length, &finalLength) != 1)
        return decryptFailed();
    plaintext.resize(length + finalLength);
    return plaintext;
}

Result<QByteArray> randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        return cryptoError(QStringLiteral("produce random bytes"));
    return bytes;
}

std::optional<QByteArray> strictBase64(const nlohmann::json& value)
{
    if (!value.is_string())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(value.get<std::string>()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

struct Envelope
{
    QByteArray ciphertext;
    QByteArray iv;
    QByteArray authTag;
    QByteArray encryptedDek;
    int kekVersion = 0;
};

Result<Envelope> parseEnvelope(const QString& stored)
{
    const auto json = nlohmann::json::parse(stored.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return notAnEnvelope(QStringLiteral("not a JSON object"));
    Envelope envelope;
    const std::pair<const char*, QByteArray*> parts[] = {{"ciphertext", &envelope.ciphertext},
                                                         {"iv", &envelope.iv},
                                                         {"authTag", &envelope.authTag},
                                                         {"encryptedDek", &envelope.encryptedDek}};
    for (const auto& [name, target] : parts) {
        auto bytes = json.contains(name) ? strictBase64(json.at(name)) : std::nullopt;
        if (!bytes)
            return notAnEnvelope(QStringLiteral("member %1 missing or not base64").arg(QLatin1String(name)));
        *target = *bytes;
    }
    if (!json.contains("kekVersion") || !json.at("kekVersion").is_number_integer())
        return notAnEnvelope(QStringLiteral("kekVersion missing or not an integer"));
    envelope.kekVersion = json.at("kekVersion").get<int>();
    return envelope;
}

Error invalidKey(const QString& variable, const QString& why)
{
    return Error::make(ErrorCode::MasterKeyInvalid, QStringLiteral("%1 %2").arg(variable, why), variable);
}

Result<QByteArray> decodeKey(const QString& variable, const QString& value)
{
    auto decoded =
        QByteArray::fromBase64Encoding(value.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidKey(variable, QStringLiteral("is not base64"));
    if ((*decoded).size() != keyBytes)
        return invalidKey(
            variable,
            QStringLiteral("must be the base64 of exactly 32 bytes (it has %1)").arg((*decoded).size()));
    return *decoded;
}

} // namespace

bool EnvelopeCipher::isConfigured(const QProcessEnvironment& env)
{
    const QString version = env.value(QLatin1String(currentVersionVariable), QStringLiteral("1")).trimmed();
    return !env.value(QLatin1String(keyPrefix) + version).isEmpty();
}

Result<EnvelopeCipher> EnvelopeCipher::fromEnvironment(const QProcessEnvironment& env)
{
    EnvelopeCipher cipher;
    const QString versionText =
        env.value(QLatin1String(currentVersionVariable), QStringLiteral("1")).trimmed();
    bool ok = false;
    cipher.m_currentVersion = versionText.toInt(&ok);
    if (!ok || cipher.m_currentVersion < 1)
        return invalidKey(QLatin1String(currentVersionVariable),
                          QStringLiteral("must be a positive integer"));
    static const QRegularExpression name(QStringLiteral("^KUMIKO_SECRETS_MASTER_KEY_V([0-9]+)$"));
    for (const QString& variable : env.keys()) {
        const auto match = name.match(variable);
        if (!match.hasMatch())
            continue;
        auto key = decodeKey(variable, env.value(variable));
        const int version = match.captured(1).toInt();
        if (version == cipher.m_currentVersion && !key)
            return key.error();
        if (key)
            cipher.m_keys.insert(version, key.value());
    }
    if (!cipher.m_keys.contains(cipher.m_currentVersion)) {
        const QString variable = QLatin1String(keyPrefix) + QString::number(cipher.m_currentVersion);
        return Error::make(ErrorCode::MasterKeyMissing,
                           QStringLiteral("no master key: set %1 (base64 of 32 bytes) to encrypt or decrypt "
                                          "config values")
                               .arg(variable),
                           variable);
    }
    return cipher;
}

Result<QString> EnvelopeCipher::encrypt(const QByteArray& plaintext) const
{
    auto dek = randomBytes(keyBytes);
    auto iv = randomBytes(ivBytes);
    auto wrapIv = randomBytes(ivBytes);
    if (!dek || !iv || !wrapIv)
        return cryptoError(QStringLiteral("produce random bytes"));
    auto value = seal(dek.value(), iv.value(), plaintext);
    if (!value)
        return value.error();
    auto wrapped = seal(m_keys.value(m_currentVersion), wrapIv.value(), dek.value());
    if (!wrapped)
        return wrapped.error();
    nlohmann::ordered_json envelope;
    const auto base64 = [](const QByteArray& bytes) {
        return bytes.toBase64().toStdString();
    };
    envelope["ciphertext"] = base64(value->ciphertext);
    envelope["iv"] = base64(iv.value());
    envelope["authTag"] = base64(value->tag);
    envelope["encryptedDek"] = base64(wrapIv.value() + wrapped->tag + wrapped->ciphertext);
    envelope["kekVersion"] = m_currentVersion;
    return QString::fromStdString(envelope.dump());
}

Result<QByteArray> EnvelopeCipher::decrypt(const QString& stored) const
{
    auto envelope = parseEnvelope(stored);
    if (!envelope)
        return envelope.error();
    if (!m_keys.contains(envelope->kekVersion))
        return Error::make(
            ErrorCode::UnknownKeyVersion,
            QStringLiteral("the value was encrypted under master key version %1, but %2%1 is not "
                           "set")
                .arg(envelope->kekVersion)
                .arg(QLatin1String(keyPrefix)));
    const QByteArray& wrapped = envelope->encryptedDek;
    if (wrapped.size() != ivBytes + tagBytes + keyBytes)
        return decryptFailed();
    auto dek = unseal(m_keys.value(envelope->kekVersion), wrapped.left(ivBytes),
                      wrapped.mid(ivBytes + tagBytes), wrapped.mid(ivBytes, tagBytes));
    if (!dek)
        return dek.error();
    return unseal(dek.value(), envelope->iv, envelope->ciphertext, envelope->authTag);
}

bool EnvelopeCipher::isEnvelope(const QString& stored)
{
    return parseEnvelope(stored).ok();
}

} // namespace kumiko::config
