// SecretPayload: the one masking of secret payload members for the Events page and `events tail`.

#include "config/EnvelopeCipher.h"
#include "eventstore/SecretPayload.h"

#include <QtTest>

using namespace kumiko;
using nlohmann::json;

class TestSecretPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretMemberNames();
    void masksAtAnyDepthAndKeepsTheRest();
    void masksEncryptedConfigValues();
};

void TestSecretPayload::secretMemberNames()
{
    for (const char* name : {"passwordHash", "password", "newPassword", "hmacSecret", "clientSecret", "token",
                             "refreshToken", "PASSWORD_HASH"})
        QVERIFY2(es::SecretPayload::isSecretMember(QString::fromLatin1(name)), name);
    for (const char* name : {"email", "displayName", "roles", "value", "key", "userId"})
        QVERIFY2(!es::SecretPayload::isSecretMember(QString::fromLatin1(name)), name);
}

void TestSecretPayload::masksAtAnyDepthAndKeepsTheRest()
{
    const json payload = {{"email", "ada@example.com"},
                          {"passwordHash", "$argon2id$v=19$m=19456,t=2,p=1$abc$def"},
                          {"roles", {"SystemAdmin"}},
                          {"changes", {{"passwordHash", "$argon2id$new"}, {"emailVerified", true}}},
                          {"previous", {{"passwordHash", nullptr}, {"items", {{{"apiToken", "t0k3n"}}}}}}};
    const json masked = es::SecretPayload::masked(payload);
    QVERIFY2(masked.dump().find("argon2id") == std::string::npos, masked.dump().c_str());
    QVERIFY(masked.dump().find("t0k3n") == std::string::npos);
    QCOMPARE(masked["passwordHash"], json("••••••"));
    QCOMPARE(masked["changes"]["passwordHash"], json("••••••"));
    QCOMPARE(masked["changes"]["emailVerified"], json(true));
    QCOMPARE(masked["previous"]["passwordHash"], json()); // "has none" stays visible
    QCOMPARE(masked["previous"]["items"][0]["apiToken"], json("••••••"));
    QCOMPARE(masked["email"], payload["email"]);
    QCOMPARE(masked["roles"], payload["roles"]);
}

void TestSecretPayload::masksEncryptedConfigValues()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"),
               QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw="));
    auto cipher = config::EnvelopeCipher::fromEnvironment(env);
    QVERIFY(cipher);
    auto envelope = cipher->encrypt("\"sk_live_secret\"");
    QVERIFY(envelope);
    const json payload = {{"key", "billing:config:stripe-key"},
                          {"value", envelope->toStdString()},
                          {"changes", {{"value", envelope->toStdString()}}},
                          {"previous", {{"value", "\"plain\""}}}};
    const json masked = es::SecretPayload::masked(payload);
    QCOMPARE(masked["value"], json("••••••"));
    QCOMPARE(masked["changes"]["value"], json("••••••"));
    QCOMPARE(masked["previous"]["value"], json("\"plain\""));
    QCOMPARE(masked["key"], payload["key"]);
    QVERIFY(masked.dump().find("ciphertext") == std::string::npos);
}

QTEST_MAIN(TestSecretPayload)
#include "tst_secret_payload.moc"
