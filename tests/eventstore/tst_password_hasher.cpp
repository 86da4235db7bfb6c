#include "TestMacros.h"
#include "auth/PasswordHasher.h"

#include <QFile>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace kumiko;
using auth::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compatVectorVerifies();
    void hashUsesUpstreamParametersAndRoundTrips();
    void junkNeverVerifies();
};

void TestPasswordHasher::compatVectorVerifies()
{
    QFile file(QFINDTESTDATA("../reference/compat-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto vectors = nlohmann::json::parse(file.readAll().toStdString());
    const auto& vector = vectors.at("passwordHash");
    const QString phc = QString::fromStdString(vector.at("phc").get<std::string>());
    QVERIFY(PasswordHasher::verify(QString::fromStdString(vector.at("password").get<std::string>()), phc));
    QVERIFY(
        !PasswordHasher::verify(QString::fromStdString(vector.at("wrongPassword").get<std::string>()), phc));
}

void TestPasswordHasher::hashUsesUpstreamParametersAndRoundTrips()
{
    auto phc = PasswordHasher::hash(QStringLiteral("grüße aus köln"));
    KUMIKO_VERIFY_OK(phc);
    QVERIFY2(phc->startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(*phc));
    QVERIFY(PasswordHasher::verify(QStringLiteral("grüße aus köln"), *phc));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("grüsse aus köln"), *phc));
    auto second = PasswordHasher::hash(QStringLiteral("grüße aus köln"));
    KUMIKO_VERIFY_OK(second);
    QVERIFY(*second != *phc); // fresh salt each time
}

void TestPasswordHasher::junkNeverVerifies()
{
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QString()));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("$argon2id$garbage")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("$2b$10$abcdefghijklmnopqrstuv")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("x"),
                                    QStringLiteral("$argon2id$") + QString(200, QLatin1Char('a'))));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_password_hasher.moc"
