// VerificationResend against the real database: what is queued, skipped and rate limited (with the
// wait), cancellation between addresses, a failure stopping the run, and who requested the mails.
#include "AuthTestUsers.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/VerificationResend.h"
#include "domain/WellKnownIds.h"

#include <QtTest>

using namespace kumiko;
using auth::ResendReport;
using test::createUser;
using test::TestDatabase;

namespace {

auth::VerificationResend resend(int perAddress = 1)
{
    auth::AuthSettings settings;
    auth::EmailVerificationSettings v;
    v.hmacSecret = QStringLiteral("dev-secret-for-tests-0123456789abcdef");
    v.appUrl = QStringLiteral("https://app.example.com/verify-email");
    settings.emailVerification = v;
    settings.resendPerAddress = perAddress;
    settings.resendGlobalPerMinute = 1000;
    mail::MailSettings mail;
    mail.from = {QStringLiteral("Demo Shop"), QStringLiteral("no-reply@example.com")};
    return auth::VerificationResend(settings, mail);
}

QStringList outboxRecipients()
{
    auto rows = db::Sql::exec(TestDatabase::connection(),
                              QStringLiteral("SELECT recipient FROM kumiko_admin_mail_outbox ORDER BY id"));
    QStringList recipients;
    while (rows && rows->next())
        recipients << rows->value(0).toString();
    return recipients;
}

} // namespace

class TestVerificationResend : public QObject
{
    Q_OBJECT

    QString m_adminId;
    domain::Actor m_admin;

private Q_SLOTS:
    void initTestCase()
    {
        KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_verification_resend")));
        m_adminId = createUser(QStringLiteral("admin@t.example"), QStringLiteral("password-1"), true);
        m_admin = {
            m_adminId, domain::WellKnownIds::systemTenantId(), {QStringLiteral("SystemAdmin")}, {}, {}};
    }

    void init()
    {
        for (const char* table : {"kumiko_admin_mail_outbox", "kumiko_admin_rate_limits"})
            KUMIKO_VERIFY_OK(db::Sql::run(TestDatabase::connection(),
                                          QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    }

    void queuesSkipsAndNamesTheRateLimited()
    {
        createUser(QStringLiteral("new-1@t.example"), QStringLiteral("password-1"), false);
        createUser(QStringLiteral("new-2@t.example"), QStringLiteral("password-1"), false);
        createUser(QStringLiteral("done@t.example"), QStringLiteral("password-1"), true);
        const QStringList first = {QStringLiteral("new-1@t.example"), QStringLiteral("done@t.example"),
                                   QStringLiteral("nobody@t.example")};
        QList<int> steps;
        const ResendReport report = resend().run(TestDatabase::connection(), first, m_admin,
                                                 QStringLiteral("en"), [&steps](int index, const QString&) {
                                                     steps << index;
                                                     return true;
                                                 });
        QVERIFY(report.complete());
        QCOMPARE(steps, (QList<int>{0, 1, 2}));
        QCOMPARE(report.queued, QStringList{QStringLiteral("new-1@t.example")});
        QCOMPARE(report.skipped,
                 (QStringList{QStringLiteral("done@t.example"), QStringLiteral("nobody@t.example")}));
        QVERIFY(report.rateLimited.isEmpty());

        // One request per address and window: new-1 is limited now, new-2 is not.
        const ResendReport second =
            resend().run(TestDatabase::connection(),
                         {QStringLiteral("new-1@t.example"), QStringLiteral("new-2@t.example")}, m_admin, {});
        QVERIFY(second.complete());
        QCOMPARE(second.queued, QStringList{QStringLiteral("new-2@t.example")});
        QCOMPARE(second.rateLimited.size(), 1);
        QCOMPARE(second.rateLimited.first().email, QStringLiteral("new-1@t.example"));
        QVERIFY2(second.rateLimited.first().waitSeconds > 14 * 60 &&
                     second.rateLimited.first().waitSeconds <= 15 * 60,
                 qPrintable(QString::number(second.rateLimited.first().waitSeconds)));
        QCOMPARE(outboxRecipients(),
                 (QStringList{QStringLiteral("new-1@t.example"), QStringLiteral("new-2@t.example")}));
    }

    void recordsTheActingAdminAsRequester()
    {
        createUser(QStringLiteral("requested@t.example"), QStringLiteral("password-1"), false);
        const ResendReport report =
            resend().run(TestDatabase::connection(), {QStringLiteral("requested@t.example")}, m_admin, {});
        QCOMPARE(report.queued.size(), 1);
        QCOMPARE(
            TestDatabase::count(
                QStringLiteral("kumiko_admin_mail_outbox"),
                QStringLiteral("recipient = 'requested@t.example' AND requested_by = '%1'").arg(m_adminId)),
            1);
    }

    void cancelStopsBetweenAddresses()
    {
        QStringList emails;
        for (int i = 1; i <= 4; ++i) {
            emails << QStringLiteral("cancel-%1@t.example").arg(i);
            createUser(emails.last(), QStringLiteral("password-1"), false);
        }
        // The admin presses Cancel while the second address is being sent.
        bool cancelled = false;
        QStringList seen;
        const ResendReport report = resend().run(TestDatabase::connection(), emails, m_admin, {},
                                                 [&](int index, const QString& email) {
                                                     if (cancelled)
                                                         return false;
                                                     seen << email;
                                                     cancelled = index == 1;
                                                     return true;
                                                 });
        QVERIFY(!report.complete());
        QVERIFY(!report.failed);
        QCOMPARE(seen, emails.mid(0, 2));
        QCOMPARE(report.queued, emails.mid(0, 2));
        QCOMPARE(report.notAttempted, emails.mid(2));
        QCOMPARE(outboxRecipients(), emails.mid(0, 2));
    }

    void allMatchingAFilterPageByPage()
    {
        QStringList unverified;
        for (int i = 1; i <= 3; ++i) {
            unverified << QStringLiteral("match-%1@t.example").arg(i);
            createUser(unverified.last(), QStringLiteral("password-1"), false);
        }
        createUser(QStringLiteral("match-done@t.example"), QStringLiteral("password-1"), true);
        auth::UserQuery query;
        query.text = QStringLiteral("MATCH-");
        query.after = QStringLiteral("match-2@t.example"); // paging of the query is ignored
        QList<int> steps;
        const ResendReport report = resend().runMatching(TestDatabase::connection(), query, m_admin, {},
                                                         [&steps](int index, const QString&) {
                                                             steps << index;
                                                             return true;
                                                         });
        QVERIFY(report.complete());
        QCOMPARE(steps, (QList<int>{0, 1, 2}));
        QCOMPARE(report.queued, unverified); // the verified one is not among them
        QVERIFY(report.skipped.isEmpty());
        QCOMPARE(outboxRecipients(), unverified);
    }

    void aFailureStopsTheRunAndNamesTheRest()
    {
        createUser(QStringLiteral("before-failure@t.example"), QStringLiteral("password-1"), false);
        const QStringList emails = {QStringLiteral("before-failure@t.example"),
                                    QStringLiteral("not-an-address"),
                                    QStringLiteral("after-failure@t.example")};
        const ResendReport report = resend().run(TestDatabase::connection(), emails, m_admin, {});
        QVERIFY(report.failed.has_value());
        QCOMPARE(report.failed->code, ErrorCode::InvalidEmail);
        QCOMPARE(report.queued, QStringList{emails.first()});
        QCOMPARE(report.notAttempted, QStringList{emails.last()});
        QCOMPARE(outboxRecipients(), QStringList{emails.first()});
    }
};

QTEST_GUILESS_MAIN(TestVerificationResend)
#include "tst_verification_resend.moc"
