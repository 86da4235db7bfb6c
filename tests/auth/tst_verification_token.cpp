#include "TestMacros.h"
#include "auth/VerificationToken.h"

#include <QFile>
#include <QtTest>
#include <nlohmann/json.hpp>

using kumiko::auth::VerificationToken;

namespace {

nlohmann::json vector()
{
    QFile file(QFINDTESTDATA("../reference/compat-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("compat-vectors.json not found");
    return nlohmann::json::parse(file.readAll().toStdString())["verificationToken"];
}

QString text(const nlohmann::json& v, const char* member)
{
    return QString::fromStdString(v[member].get<std::string>());
}

} // namespace

class TestVerificationToken : public QObject
{
    Q_OBJECT

    const nlohmann::json m_vector = vector();
    const QByteArray m_secret = text(m_vector, "secret").toUtf8();
    const QString m_userId = text(m_vector, "userId");
    const qint64 m_expires = m_vector["expiresAtMs"].get<qint64>();
    const QString m_token = text(m_vector, "token");

private slots:
    void reproducesTheCompatToken()
    {
        QCOMPARE(VerificationToken::create(m_secret, QStringLiteral("verify"), m_userId, m_expires), m_token);
        QCOMPARE(VerificationToken::create(m_secret, QStringLiteral("reset"), m_userId, m_expires),
                 text(m_vector, "sameUserAndExpiryButResetPurposeToken"));
    }

    void acceptsTheCompatToken()
    {
        auto claims = VerificationToken::verify(m_secret, QStringLiteral("verify"), m_token, m_expires - 1);
        KUMIKO_VERIFY_OK(claims);
        QCOMPARE(claims->userId, m_userId);
        QCOMPARE(claims->expiresAtMs, m_expires);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("reason");
        const QString sig = m_token.section(QLatin1Char('.'), 2);
        const QString head = m_userId + QLatin1Char('.') + QString::number(m_expires);
        const qint64 before = m_expires - 1;
        QString flipped = m_token;
        flipped[flipped.size() - 2] =
            flipped.at(flipped.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

        QTest::newRow("reset purpose") << text(m_vector, "sameUserAndExpiryButResetPurposeToken") << m_secret
                                       << before << "bad_signature";
        QTest::newRow("other secret") << m_token << QByteArray("another-secret-0123456789abcdef0123456789")
                                      << before << "bad_signature";
        QTest::newRow("tampered signature") << flipped << m_secret << before << "bad_signature";
        QTest::newRow("tampered expiry")
            << m_userId + QStringLiteral(".1893456000001.") + sig << m_secret << before << "bad_signature";
        QTest::newRow("tampered user") << QStringLiteral("21111111-1111-4111-8111-111111111111.") +
                                              QString::number(m_expires) + QLatin1Char('.') + sig
                                       << m_secret << before << "bad_signature";
        QTest::newRow("expired") << m_token << m_secret << m_expires << "expired";
        QTest::newRow("expired long ago") << m_token << m_secret << m_expires + 86400000 << "expired";
        QTest::newRow("empty") << QString() << m_secret << before << "malformed";
        QTest::newRow("two parts") << head << m_secret << before << "malformed";
        QTest::newRow("four parts") << m_token + QStringLiteral(".x") << m_secret << before << "malformed";
        QTest::newRow("not a uuid") << QStringLiteral("user-1.") + QString::number(m_expires) +
                                           QLatin1Char('.') + sig
                                    << m_secret << before << "malformed";
        QTest::newRow("expiry not a number")
            << m_userId + QStringLiteral(".soon.") + sig << m_secret << before << "malformed";
        QTest::newRow("negative expiry")
            << m_userId + QStringLiteral(".-5.") + sig << m_secret << before << "malformed";
        QTest::newRow("padded signature") << m_token + QLatin1Char('=') << m_secret << before << "malformed";
        QTest::newRow("standard base64")
            << head + QLatin1Char('.') + QString(sig).replace(QLatin1Char('-'), QLatin1Char('+')) << m_secret
            << before << (sig.contains(QLatin1Char('-')) ? "malformed" : "bad_signature");
        QTest::newRow("short signature")
            << head + QLatin1Char('.') + sig.left(42) << m_secret << before << "malformed";
        QTest::newRow("whitespace") << m_token + QLatin1Char(' ') << m_secret << before << "malformed";
    }

    void rejects()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, secret);
        QFETCH(qint64, now);
        QFETCH(QString, reason);
        auto claims = VerificationToken::verify(secret, QStringLiteral("verify"), token, now);
        KUMIKO_VERIFY_ERROR(claims, "invalid_verification_token");
        QCOMPARE(VerificationToken::reasonOf(claims.error()), reason);
    }
};

QTEST_GUILESS_MAIN(TestVerificationToken)
#include "tst_verification_token.moc"
