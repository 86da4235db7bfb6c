// libFuzzer target: EnvelopeCipher::decrypt on any stored text (never plaintext without the right key
// and tag), and encrypt/decrypt round trips of the input.
#include "FuzzSupport.h"
#include "config/EnvelopeCipher.h"

using namespace kumiko;

namespace {

const config::EnvelopeCipher& cipher()
{
    static const config::EnvelopeCipher instance = [] {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"),
                   // The reference vectors' key, so their envelope in the corpus decrypts.
                   QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw="));
        env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V2"),
                   QString::fromLatin1(QByteArray(32, '\x22').toBase64()));
        env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_CURRENT_VERSION"), QStringLiteral("2"));
        auto c = config::EnvelopeCipher::fromEnvironment(env);
        fuzz::require(bool(c), "the fuzz master keys are valid");
        return c.value();
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString stored = fuzz::text(data, size);
    (void)config::EnvelopeCipher::isEnvelope(stored);
    (void)cipher().decrypt(stored);

    const QByteArray plaintext = fuzz::bytes(data, size);
    auto envelope = cipher().encrypt(plaintext);
    fuzz::require(bool(envelope), "encryption succeeds");
    fuzz::require(config::EnvelopeCipher::isEnvelope(envelope.value()), "encrypt makes an envelope");
    auto back = cipher().decrypt(envelope.value());
    fuzz::require(back && back.value() == plaintext, "decrypt(encrypt(x)) == x");
    return 0;
}
