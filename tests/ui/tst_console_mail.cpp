// The console delivers its outbox while an admin is signed in: through a real SMTP server on
// loopback, side by side with `kumiko mail deliver`, and the Mail outbox tab's cancel, retry and
// preview.
#include "../mail/MimeTestParser.h"
#include "CliProcess.h"
#include "ConsoleController.h"
#include "ConsoleDriver.h"
#include "LanguageManager.h"
#include "MailDelivery.h"
#include "MainWindow.h"
#include "OutboxPanel.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "mail/MailOutbox.h"
#include "mail/MimeMessage.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

namespace {

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kPassword = QStringLiteral("admin-password");
const QString kToken =
    QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5.1893456000000.c2lnbmF0dXJlLXNpZ25hdHVyZQ");

// A rendered mail whose link holds a token, queued with its first attempt `delay` seconds away.
qint64 enqueue(const QString& subject, int delay = 0, const QString& status = QStringLiteral("queued"))
{
    mail::MailMessage m;
    m.from = {QStringLiteral("Demo Shop"), QStringLiteral("no-reply@example.com")};
    m.to = {{}, QStringLiteral("new@example.com")};
    m.subject = subject;
    m.text = QStringLiteral("Confirm: https://app.example.com/verify-email?token=") + kToken;
    m.html = QStringLiteral("<p><a href=\"https://app.example.com/verify-email?token=%1\">Confirm</a></p>")
                 .arg(kToken);
    m.date = QDateTime::currentDateTimeUtc();
    m.messageId = mail::MimeMessage::newMessageId(QStringLiteral("example.com"));
    auto id = db::Sql::scalar(
        TestDatabase::connection(),
        QStringLiteral("INSERT INTO kumiko_admin_mail_outbox (status, kind, requested_by, locale, sender, "
                       "recipient, subject, mime_message, attempts, next_attempt_at) "
                       "VALUES (?, 'test', 'tester', 'en', ?, ?, ?, ?, ?, now() + make_interval(secs => ?)) "
                       "RETURNING id"),
        {status, m.from.address, m.to.address, subject, QString::fromLatin1(mail::MimeMessage::render(m)),
         status == QStringLiteral("failed") ? 5 : 0, delay});
    if (!id)
        qFatal("%s", qPrintable(id.error().toString()));
    return id->toLongLong();
}

QString statusOf(qint64 id)
{
    auto status =
        db::Sql::scalar(TestDatabase::connection(),
                        QStringLiteral("SELECT status FROM kumiko_admin_mail_outbox WHERE id = ?"), {id});
    return status ? status->toString() : status.error().toString();
}

} // namespace

class TestConsoleMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resendFromTheUsersPageReachesTheSmtpServer();
    void consoleAndCliSendEachOf200MailsOnce();
    void outboxTabCancelsRetriesAndPreviews();
    void withoutTransportMailsStayQueued();
    void quittingDuringADeliveryAsksAndFinishesIt();

private:
    void startConsole(const nlohmann::json& mailSettings);
    QString mailStatus() const;
    nlohmann::json smtpSettings() const;

    test::SmtpTestServer m_smtp;
    QString m_url;
    std::unique_ptr<QTemporaryDir> m_project;
    ui::LanguageManager m_language;
    std::unique_ptr<ui::ConsoleController> m_console;
};

void TestConsoleMail::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QSettings().clear();
    QApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QVERIFY(m_smtp.start());
}

void TestConsoleMail::init()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_console_mail"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    const QSqlDatabase db = TestDatabase::connection();
    KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(
        db, {kAdmin, QStringLiteral("Admin"), kPassword, {QStringLiteral("SystemAdmin")}, true},
        domain::Actor::system()));
    KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(db,
                                                       {QStringLiteral("new@example.com"),
                                                        QStringLiteral("New"),
                                                        QStringLiteral("some-password"),
                                                        {},
                                                        false},
                                                       domain::Actor::system()));
}

void TestConsoleMail::cleanup()
{
    m_console.reset();
}

nlohmann::json TestConsoleMail::smtpSettings() const
{
    return {{"from", "Demo Shop <no-reply@example.com>"},
            {"transport", "smtp"},
            {"smtpUrlEnv", "KUMIKO_TEST_NO_SMTP_URL"},
            {"smtpUrl", m_smtp.url().toStdString()}};
}

void TestConsoleMail::startConsole(const nlohmann::json& mailSettings)
{
    m_project = std::make_unique<QTemporaryDir>();
    QVERIFY(test::ConsoleDriver::copyProject(QStringLiteral(KUMIKO_DEMO_PROJECT), m_project->path()));
    QVERIFY(test::ConsoleDriver::setMailSettings(m_project->path(), mailSettings));
    m_console = std::make_unique<ui::ConsoleController>(
        ui::ConsoleController::Options{m_url, m_project->path()}, m_language);
    QSignalSpy ready(m_console.get(), &ui::ConsoleController::databaseReady);
    m_console->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    test::ConsoleDriver::signIn(*m_console, kAdmin, kPassword);
}

QString TestConsoleMail::mailStatus() const
{
    return m_console->window()->mailStatusLabel()->text();
}

void TestConsoleMail::resendFromTheUsersPageReachesTheSmtpServer()
{
    startConsole(smtpSettings());
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(), QStringLiteral("Mail: nothing queued"), 20000);
    m_console->window()->showSection(ui::Section::Users);
    ui::UsersPage* users = m_console->usersPage();
    QTRY_COMPARE_WITH_TIMEOUT(users->usersView()->model()->rowCount(), 2, 20000);
    QStringList asked;
    users->confirmResend = [&asked](const QStringList& emails) {
        asked = emails;
        return true;
    };
    const qsizetype before = m_smtp.received().size();
    users->select(QStringLiteral("new@example.com"));
    QTest::mouseClick(users->resendButton(), Qt::LeftButton);
    QCOMPARE(asked, QStringList{QStringLiteral("new@example.com")});
    // No `kumiko mail deliver` runs: the console itself hands the mail to the server.
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp.received().size(), before + 1, 30000);
    QFile file(m_smtp.received().constLast());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const test::ParsedMail received = test::parseMail(file.readAll());
    QCOMPARE(received.headers.value("x-rcptto"), QByteArray("new@example.com"));
    QVERIFY(!test::tokenIn(received.text).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                            QStringLiteral("status = 'sent' AND claimed_by LIKE 'kumiko-admin@%'")),
        1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(), QStringLiteral("Mail: nothing queued"), 20000);
}

void TestConsoleMail::consoleAndCliSendEachOf200MailsOnce()
{
    startConsole(smtpSettings());
    QTRY_VERIFY_WITH_TIMEOUT(!mailStatus().isEmpty(), 20000);
    const qsizetype before = m_smtp.received().size();
    QSet<QString> subjects;
    for (int i = 0; i < 200; ++i) {
        subjects << QStringLiteral("together %1").arg(i);
        enqueue(QStringLiteral("together %1").arg(i));
    }
    QProcess cli;
    cli.start(test::CliProcess::binary(),
              {QStringLiteral("--project"), m_project->path(), QStringLiteral("--database-url"), m_url,
               QStringLiteral("mail"), QStringLiteral("deliver"), QStringLiteral("--once")});
    QVERIFY(cli.waitForStarted());
    m_console->mailDelivery()->deliverNow();
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 180000);
    QCOMPARE(cli.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"), QStringLiteral("status = 'sent'")),
        200, 180000);
    // Exactly once each: 200 messages arrived, no subject twice.
    const QStringList files = m_smtp.received();
    QCOMPARE(files.size(), before + 200);
    QSet<QString> seen;
    for (const QString& path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString subject = test::parseMail(f.readAll()).decodedHeader("subject");
        if (!subject.startsWith(QStringLiteral("together ")))
            continue;
        QVERIFY2(!seen.contains(subject), qPrintable(subject));
        seen << subject;
    }
    QCOMPARE(seen, subjects);
    auto workers = db::Sql::exec(TestDatabase::connection(),
                                 QStringLiteral("SELECT split_part(claimed_by, '@', 1), count(*) FROM "
                                                "kumiko_admin_mail_outbox GROUP BY 1 ORDER BY 1"));
    KUMIKO_VERIFY_OK(workers);
    while (workers->next())
        qInfo("%s sent %d", qPrintable(workers->value(0).toString()), workers->value(1).toInt());
}

void TestConsoleMail::outboxTabCancelsRetriesAndPreviews()
{
    startConsole(smtpSettings());
    const qint64 later = enqueue(QStringLiteral("in an hour"), 3600);
    const qint64 failed = enqueue(QStringLiteral("gave up"), 0, QStringLiteral("failed"));
    m_console->window()->showSection(ui::Section::Users);
    ui::UsersPage* users = m_console->usersPage();
    QSignalSpy refreshed(users, &ui::UsersPage::refreshed);
    users->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    users->tabs()->setCurrentIndex(1);
    ui::OutboxPanel* outbox = users->outboxPanel();
    QTRY_COMPARE_WITH_TIMEOUT(outbox->view()->model()->rowCount(), 2, 20000);

    // The preview shows subject and both parts, never the live token.
    QSignalSpy previewed(outbox, &ui::OutboxPanel::previewShown);
    outbox->select(later);
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
    QVERIFY(outbox->previewSubject()->text().contains(QStringLiteral("in an hour")));
    QVERIFY(outbox->previewText()->toPlainText().contains(QStringLiteral("?token=••••••")));
    QVERIFY(outbox->previewHtml()->toHtml().contains(QStringLiteral("••••••")));
    QVERIFY(!outbox->previewText()->toPlainText().contains(kToken));
    QVERIFY(!outbox->previewHtml()->toHtml().contains(kToken));
    QVERIFY(!outbox->retryButton()->isEnabled());

    // Cancel names the recipient and leaves the row cancelled.
    QString question;
    outbox->confirm = [&question](const QString&, const QString& text) {
        question = text;
        return true;
    };
    QVERIFY(outbox->cancelButton()->isEnabled());
    QTest::mouseClick(outbox->cancelButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("new@example.com")), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(later), QStringLiteral("cancelled"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(users->banner()->text(), QStringLiteral("Cancelled 1 mail."), 20000);

    // Retry queues the failed mail again, and the console delivers it at once.
    const qsizetype before = m_smtp.received().size();
    QTRY_VERIFY_WITH_TIMEOUT(outbox->view()->model()->rowCount() == 2, 20000);
    outbox->select(failed);
    QTRY_VERIFY_WITH_TIMEOUT(outbox->retryButton()->isEnabled(), 20000);
    QVERIFY(!outbox->cancelButton()->isEnabled());
    QTest::mouseClick(outbox->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(failed), QStringLiteral("sent"), 30000);
    QCOMPARE(m_smtp.received().size(), before + 1);
}

void TestConsoleMail::withoutTransportMailsStayQueued()
{
    enqueue(QStringLiteral("stays"));
    startConsole({{"from", "Demo Shop <no-reply@example.com>"},
                  {"transport", "smtp"},
                  {"smtpUrlEnv", "KUMIKO_TEST_NO_SMTP_URL"}});
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(),
                              QStringLiteral("No mail transport configured — 1 mail stays queued"), 20000);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"), QStringLiteral("status = 'queued'")),
        1);
    // Signing out stops delivering and clears the line.
    Q_EMIT m_console->window()->signOutRequested();
    QVERIFY(m_console->window()->mailStatusLabel()->isHidden());
}

// Closing the window while a round is sending asks first; "Quit when finished" sends the mail, then closes.
void TestConsoleMail::quittingDuringADeliveryAsksAndFinishesIt()
{
    startConsole(smtpSettings());
    QTRY_COMPARE_WITH_TIMEOUT(mailStatus(), QStringLiteral("Mail: nothing queued"), 20000);
    const qint64 id = enqueue(QStringLiteral("while quitting"));
    const qsizetype before = m_smtp.received().size();
    db::ConnectionSettings holderSettings = db::ThreadConnection::settings();
    holderSettings.applicationName = QStringLiteral("outbox-lock-holder");
    {
        // The round waits for the outbox while another session holds it.
        auto holder = db::ThreadConnection::openNamed(QStringLiteral("outbox-holder"), holderSettings);
        KUMIKO_VERIFY_OK(holder);
        QVERIFY(holder->transaction());
        KUMIKO_VERIFY_OK(db::Sql::run(*holder, QStringLiteral("LOCK TABLE kumiko_admin_mail_outbox")));
        m_console->mailDelivery()->deliverNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->mailDelivery()->isDelivering(), 20000);
        int asked = 0;
        m_console->askQuit = [&asked] {
            ++asked;
            return ui::ConsoleController::QuitChoice::Finish;
        };
        ui::MainWindow* window = m_console->window();
        QVERIFY(!window->close());
        QCOMPARE(asked, 1);
        QVERIFY(window->isVisible());
        QVERIFY(holder->commit());
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000);
        QCOMPARE(asked, 1);
        holder->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outbox-holder"));
    QCOMPARE(statusOf(id), QStringLiteral("sent"));
    QCOMPARE(m_smtp.received().size(), before + 1);
}

QTEST_MAIN(TestConsoleMail)
#include "tst_console_mail.moc"
