#include "../auth/AuthTestUsers.h"
#include "CliProcess.h"
#include "MimeTestParser.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/VerificationResend.h"
#include "auth/VerificationService.h"
#include "mail/DirectoryTransport.h"
#include "mail/MailOutbox.h"
#include "mail/MailPreview.h"
#include "mail/MimeMessage.h"
#include "mail/OutboxWorker.h"
#include "mail/SmtpTransport.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace kumiko;
using test::TestDatabase;

namespace {

using test::SmtpTestServer;

std::unique_ptr<mail::SmtpTransport>
smtp(const QString& url, mail::MailSettings::StartTls tls = mail::MailSettings::StartTls::Optional)
{
    auto transport = mail::SmtpTransport::create(url, tls, 10);
    if (!transport)
        qFatal("%s", qPrintable(transport.error().toString()));
    return std::move(transport).value();
}

qint64 enqueuePlain(const QString& subject)
{
    mail::MailMessage m;
    m.from = {QStringLiteral("Demo Shop"), QStringLiteral("no-reply@example.com")};
    m.to = {{}, QStringLiteral("someone@example.com")};
    m.subject = subject;
    m.text = QStringLiteral("text");
    m.html = QStringLiteral("<p>html</p>");
    m.date = QDateTime::currentDateTimeUtc();
    m.messageId = mail::MimeMessage::newMessageId(QStringLiteral("example.com"));
    auto id = mail::MailOutbox::enqueue(TestDatabase::connection(), {QStringLiteral("test"),
                                                                     {},
                                                                     QStringLiteral("tester"),
                                                                     QStringLiteral("en"),
                                                                     m.from.address,
                                                                     m.to.address,
                                                                     subject,
                                                                     mail::MimeMessage::render(m)});
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return id.value();
}

QVariantList outboxRow(qint64 id)
{
    auto rows =
        db::Sql::exec(TestDatabase::connection(),
                      QStringLiteral("SELECT status, attempts, last_error, mime_message IS NULL, "
                                     "sent_at IS NOT NULL, extract(epoch FROM next_attempt_at - now())::int "
                                     "FROM kumiko_admin_mail_outbox WHERE id = ?"),
                      {id});
    if (!rows || !rows->next())
        return {};
    QVariantList values;
    for (int i = 0; i < 6; ++i)
        values << rows->value(i);
    return values;
}

// The verification settings the tests send with: a test HMAC secret, `appUrl` and, if given, `appName`.
auth::AuthSettings verificationSettings(const QString& appUrl, const QString& appName = {})
{
    auth::AuthSettings settings;
    auth::EmailVerificationSettings v;
    v.hmacSecret = QStringLiteral("dev-secret-for-tests-0123456789abcdef");
    v.appUrl = appUrl;
    v.appName = appName;
    settings.emailVerification = v;
    return settings;
}

mail::MailSettings demoShopSender()
{
    auto settings = mail::MailSettings::fromJson({{"from", "Demo Shop <no-reply@example.com>"}});
    if (!settings)
        qFatal("%s", qPrintable(settings.error().toString()));
    return settings.value();
}

} // namespace

class TestMailDelivery : public QObject
{
    Q_OBJECT

    SmtpTestServer m_server;
    QString m_url;

    QStringList received() const { return m_server.received(); }
    QString serverUrl() const { return m_server.url(); }

private slots:
    void initTestCase()
    {
        auto settings = TestDatabase::create(QStringLiteral("kumiko_test_mail_delivery"));
        KUMIKO_VERIFY_OK(settings);
        m_url = TestDatabase::url(settings.value());
        QVERIFY(m_server.start());
    }

    void init()
    {
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(), QStringLiteral("DELETE FROM kumiko_admin_mail_outbox")));
    }

    void deliversTheVerificationMailOverSmtp()
    {
        const QString userId =
            test::createUser(QStringLiteral("jorg@example.com"), QStringLiteral("password-1"), false,
                             {QStringLiteral("SystemAdmin")}, {}, QStringLiteral("de"));
        auto requested =
            auth::VerificationService(
                verificationSettings(QStringLiteral("https://app.example.com/verify-email?source=mail"),
                                     QStringLiteral("Demo Shop")),
                demoShopSender())
                .requestEmailVerification(TestDatabase::connection(), QStringLiteral("jorg@example.com"),
                                          QStringLiteral("en"));
        KUMIKO_VERIFY_OK(requested);
        QVERIFY(requested->outboxId > 0);

        const qsizetype before = received().size();
        auto transport = smtp(serverUrl());
        auto report =
            mail::OutboxWorker(*transport, QStringLiteral("test")).deliverDue(TestDatabase::connection());
        KUMIKO_VERIFY_OK(report);
        QVERIFY2(report->sent == 1, qPrintable(report->errors.join(QLatin1Char('\n'))));
        QCOMPARE(received().size(), before + 1);

        QFile file(received().constLast());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto mail = test::parseMail(file.readAll());
        QCOMPARE(mail.decodedHeader("subject"),
                 QStringLiteral("Bitte bestätige deine E-Mail-Adresse für Demo Shop"));
        QVERIFY(mail.headers.value("subject").startsWith("=?UTF-8?B?"));
        QCOMPARE(mail.headers.value("from"), QByteArray("Demo Shop <no-reply@example.com>"));
        QCOMPARE(mail.headers.value("to"), QByteArray("Test User <jorg@example.com>"));
        QVERIFY(mail.headers.value("message-id").endsWith("@example.com>"));
        const QDateTime date =
            QDateTime::fromString(QString::fromLatin1(mail.headers.value("date")), Qt::RFC2822Date);
        QVERIFY2(date.isValid() && qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 300,
                 mail.headers.value("date"));
        QCOMPARE(mail.headers.value("x-mailfrom"), QByteArray("no-reply@example.com"));
        QCOMPARE(mail.headers.value("x-rcptto"), QByteArray("jorg@example.com"));
        QVERIFY(mail.headers.value("content-type").startsWith("multipart/alternative"));
        QVERIFY(mail.text.startsWith(QStringLiteral("Hallo Test User,")));
        QVERIFY(mail.text.contains(QStringLiteral("Der Link ist gültig bis ")));
        QVERIFY(mail.text.contains(QStringLiteral(" UTC.")));
        const QString token = test::tokenIn(mail.text);
        QVERIFY(token.startsWith(userId + QLatin1Char('.')));
        QVERIFY(mail.text.contains(QStringLiteral("https://app.example.com/verify-email?source=mail&token=") +
                                   token));
        QVERIFY(mail.html.contains(
            QStringLiteral("href=\"https://app.example.com/verify-email?source=mail&amp;token=") + token +
            QLatin1Char('"')));
        QVERIFY(mail.html.contains(QStringLiteral("E-Mail-Adresse bestätigen")));

        const QVariantList row = outboxRow(requested->outboxId);
        QCOMPARE(row.value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(row.value(1).toInt(), 1);
        QVERIFY(row.value(3).toBool()); // body cleared
        QVERIFY(row.value(4).toBool()); // sent_at set
    }

    void bulkResendIsDeliveredOverSmtp()
    {
        const QString adminId =
            test::createUser(QStringLiteral("bulk-admin@example.com"), QStringLiteral("password-1"), true);
        QStringList emails;
        for (const char* email : {"bulk-1@example.com", "bulk-2@example.com"}) {
            emails << QString::fromLatin1(email);
            test::createUser(emails.last(), QStringLiteral("password-1"), false);
        }
        emails << QStringLiteral("bulk-nobody@example.com");
        const domain::Actor admin{adminId, {}, {QStringLiteral("SystemAdmin")}, {}, {}};
        const auth::ResendReport report =
            auth::VerificationResend(
                verificationSettings(QStringLiteral("https://app.example.com/verify-email")),
                demoShopSender())
                .run(TestDatabase::connection(), emails, admin, {});
        QVERIFY(report.complete());
        QCOMPARE(report.queued, emails.mid(0, 2));
        QCOMPARE(report.skipped, QStringList{emails.last()});

        const QStringList earlier = received();
        auto transport = smtp(serverUrl());
        auto delivered =
            mail::OutboxWorker(*transport, QStringLiteral("test")).deliverDue(TestDatabase::connection());
        KUMIKO_VERIFY_OK(delivered);
        QCOMPARE(delivered->sent, 2);
        QStringList recipients;
        for (const QString& path : received()) {
            if (earlier.contains(path))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            recipients << QString::fromLatin1(test::parseMail(file.readAll()).headers.value("x-rcptto"));
        }
        recipients.sort();
        QCOMPARE(recipients, emails.mid(0, 2));
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                     QStringLiteral("status = 'sent' AND requested_by = '%1'").arg(adminId)),
                 2);
    }

    void refusedConnectionSchedulesARetry()
    {
        const qint64 id = enqueuePlain(QStringLiteral("retry me"));
        auto refused =
            smtp(QStringLiteral("smtp://mailer:s3cret-pw@127.0.0.1:%1").arg(SmtpTestServer::freePort()));
        QVERIFY(!refused->describe().contains(QStringLiteral("s3cret")));
        auto report =
            mail::OutboxWorker(*refused, QStringLiteral("test")).deliverDue(TestDatabase::connection());
        KUMIKO_VERIFY_OK(report);
        QCOMPARE(report->sent, 0);
        QCOMPARE(report->retryScheduled, 1);
        QVERIFY(!report->errors.join(QLatin1Char('\n')).contains(QStringLiteral("s3cret")));
        QVariantList row = outboxRow(id);
        QCOMPARE(row.value(0).toString(), QStringLiteral("queued"));
        QCOMPARE(row.value(1).toInt(), 1);
        QVERIFY(!row.value(2).toString().isEmpty());
        QVERIFY(!row.value(2).toString().contains(QStringLiteral("s3cret")));
        QVERIFY(!row.value(3).toBool()); // the body is kept for the retry
        QVERIFY2(row.value(5).toInt() >= 25 && row.value(5).toInt() <= 30,
                 qPrintable(row.value(5).toString()));

        // Not due yet: nothing is attempted.
        auto good = smtp(serverUrl());
        QCOMPARE(
            mail::OutboxWorker(*good, QStringLiteral("test")).deliverDue(TestDatabase::connection())->sent,
            0);
        // Due again and the server is there: delivered, nothing lost.
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(),
                         QStringLiteral("UPDATE kumiko_admin_mail_outbox SET next_attempt_at = now()")));
        QCOMPARE(
            mail::OutboxWorker(*good, QStringLiteral("test")).deliverDue(TestDatabase::connection())->sent,
            1);
        row = outboxRow(id);
        QCOMPARE(row.value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(row.value(1).toInt(), 2);
    }

    void authenticatesWhenTheServerRequiresIt()
    {
        // A second real server that accepts mail only after AUTH with mailer / s3cret-pw.
        const int port = SmtpTestServer::freePort();
        QTemporaryDir maildir;
        const QString script = QStringLiteral(
            "import sys, time\n"
            "from aiosmtpd.controller import Controller\n"
            "from aiosmtpd.handlers import Mailbox\n"
            "from aiosmtpd.smtp import AuthResult, LoginPassword\n"
            "def check(server, session, envelope, mechanism, data):\n"
            "    ok = isinstance(data, LoginPassword) and data.login == b'mailer' and data.password == "
            "b's3cret-pw'\n"
            "    return AuthResult(success=ok)\n"
            "c = Controller(Mailbox(sys.argv[2]), hostname='127.0.0.1', port=int(sys.argv[1]),\n"
            "               authenticator=check, auth_required=True, auth_require_tls=False)\n"
            "c.start()\n"
            "while True: time.sleep(3600)\n");
        QProcess server;
        server.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, QString::number(port),
                                                          maildir.filePath(QStringLiteral("box"))});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(SmtpTestServer::accepts(port), 15000);
        const auto stop = qScopeGuard([&server] {
            server.kill();
            server.waitForFinished(5000);
        });

        const qint64 id = enqueuePlain(QStringLiteral("with auth"));
        auto wrong = smtp(QStringLiteral("smtp://mailer:wrong-pw@127.0.0.1:%1").arg(port));
        auto refused =
            mail::OutboxWorker(*wrong, QStringLiteral("test")).deliverDue(TestDatabase::connection());
        KUMIKO_VERIFY_OK(refused);
        QCOMPARE(refused->sent, 0);
        QCOMPARE(refused->retryScheduled, 1);
        QVariantList row = outboxRow(id);
        QVERIFY2(!row.value(2).toString().isEmpty(), "no error recorded");
        QVERIFY(!row.value(2).toString().contains(QStringLiteral("wrong-pw")));

        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(),
                         QStringLiteral("UPDATE kumiko_admin_mail_outbox SET next_attempt_at = now()")));
        auto right = smtp(QStringLiteral("smtp://mailer:s3cret-pw@127.0.0.1:%1").arg(port));
        QVERIFY(right->describe().contains(QStringLiteral("(with AUTH)")));
        QVERIFY(!right->describe().contains(QStringLiteral("s3cret")));
        auto delivered =
            mail::OutboxWorker(*right, QStringLiteral("test")).deliverDue(TestDatabase::connection());
        KUMIKO_VERIFY_OK(delivered);
        QVERIFY2(delivered->sent == 1, qPrintable(delivered->errors.join(QLatin1Char('\n'))));
        QCOMPARE(outboxRow(id).value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(QDir(maildir.filePath(QStringLiteral("box/new"))).entryList(QDir::Files).size(), 1);
    }

    void givesUpAfterFiveAttemptsWithGrowingBackoff()
    {
        const qint64 id = enqueuePlain(QStringLiteral("doomed"));
        auto refused = smtp(QStringLiteral("smtp://127.0.0.1:%1").arg(SmtpTestServer::freePort()));
        QList<int> waits;
        for (int attempt = 1; attempt <= 5; ++attempt) {
            KUMIKO_VERIFY_OK(
                mail::OutboxWorker(*refused, QStringLiteral("test")).deliverDue(TestDatabase::connection()));
            const QVariantList row = outboxRow(id);
            QCOMPARE(row.value(1).toInt(), attempt);
            QCOMPARE(row.value(0).toString(),
                     attempt < 5 ? QStringLiteral("queued") : QStringLiteral("failed"));
            waits << row.value(5).toInt();
            KUMIKO_VERIFY_OK(
                db::Sql::run(TestDatabase::connection(),
                             QStringLiteral("UPDATE kumiko_admin_mail_outbox SET next_attempt_at = now() "
                                            "WHERE status = 'queued'")));
        }
        for (int i = 1; i < 4; ++i)
            QVERIFY2(waits[i] >= 2 * waits[i - 1] - 2, qPrintable(QString::number(waits[i])));
        auto good = smtp(serverUrl());
        QCOMPARE(
            mail::OutboxWorker(*good, QStringLiteral("test")).deliverDue(TestDatabase::connection())->sent,
            0); // failed stays failed
    }

    void startTlsRequiredRefusesAPlainServer()
    {
        const qint64 id = enqueuePlain(QStringLiteral("needs tls"));
        auto strict = smtp(serverUrl(), mail::MailSettings::StartTls::Required);
        auto report =
            mail::OutboxWorker(*strict, QStringLiteral("test")).deliverDue(TestDatabase::connection());
        KUMIKO_VERIFY_OK(report);
        QCOMPARE(report->sent, 0);
        QCOMPARE(outboxRow(id).value(0).toString(), QStringLiteral("queued"));
    }

    void twoWorkersSendEachMailOnce()
    {
        const qsizetype before = received().size();
        QSet<QString> subjects;
        for (int i = 0; i < 24; ++i) {
            subjects << QStringLiteral("parallel %1").arg(i);
            enqueuePlain(QStringLiteral("parallel %1").arg(i));
        }
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        const QString url = serverUrl();
        auto work = [url](const QString& name) {
            auto transport = smtp(url);
            auto report = mail::OutboxWorker(*transport, name).deliverDue(TestDatabase::connection());
            return report ? report->sent : -1;
        };
        auto a = QtConcurrent::run(&pool, work, QStringLiteral("worker-a"));
        auto b = QtConcurrent::run(&pool, work, QStringLiteral("worker-b"));
        const int sentA = a.result();
        const int sentB = b.result();
        pool.waitForDone();
        QCOMPARE(sentA + sentB, 24);
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                     QStringLiteral("status = 'sent'")),
                 24);
        const QStringList files = received();
        QCOMPARE(files.size(), before + 24);
        QSet<QString> seen;
        for (const QString& path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString subject = test::parseMail(f.readAll()).decodedHeader("subject");
            if (subject.startsWith(QStringLiteral("parallel "))) {
                QVERIFY2(!seen.contains(subject), qPrintable(subject));
                seen << subject;
            }
        }
        QCOMPARE(seen, subjects);
    }

    void cancelAndRetryChangeStates()
    {
        const qint64 queued = enqueuePlain(QStringLiteral("cancel me"));
        const qint64 failed = enqueuePlain(QStringLiteral("failed once"));
        KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(),
                                      QStringLiteral("UPDATE kumiko_admin_mail_outbox SET status = 'failed', "
                                                     "attempts = 5, last_error = '550 refused' WHERE id = ?"),
                                      {failed}));
        auto summary = mail::MailOutbox::summary(TestDatabase::connection());
        KUMIKO_VERIFY_OK(summary);
        QCOMPARE(summary->queued, 1);
        QCOMPARE(summary->failed, 1);
        QCOMPARE(summary->lastError, QStringLiteral("550 refused"));

        // Only a queued mail can be cancelled, only a failed one retried.
        const domain::Actor admin{QStringLiteral("11111111-2222-4333-8444-555555555555"), {}, {}, {}, {}};
        auto cancelled = mail::MailOutbox::cancel(TestDatabase::connection(), {queued, failed}, admin);
        KUMIKO_VERIFY_OK(cancelled);
        QCOMPARE(cancelled.value(), QList<qint64>{queued});
        QCOMPARE(outboxRow(queued).value(0).toString(), QStringLiteral("cancelled"));
        QVERIFY(outboxRow(queued).value(3).toBool()); // the body with its token is gone
        QCOMPARE(TestDatabase::count(
                     QStringLiteral("kumiko_admin_mail_outbox"),
                     QStringLiteral("cancelled_by = '%1' AND cancelled_at IS NOT NULL").arg(admin.userId)),
                 1);
        auto retried = mail::MailOutbox::retry(TestDatabase::connection(), {queued, failed});
        KUMIKO_VERIFY_OK(retried);
        QCOMPARE(retried.value(), QList<qint64>{failed});
        QCOMPARE(outboxRow(failed).value(0).toString(), QStringLiteral("queued"));
        QCOMPARE(outboxRow(failed).value(1).toInt(), 0);

        // The CLI does the same: `mail cancel` the retried one, `mail retry` refuses a cancelled one.
        const auto cliCancel =
            test::CliProcess::run({QStringLiteral("--database-url"), m_url, QStringLiteral("mail"),
                                   QStringLiteral("cancel"), QString::number(failed)});
        QCOMPARE(cliCancel.exitCode, 0);
        QCOMPARE(cliCancel.out, QStringLiteral("cancelled %1\n").arg(failed));
        QCOMPARE(outboxRow(failed).value(0).toString(), QStringLiteral("cancelled"));
        const auto cliRetry =
            test::CliProcess::run({QStringLiteral("--database-url"), m_url, QStringLiteral("mail"),
                                   QStringLiteral("retry"), QString::number(failed)});
        QCOMPARE(cliRetry.exitCode, 1);
        QVERIFY2(cliRetry.err.contains(QStringLiteral("not queued %1: not failed").arg(failed)),
                 qPrintable(cliRetry.err));
        QCOMPARE(test::CliProcess::run({QStringLiteral("--database-url"), m_url, QStringLiteral("mail"),
                                        QStringLiteral("cancel"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void previewShowsBothPartsWithTheTokenMasked()
    {
        test::createUser(QStringLiteral("preview@example.com"), QStringLiteral("password-1"), false);
        auto requested =
            auth::VerificationService(
                verificationSettings(QStringLiteral("https://app.example.com/verify-email"),
                                     QStringLiteral("Demo Shop")),
                demoShopSender())
                .requestEmailVerification(TestDatabase::connection(), QStringLiteral("preview@example.com"),
                                          QStringLiteral("en"));
        KUMIKO_VERIFY_OK(requested);
        auto preview = mail::MailPreview::load(TestDatabase::connection(), requested->outboxId);
        KUMIKO_VERIFY_OK(preview);
        QVERIFY(preview->hasBody);
        QCOMPARE(preview->recipient, QStringLiteral("preview@example.com"));
        QVERIFY(preview->subject.contains(QStringLiteral("Demo Shop")));
        QVERIFY2(preview->text.contains(QStringLiteral("https://app.example.com/verify-email?token=••••••")),
                 qPrintable(preview->text));
        QVERIFY2(preview->html.contains(QStringLiteral("token=••••••")), qPrintable(preview->html));
        QVERIFY(!QRegularExpression(QStringLiteral("token=[0-9a-f]{8}-"))
                     .match(preview->text + preview->html)
                     .hasMatch());
        KUMIKO_VERIFY_ERROR(mail::MailPreview::load(TestDatabase::connection(), 999999), "not_found");
    }

    void directoryTransportWritesEmlFiles()
    {
        QTemporaryDir dir;
        enqueuePlain(QStringLiteral("to a folder"));
        mail::DirectoryTransport transport(dir.filePath(QStringLiteral("outbox-mail")));
        QCOMPARE(mail::OutboxWorker(transport, QStringLiteral("test"))
                     .deliverDue(TestDatabase::connection())
                     ->sent,
                 1);
        const QStringList files =
            QDir(dir.filePath(QStringLiteral("outbox-mail"))).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 1);
        QFile f(dir.filePath(QStringLiteral("outbox-mail/") + files.first()));
        // Verification mails hold a live token: owner-only, whatever the umask.
        QCOMPARE(QFileInfo(f).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                      QFileDevice::WriteOther | QFileDevice::ExeOwner),
                 QFileDevice::Permissions());
        QVERIFY(QFileInfo(f).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto mail = test::parseMail(f.readAll());
        QCOMPARE(mail.decodedHeader("subject"), QStringLiteral("to a folder"));
        QCOMPARE(mail.html, QStringLiteral("<p>html</p>"));
    }
};

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "tst_mail_delivery.moc"
