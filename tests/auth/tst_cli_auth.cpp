#include "../mail/MimeTestParser.h"
#include "AuthTestUsers.h"
#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QDir>
#include <QTemporaryDir>

using namespace kumiko;
using test::CliProcess;
using test::TestDatabase;

class TestCliAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QString m_url;

    CliProcess::Output run(QStringList args, const QByteArray& input = {})
    {
        args << QStringLiteral("--project") << m_project.path() << QStringLiteral("--database-url") << m_url;
        return CliProcess::run(args, {}, input);
    }

private slots:
    void initTestCase()
    {
        auto settings = TestDatabase::create(QStringLiteral("kumiko_test_cli_auth"));
        KUMIKO_VERIFY_OK(settings);
        m_url = TestDatabase::url(settings.value());
        const nlohmann::json config = {
            {"auth",
             {{"emailVerification",
               {{"hmacSecret", "cli-test-secret-0123456789abcdef0123"},
                {"appUrl", "https://app.example.com/verify-email"},
                {"appName", "Demo Shop"}}}}},
            {"mail", {{"from", "Demo Shop <no-reply@example.com>"}, {"transport", "directory"}}}};
        QFile manifest(m_project.filePath(QStringLiteral("kumiko.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QByteArray::fromStdString(config.dump(2)));
    }

    void signUpToSignInThroughTheCli()
    {
        const QString email = QStringLiteral("cli@t.example");
        test::createUser(email, QStringLiteral("first-password"), false);

        auto login = run({QStringLiteral("auth"), QStringLiteral("login"), email}, "first-password\n");
        QCOMPARE(login.out.trimmed(), QStringLiteral("email_not_verified"));
        QCOMPARE(login.exitCode, 1);
        QVERIFY(!login.out.contains(QStringLiteral("first-password")) &&
                !login.err.contains(QStringLiteral("first-password")));
        QVERIFY(login.err.contains(QStringLiteral("inline development secret")));
        login = run({QStringLiteral("auth"), QStringLiteral("login"), email}, "wrong-password\n");
        QCOMPARE(login.out.trimmed(), QStringLiteral("invalid_credentials"));
        QCOMPARE(login.exitCode, 1);

        auto request = run({QStringLiteral("auth"), QStringLiteral("request-verification"), email,
                            QStringLiteral("--locale"), QStringLiteral("de")});
        QCOMPARE(request.exitCode, 0);
        QVERIFY(request.out.startsWith(QStringLiteral("accepted")));
        auto outbox = run({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--json")});
        QCOMPARE(outbox.exitCode, 0);
        auto rows = nlohmann::json::parse(outbox.out.toStdString());
        QCOMPARE(rows.size(), 1u);
        QCOMPARE(rows[0]["status"], "queued");
        QCOMPARE(rows[0]["recipient"], "cli@t.example");

        auto deliver = run({QStringLiteral("mail"), QStringLiteral("deliver"), QStringLiteral("--once")});
        QVERIFY2(deliver.exitCode == 0, qPrintable(deliver.err));
        QVERIFY(deliver.out.contains(QStringLiteral("sent 1")));
        const QDir mails(m_project.filePath(QStringLiteral("outbox-mail")));
        const QStringList files = mails.entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 1);
        QFile eml(mails.filePath(files.first()));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const auto mail = test::parseMail(eml.readAll());
        QCOMPARE(mail.decodedHeader("subject"),
                 QStringLiteral("Bitte bestätige deine E-Mail-Adresse für Demo Shop"));
        const QString token = test::tokenIn(mail.text);
        QVERIFY(!token.isEmpty());
        rows = nlohmann::json::parse(
            run({QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--json")})
                .out.toStdString());
        QCOMPARE(rows[0]["status"], "sent");

        auto verify = run({QStringLiteral("auth"), QStringLiteral("verify-email"), token});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY(verify.out.startsWith(QStringLiteral("verified")));
        auto replay = run({QStringLiteral("auth"), QStringLiteral("verify-email"), token});
        QCOMPARE(replay.exitCode, 1);
        QVERIFY(replay.err.contains(QStringLiteral("already_used")));
        auto garbage =
            run({QStringLiteral("auth"), QStringLiteral("verify-email"), QStringLiteral("nonsense")});
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.err.contains(QStringLiteral("malformed")));

        login = run({QStringLiteral("auth"), QStringLiteral("login"), email, QStringLiteral("--json")},
                    "first-password\n");
        QCOMPARE(login.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(login.out.toStdString())["result"], "ok");

        auto setPassword =
            run({QStringLiteral("users"), QStringLiteral("set-password"), email}, "second-password\n");
        QVERIFY2(setPassword.exitCode == 0, qPrintable(setPassword.err));
        QCOMPARE(
            run({QStringLiteral("auth"), QStringLiteral("login"), email}, "second-password\n").out.trimmed(),
            QStringLiteral("ok"));
        QCOMPARE(
            run({QStringLiteral("auth"), QStringLiteral("login"), email}, "first-password\n").out.trimmed(),
            QStringLiteral("invalid_credentials"));
        QCOMPARE(
            TestDatabase::count(QStringLiteral("kumiko_events"), QStringLiteral("type = 'user.updated'")), 2);
        auto tooShort = run({QStringLiteral("users"), QStringLiteral("set-password"), email}, "short\n");
        QCOMPARE(tooShort.exitCode, 2);
        auto unknown =
            run({QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("nobody@t.example")},
                "long-enough-password\n");
        QCOMPARE(unknown.exitCode, 2); // not_found: an unknown name, like unknown_user
    }
};

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
