#include "../mail/MimeTestParser.h"
#include "AuthTestUsers.h"
#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/AccountAdmin.h"
#include "auth/VerificationService.h"
#include "auth/VerificationToken.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace kumiko;
using auth::VerificationService;
using test::createUser;
using test::TestDatabase;

namespace {

const char* kSecret = "dev-secret-for-tests-0123456789abcdef";

auth::AuthSettings authSettings(int globalPerMinute = 60)
{
    auth::AuthSettings s;
    auth::EmailVerificationSettings v;
    v.hmacSecret = QString::fromLatin1(kSecret);
    v.appUrl = QStringLiteral("https://app.example.com/verify-email");
    v.appName = QStringLiteral("Demo Shop");
    s.emailVerification = v;
    s.resendGlobalPerMinute = globalPerMinute;
    return s;
}

mail::MailSettings mailSettings()
{
    mail::MailSettings m;
    m.from = {QStringLiteral("Demo Shop"), QStringLiteral("no-reply@example.com")};
    return m;
}

VerificationService service(int globalPerMinute = 60)
{
    return VerificationService(authSettings(globalPerMinute), mailSettings());
}

QByteArray mimeOf(qint64 outboxId)
{
    return db::Sql::scalar(TestDatabase::connection(),
                           QStringLiteral("SELECT mime_message FROM kumiko_admin_mail_outbox WHERE id = ?"),
                           {outboxId})
        ->toString()
        .toLatin1();
}

QString tokenFor(const QString& email)
{
    auto outcome =
        service().requestEmailVerification(TestDatabase::connection(), email, QStringLiteral("de"));
    if (!outcome || outcome->outboxId == 0)
        return {};
    return test::tokenIn(test::parseMail(mimeOf(outcome->outboxId)).text);
}

qint64 userEvents(const QString& userId)
{
    return TestDatabase::count(QStringLiteral("kumiko_events"),
                               QStringLiteral("aggregate_id = '%1' AND type = 'user.updated'").arg(userId));
}

} // namespace

class TestEmailVerification : public QObject
{
    Q_OBJECT

    db::ConnectionSettings m_settings;

private slots:
    void initTestCase()
    {
        auto settings = TestDatabase::create(QStringLiteral("kumiko_test_email_verification"));
        KUMIKO_VERIFY_OK(settings);
        m_settings = settings.value();
    }

    void operatorMarksAnAddressVerifiedWithAReason()
    {
        const QString id =
            createUser(QStringLiteral("marked@t.example"), QStringLiteral("password-1"), false);
        const QSqlDatabase db = TestDatabase::connection();
        const domain::Actor admin = domain::Actor::systemAdmin();
        KUMIKO_VERIFY_ERROR(auth::AccountAdmin::markVerified(db, id, QStringLiteral("  "), admin),
                            "reason_required");
        KUMIKO_VERIFY_ERROR(
            auth::AccountAdmin::markVerified(db, QStringLiteral("9a6c4b1e-0000-4000-8000-000000000000"),
                                             QStringLiteral("why"), admin),
            "not_found");
        KUMIKO_VERIFY_OK(
            auth::AccountAdmin::markVerified(db, id, QStringLiteral("checked the passport"), admin));
        QCOMPARE(TestDatabase::count(QStringLiteral("read_users"),
                                     QStringLiteral("id = '%1' AND email_verified").arg(id)),
                 1);
        QCOMPARE(
            TestDatabase::count(QStringLiteral("kumiko_events"),
                                QStringLiteral("aggregate_id = '%1' AND metadata->>'reason' = 'checked the "
                                               "passport'")
                                    .arg(id)),
            1);
        KUMIKO_VERIFY_ERROR(auth::AccountAdmin::markVerified(db, id, QStringLiteral("again"), admin),
                            "already_verified");
    }

    void queuesTheMailForAnUnverifiedUser()
    {
        const QString id = createUser(QStringLiteral("new@t.example"), QStringLiteral("password-1"), false);
        auto outcome = service().requestEmailVerification(
            TestDatabase::connection(), QStringLiteral("new@t.example"), QStringLiteral("de"));
        KUMIKO_VERIFY_OK(outcome);
        QVERIFY(outcome->accepted());
        QVERIFY(outcome->outboxId > 0);
        auto row = db::Sql::exec(
            TestDatabase::connection(),
            QStringLiteral("SELECT status, user_id::text, requested_by, locale, recipient, sender, "
                           "kind, attempts FROM kumiko_admin_mail_outbox WHERE id = ?"),
            {outcome->outboxId});
        KUMIKO_VERIFY_OK(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), QStringLiteral("queued"));
        QCOMPARE(row->value(1).toString(), id);
        QCOMPARE(row->value(2).toString(), id);
        QCOMPARE(row->value(3).toString(), QStringLiteral("de"));
        QCOMPARE(row->value(4).toString(), QStringLiteral("new@t.example"));
        QCOMPARE(row->value(5).toString(), QStringLiteral("no-reply@example.com"));
        QCOMPARE(row->value(6).toString(), QStringLiteral("email-verification"));
        QCOMPARE(row->value(7).toInt(), 0);
        const auto mail = test::parseMail(mimeOf(outcome->outboxId));
        QCOMPARE(mail.decodedHeader("subject"),
                 QStringLiteral("Bitte bestätige deine E-Mail-Adresse für Demo Shop"));
        const QString token = test::tokenIn(mail.text);
        QVERIFY(mail.text.contains(QStringLiteral("https://app.example.com/verify-email?token=") + token));
        auto claims = auth::VerificationToken::verify(kSecret, QStringLiteral("verify"), token,
                                                      QDateTime::currentMSecsSinceEpoch());
        KUMIKO_VERIFY_OK(claims);
        QCOMPARE(claims->userId, id);
        const qint64 ttl = claims->expiresAtMs - QDateTime::currentMSecsSinceEpoch();
        QVERIFY(ttl > 1439LL * 60 * 1000 && ttl <= 1440LL * 60 * 1000);
    }

    void silentForUnknownVerifiedAndDeleted()
    {
        createUser(QStringLiteral("verified@t.example"), QStringLiteral("password-1"), true);
        const QString gone = createUser(QStringLiteral("deleted@t.example"), QStringLiteral("password-1"),
                                        false, {QStringLiteral("SystemAdmin")}, QStringLiteral("deleted"));
        Q_UNUSED(gone);
        const qint64 before = TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"));
        for (const char* email : {"nobody@t.example", "verified@t.example", "deleted@t.example"}) {
            auto outcome =
                service().requestEmailVerification(TestDatabase::connection(), QString::fromLatin1(email));
            KUMIKO_VERIFY_OK(outcome);
            QCOMPARE(outcome->code(), QStringLiteral("accepted"));
            QCOMPARE(outcome->outboxId, 0);
        }
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox")), before);
    }

    void rejectsBadInput()
    {
        KUMIKO_VERIFY_ERROR(
            service().requestEmailVerification(TestDatabase::connection(), QStringLiteral("not-an-address")),
            "invalid_email");
        VerificationService unconfigured({}, mailSettings());
        KUMIKO_VERIFY_ERROR(
            unconfigured.requestEmailVerification(TestDatabase::connection(), QStringLiteral("a@t.example")),
            "not_configured");
        KUMIKO_VERIFY_ERROR(unconfigured.verifyEmail(TestDatabase::connection(), QStringLiteral("x")),
                            "not_configured");
    }

    void fourthRequestIsRateLimited()
    {
        // Counted whether or not the address exists.
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                service()
                    .requestEmailVerification(TestDatabase::connection(), QStringLiteral("limit@t.example"))
                    ->accepted());
        auto fourth =
            service().requestEmailVerification(TestDatabase::connection(), QStringLiteral("limit@t.example"));
        KUMIKO_VERIFY_OK(fourth);
        QCOMPARE(fourth->code(), QStringLiteral("rate_limited"));
        QVERIFY2(fourth->retryAfterSeconds > 14 * 60 && fourth->retryAfterSeconds <= 15 * 60,
                 qPrintable(QString::number(fourth->retryAfterSeconds)));
        // Another address is not affected; the bucket ignores case.
        QVERIFY(service()
                    .requestEmailVerification(TestDatabase::connection(), QStringLiteral("other@t.example"))
                    ->accepted());
        QVERIFY(!service()
                     .requestEmailVerification(TestDatabase::connection(), QStringLiteral("LIMIT@t.example"))
                     ->accepted());
        // When the window has passed, requests are accepted again.
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(),
                         QStringLiteral("UPDATE kumiko_admin_rate_limits SET window_started_at = now() - "
                                        "interval '16 minutes' WHERE bucket LIKE '%limit@t.example'")));
        QVERIFY(service()
                    .requestEmailVerification(TestDatabase::connection(), QStringLiteral("limit@t.example"))
                    ->accepted());
    }

    void globalCap()
    {
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(), QStringLiteral("DELETE FROM kumiko_admin_rate_limits")));
        QVERIFY(service(2)
                    .requestEmailVerification(TestDatabase::connection(), QStringLiteral("g1@t.example"))
                    ->accepted());
        QVERIFY(service(2)
                    .requestEmailVerification(TestDatabase::connection(), QStringLiteral("g2@t.example"))
                    ->accepted());
        auto third =
            service(2).requestEmailVerification(TestDatabase::connection(), QStringLiteral("g3@t.example"));
        KUMIKO_VERIFY_OK(third);
        QCOMPARE(third->code(), QStringLiteral("rate_limited"));
        QVERIFY(third->retryAfterSeconds > 0 && third->retryAfterSeconds <= 60);
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(), QStringLiteral("DELETE FROM kumiko_admin_rate_limits")));
    }

    void processesShareTheLimit()
    {
        QTemporaryDir project;
        QFile manifest(project.filePath(QStringLiteral("kumiko.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        const nlohmann::json config = {
            {"auth",
             {{"emailVerification",
               {{"hmacSecret", kSecret}, {"appUrl", "https://app.example.com/verify-email"}}}}},
            {"mail", {{"transport", "directory"}}}};
        manifest.write(QByteArray::fromStdString(config.dump()));
        manifest.close();
        QList<QProcess*> processes;
        for (int i = 0; i < 6; ++i) {
            auto* p = new QProcess(this);
            p->start(test::CliProcess::binary(),
                     {QStringLiteral("auth"), QStringLiteral("request-verification"),
                      QStringLiteral("shared@t.example"), QStringLiteral("--json"),
                      QStringLiteral("--project"), project.path(), QStringLiteral("--database-url"),
                      TestDatabase::url(m_settings)});
            processes << p;
        }
        int accepted = 0, limited = 0;
        for (QProcess* p : processes) {
            QVERIFY(p->waitForFinished(60000));
            const QByteArray out = p->readAllStandardOutput();
            if (p->exitCode() == 0 && out.contains("\"accepted\""))
                ++accepted;
            else if (p->exitCode() == 1 && out.contains("\"rate_limited\""))
                ++limited;
            else
                QFAIL(qPrintable(QString::fromUtf8(out + p->readAllStandardError())));
        }
        QCOMPARE(accepted, 3);
        QCOMPARE(limited, 3);
    }

    void verifiesOnceWithAnEvent()
    {
        const QString id =
            createUser(QStringLiteral("verify-me@t.example"), QStringLiteral("password-1"), false);
        const QString token = tokenFor(QStringLiteral("verify-me@t.example"));
        QVERIFY(!token.isEmpty());
        auto verified = service().verifyEmail(TestDatabase::connection(), token);
        KUMIKO_VERIFY_OK(verified);
        QCOMPARE(verified->userId, id);
        QVERIFY(!verified->alreadyVerified);
        QCOMPARE(userEvents(id), 1);
        auto payload =
            db::Sql::scalar(TestDatabase::connection(),
                            QStringLiteral("SELECT payload::text FROM kumiko_events WHERE aggregate_id = "
                                           "?::uuid AND type = 'user.updated'"),
                            {id});
        const auto json = nlohmann::json::parse(payload->toString().toStdString());
        QCOMPARE(QString::fromStdString(json["changes"].dump()), QStringLiteral("{\"emailVerified\":true}"));
        QCOMPARE(json["previous"]["emailVerified"], false);
        QCOMPARE(TestDatabase::count(QStringLiteral("read_users"),
                                     QStringLiteral("id = '%1' AND email_verified").arg(id)),
                 1);
        // Replay of the same link.
        auto replay = service().verifyEmail(TestDatabase::connection(), token);
        KUMIKO_VERIFY_ERROR(replay, "invalid_verification_token");
        QCOMPARE(auth::VerificationToken::reasonOf(replay.error()), QStringLiteral("already_used"));
        // Another valid token for the now verified user: success, no new event.
        const QString second = auth::VerificationToken::create(kSecret, QStringLiteral("verify"), id,
                                                               QDateTime::currentMSecsSinceEpoch() + 60000);
        auto again = service().verifyEmail(TestDatabase::connection(), second);
        KUMIKO_VERIFY_OK(again);
        QVERIFY(again->alreadyVerified);
        QCOMPARE(userEvents(id), 1);
    }

    void rejectsBadTokens_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << 0 << "expired";
        QTest::newRow("other secret") << 1 << "bad_signature";
        QTest::newRow("reset purpose") << 2 << "bad_signature";
        QTest::newRow("malformed") << 3 << "malformed";
    }

    void rejectsBadTokens()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const QString id = createUser(QStringLiteral("bad-token-%1@t.example").arg(kind),
                                      QStringLiteral("password-1"), false);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString token =
            kind == 0   ? auth::VerificationToken::create(kSecret, QStringLiteral("verify"), id, now - 1000)
            : kind == 1 ? auth::VerificationToken::create("another-secret-0123456789abcdef0123",
                                                          QStringLiteral("verify"), id, now + 60000)
            : kind == 2 ? auth::VerificationToken::create(kSecret, QStringLiteral("reset"), id, now + 60000)
                        : id + QStringLiteral(".soon.sig");
        auto result = service().verifyEmail(TestDatabase::connection(), token);
        KUMIKO_VERIFY_ERROR(result, "invalid_verification_token");
        QCOMPARE(auth::VerificationToken::reasonOf(result.error()), reason);
        QCOMPARE(userEvents(id), 0);
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_token_burns"),
                                     QStringLiteral("user_id = '%1'").arg(id)),
                 0);
    }

    void failedUpdateReleasesTheBurn()
    {
        const QString id = createUser(QStringLiteral("retry@t.example"), QStringLiteral("password-1"), false);
        const QString token = tokenFor(QStringLiteral("retry@t.example"));
        QSqlDatabase db = TestDatabase::connection();
        KUMIKO_VERIFY_OK(db::Sql::run(
            db, QStringLiteral("CREATE FUNCTION test_refuse_events() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$BEGIN RAISE EXCEPTION 'refused by test'; END$$")));
        KUMIKO_VERIFY_OK(
            db::Sql::run(db, QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON kumiko_events "
                                            "FOR EACH ROW EXECUTE FUNCTION test_refuse_events()")));
        QVERIFY(!service().verifyEmail(TestDatabase::connection(), token).ok());
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_token_burns"),
                                     QStringLiteral("user_id = '%1'").arg(id)),
                 0);
        KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("DROP TRIGGER test_refuse ON kumiko_events")));
        auto retried = service().verifyEmail(TestDatabase::connection(), token);
        KUMIKO_VERIFY_OK(retried);
        QVERIFY(!retried->alreadyVerified);
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_token_burns"),
                                     QStringLiteral("user_id = '%1'").arg(id)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestEmailVerification)
#include "tst_email_verification.moc"
