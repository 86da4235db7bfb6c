#include "TestMacros.h"
#include "config/EnvelopeCipher.h"
#include "config/SeedId.h"

#include <QFile>
#include <QProcess>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace kumiko;
using namespace kumiko::config;
using Json = nlohmann::json;

namespace {

const QString compatKey = QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");

QProcessEnvironment keyEnvironment(const QString& key = compatKey, const QString& version = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), key);
    if (!version.isEmpty())
        env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_CURRENT_VERSION"), version);
    return env;
}

// Flips one bit in the base64 member `name` of an envelope.
QString tampered(const QString& envelope, const char* name)
{
    Json json = Json::parse(envelope.toStdString());
    QByteArray bytes = QByteArray::fromBase64(QByteArray::fromStdString(json[name].get<std::string>()));
    bytes[0] = char(bytes.at(0) ^ 0x01);
    json[name] = bytes.toBase64().toStdString();
    return QString::fromStdString(json.dump());
}

} // namespace

class TestConfigCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedIdsMatchCompatVectors_data();
    void seedIdsMatchCompatVectors();
    void seedIdFromParts();
    void compatEnvelopeDecrypts();
    void roundTripNeverContainsPlaintext();
    void nodeDecryptsOurEnvelope();
    void keyErrors_data();
    void keyErrors();
    void unknownVersion();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void notAnEnvelope_data();
    void notAnEnvelope();

private:
    Json m_vectors;
};

void TestConfigCrypto::initTestCase()
{
    QFile file(QFINDTESTDATA("../reference/compat-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_vectors = Json::parse(file.readAll().toStdString());
}

void TestConfigCrypto::seedIdsMatchCompatVectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QFile file(QFINDTESTDATA("../reference/compat-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Json vectors = Json::parse(file.readAll().toStdString());
    QCOMPARE(vectors["configSeedIds"]["cases"].size(), 5u);
    for (const Json& c : vectors["configSeedIds"]["cases"]) {
        const QString name = QString::fromStdString(c["name"].get<std::string>());
        QTest::newRow(qPrintable(name)) << name << QString::fromStdString(c["id"].get<std::string>());
    }
}

void TestConfigCrypto::seedIdsMatchCompatVectors()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(SeedId::ns().toString(QUuid::WithoutBraces),
             QString::fromStdString(m_vectors["configSeedIds"]["namespace"].get<std::string>()));
    QCOMPARE(SeedId::fromName(name).toString(QUuid::WithoutBraces), id);
}

void TestConfigCrypto::seedIdFromParts()
{
    QCOMPARE(SeedId::of(QStringLiteral("ui:config:theme"),
                        QUuid(QStringLiteral("22222222-2222-4222-8222-222222222222")),
                        QStringLiteral("33333333-3333-4333-8333-333333333333"))
                 .toString(QUuid::WithoutBraces),
             QStringLiteral("973dfb06-baa5-57b1-ba3c-e03c1d34009e"));
    QCOMPARE(SeedId::of(QStringLiteral("tenant:config:max-users"),
                        QUuid(QStringLiteral("00000000-0000-4000-8000-000000000000")), {})
                 .toString(QUuid::WithoutBraces),
             QStringLiteral("54778e0c-1cfc-5318-b4a1-398abde092a8"));
}

void TestConfigCrypto::compatEnvelopeDecrypts()
{
    QProcessEnvironment env;
    for (const auto& [name, value] : m_vectors["envelope"]["masterKeyEnv"].items())
        env.insert(QString::fromStdString(name), QString::fromStdString(value.get<std::string>()));
    auto cipher = EnvelopeCipher::fromEnvironment(env);
    KUMIKO_VERIFY_OK(cipher);
    const QString stored = QString::fromStdString(m_vectors["envelope"]["stored"].get<std::string>());
    QVERIFY(EnvelopeCipher::isEnvelope(stored));
    auto plaintext = cipher->decrypt(stored);
    KUMIKO_VERIFY_OK(plaintext);
    QCOMPARE(plaintext.value(),
             QByteArray::fromStdString(m_vectors["envelope"]["plaintext"].get<std::string>()));
}

void TestConfigCrypto::roundTripNeverContainsPlaintext()
{
    auto cipher = EnvelopeCipher::fromEnvironment(keyEnvironment());
    KUMIKO_VERIFY_OK(cipher);
    const QByteArray plaintext = "\"sk_live_very_secret\"";
    auto envelope = cipher->encrypt(plaintext);
    KUMIKO_VERIFY_OK(envelope);
    QVERIFY(!envelope->contains(QLatin1String("sk_live")));
    QVERIFY(!envelope->contains(QString::fromLatin1(plaintext.toBase64())));
    QVERIFY(envelope->startsWith(QLatin1String("{\"ciphertext\":\"")));
    QVERIFY(envelope->endsWith(QLatin1String(",\"kekVersion\":1}")));
    auto again = cipher->encrypt(plaintext);
    QVERIFY(again.value() != envelope.value()); // fresh data key and IV every time
    QCOMPARE(cipher->decrypt(envelope.value()).value(), plaintext);
}

void TestConfigCrypto::nodeDecryptsOurEnvelope()
{
    auto cipher = EnvelopeCipher::fromEnvironment(keyEnvironment());
    KUMIKO_VERIFY_OK(cipher);
    const QByteArray plaintext = "{\"nested\":\"Grüße\",\"n\":1}";
    auto envelope = cipher->encrypt(plaintext);
    KUMIKO_VERIFY_OK(envelope);
    const QString script = QStringLiteral(
        "const c=require('crypto');const e=JSON.parse(process.env.ENVELOPE);"
        "const mk=Buffer.from(process.env.MASTER,'base64');const d=Buffer.from(e.encryptedDek,'base64');"
        "const w=c.createDecipheriv('aes-256-gcm',mk,d.subarray(0,12));w.setAuthTag(d.subarray(12,28));"
        "const dek=Buffer.concat([w.update(d.subarray(28)),w.final()]);"
        "const x=c.createDecipheriv('aes-256-gcm',dek,Buffer.from(e.iv,'base64'));"
        "x.setAuthTag(Buffer.from(e.authTag,'base64'));"
        "process.stdout.write(Buffer.concat([x.update(Buffer.from(e.ciphertext,'base64')),x.final()]));");
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENVELOPE"), envelope.value());
    env.insert(QStringLiteral("MASTER"), compatKey);
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"), {QStringLiteral("-e"), script});
    QVERIFY2(node.waitForFinished(30000), "node did not finish");
    QCOMPARE(node.exitCode(), 0);
    QCOMPARE(node.readAllStandardOutput(), plaintext);
}

void TestConfigCrypto::keyErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QString() << QString() << "master_key_missing";
    QTest::newRow("short") << QString::fromLatin1(QByteArray(16, 'k').toBase64()) << QString()
                           << "master_key_invalid";
    QTest::newRow("not base64") << QStringLiteral("***") << QString() << "master_key_invalid";
    QTest::newRow("current version without key") << compatKey << QStringLiteral("2") << "master_key_missing";
    QTest::newRow("current version not a number")
        << compatKey << QStringLiteral("two") << "master_key_invalid";
}

void TestConfigCrypto::keyErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, version);
    QFETCH(QString, code);
    QProcessEnvironment env = key.isEmpty() ? QProcessEnvironment() : keyEnvironment(key, version);
    auto cipher = EnvelopeCipher::fromEnvironment(env);
    QVERIFY(!cipher.ok());
    QCOMPARE(cipher.error().codeName(), code);
    QVERIFY(!cipher.error().message.contains(compatKey));
}

void TestConfigCrypto::unknownVersion()
{
    auto v1 = EnvelopeCipher::fromEnvironment(keyEnvironment());
    KUMIKO_VERIFY_OK(v1);
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V2"),
               QString::fromLatin1(QByteArray(32, 'z').toBase64()));
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_CURRENT_VERSION"), QStringLiteral("2"));
    auto v2 = EnvelopeCipher::fromEnvironment(env);
    KUMIKO_VERIFY_OK(v2);
    QCOMPARE(v2->currentVersion(), 2);
    auto envelope = v1->encrypt("1");
    KUMIKO_VERIFY_OK(envelope);
    KUMIKO_VERIFY_ERROR(v2->decrypt(envelope.value()), "unknown_key_version");
    auto wrongKey =
        EnvelopeCipher::fromEnvironment(keyEnvironment(QString::fromLatin1(QByteArray(32, 'y').toBase64())));
    KUMIKO_VERIFY_ERROR(wrongKey->decrypt(envelope.value()), "decrypt_failed");
}

void TestConfigCrypto::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("member");
    QTest::newRow("ciphertext") << "ciphertext";
    QTest::newRow("tag") << "authTag";
    QTest::newRow("iv") << "iv";
    QTest::newRow("wrapped data key") << "encryptedDek";
}

void TestConfigCrypto::tamperingIsDetected()
{
    QFETCH(QString, member);
    auto cipher = EnvelopeCipher::fromEnvironment(keyEnvironment());
    KUMIKO_VERIFY_OK(cipher);
    auto envelope = cipher->encrypt("\"secret\"");
    KUMIKO_VERIFY_OK(envelope);
    auto result = cipher->decrypt(tampered(envelope.value(), member.toLatin1().constData()));
    KUMIKO_VERIFY_ERROR(result, "decrypt_failed");
    QVERIFY(!result.error().message.contains(QLatin1String("secret")));
}

void TestConfigCrypto::notAnEnvelope_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain JSON value") << "\"sk_live\"";
    QTest::newRow("garbage") << "{oops";
    QTest::newRow("missing member") << R"({"ciphertext":"AA==","iv":"AA==","authTag":"AA==","kekVersion":1})";
    QTest::newRow("bad base64")
        << R"({"ciphertext":"!!","iv":"AA==","authTag":"AA==","encryptedDek":"AA==","kekVersion":1})";
    QTest::newRow("version text")
        << R"({"ciphertext":"AA==","iv":"AA==","authTag":"AA==","encryptedDek":"AA==","kekVersion":"1"})";
}

void TestConfigCrypto::notAnEnvelope()
{
    QFETCH(QString, stored);
    auto cipher = EnvelopeCipher::fromEnvironment(keyEnvironment());
    KUMIKO_VERIFY_OK(cipher);
    QVERIFY(!EnvelopeCipher::isEnvelope(stored));
    KUMIKO_VERIFY_ERROR(cipher->decrypt(stored), "not_an_envelope");
}

QTEST_GUILESS_MAIN(TestConfigCrypto)
#include "tst_config_crypto.moc"
