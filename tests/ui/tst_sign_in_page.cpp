#include "LanguageManager.h"
#include "MessageBanner.h"
#include "Screenshots.h"
#include "SignInPage.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/PasswordHasher.h"
#include "auth/SignInService.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

} // namespace

// Drives the real sign-in screen against a real database, in German and English, asserting on the
// labels a person would read.
class TestSignInPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyReasonHasItsBanner_data();
    void everyReasonHasItsBanner();
    void resendLinkFollowsTheExactFailedAddress();
    void resendSucceedsWithAnInfoBannerAndAQueuedMail_data();
    void resendSucceedsWithAnInfoBannerAndAQueuedMail();
    void rateLimitShowsACountdown_data();
    void rateLimitShowsACountdown();
    void unreachableDatabaseSaysCouldNotSend_data();
    void unreachableDatabaseSaysCouldNotSend();
    void correctPasswordSignsIn();
    void resendIsReachedByKeyboardAndMovesNothing_data();
    void resendIsReachedByKeyboardAndMovesNothing();

private:
    static QString createUser(const QString& email, const QStringList& roles, bool verified,
                              const QString& status = {});
    auth::AuthConfiguration configuration(int perAddress = 3) const;
    void signIn(const QString& email, const QString& password);
    QString bannerText() const;
    void screenshot(const QString& state);
    QPushButton* resendLink() const { return m_page->findChild<QPushButton*>(QStringLiteral("resendLink")); }
    QLabel* resendHint() const { return m_page->findChild<QLabel*>(QStringLiteral("resendHint")); }
    ui::MessageBanner* banner() const
    {
        return m_page->findChild<ui::MessageBanner*>(QStringLiteral("signInBanner"));
    }

    db::ConnectionSettings m_settings;
    ui::LanguageManager m_language;
    std::unique_ptr<ui::SignInPage> m_page;
    QString m_passwordHash;
};

QString TestSignInPage::createUser(const QString& email, const QStringList& roles, bool verified,
                                   const QString& status)
{
    static const auto registry = domain::HandlerRegistry::standard();
    static QString hash = auth::PasswordHasher::hash(kPassword).value();
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction tx(db);
    if (!tx.begin())
        qFatal("begin failed");
    nlohmann::json rolesJson = nlohmann::json::array();
    for (const QString& role : roles)
        rolesJson.push_back(role.toStdString());
    auto created = registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                     nlohmann::json{{"email", email.toStdString()},
                                                    {"displayName", "Test User"},
                                                    {"passwordHash", hash.toStdString()},
                                                    {"roles", rolesJson.dump()},
                                                    {"emailVerified", verified}},
                                     domain::Actor::system());
    if (!created)
        qFatal("create %s: %s", qPrintable(email), qPrintable(created.error().toString()));
    const std::string id = created->result.at("id").get<std::string>();
    if (!status.isEmpty()) {
        auto updated =
            registry.dispatch(db, QStringLiteral("user:write:user:update"),
                              nlohmann::json{{"id", id}, {"changes", {{"status", status.toStdString()}}}},
                              domain::Actor::system());
        if (!updated)
            qFatal("update %s: %s", qPrintable(email), qPrintable(updated.error().toString()));
    }
    if (!tx.commit())
        qFatal("commit failed");
    return QString::fromStdString(id);
}

auth::AuthConfiguration TestSignInPage::configuration(int perAddress) const
{
    auto authSettings = auth::AuthSettings::fromJson(
        {{"emailVerification",
          {{"mode", "strict"},
           {"hmacSecret", "test-secret-for-the-sign-in-page-0123456789"},
           {"appUrl", "https://app.example.com/verify-email"},
           {"appName", "Demo Shop"}}},
         {"resendRateLimit",
          {{"perAddress", perAddress}, {"windowMinutes", 15}, {"globalPerMinute", 1000}}}});
    auto mailSettings = mail::MailSettings::fromJson(
        {{"from", "Demo Shop <no-reply@example.com>"}, {"transport", "directory"}});
    if (!authSettings || !mailSettings)
        qFatal("settings rejected");
    return auth::AuthConfiguration{QDir::tempPath(), authSettings.value(), mailSettings.value()};
}

void TestSignInPage::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_sign_in_page"));
    KUMIKO_VERIFY_OK(settings);
    m_settings = settings.value();
    createUser(QStringLiteral("ok@example.com"), {QStringLiteral("SystemAdmin")}, true);
    createUser(QStringLiteral("unverified@example.com"), {QStringLiteral("SystemAdmin")}, false);
    createUser(QStringLiteral("restricted@example.com"), {QStringLiteral("SystemAdmin")}, true,
               QStringLiteral("restricted"));
    createUser(QStringLiteral("plain@example.com"), {}, true);
    createUser(QStringLiteral("locked@example.com"), {QStringLiteral("SystemAdmin")}, true);
    const auth::SignInService service(configuration().auth);
    for (int i = 0; i < 5; ++i)
        KUMIKO_VERIFY_OK(service.signIn(TestDatabase::connection(), QStringLiteral("locked@example.com"),
                                        QStringLiteral("wrong")));
}

void TestSignInPage::init()
{
    db::ThreadConnection::configure(m_settings);
    KUMIKO_VERIFY_OK(
        db::Sql::run(TestDatabase::connection(), QStringLiteral("DELETE FROM kumiko_admin_rate_limits")));
    m_page = std::make_unique<ui::SignInPage>();
    m_page->setConfiguration(configuration());
    m_page->resize(900, 620);
    m_page->show();
}

void TestSignInPage::cleanup()
{
    m_page.reset();
    db::ThreadConnection::configure(m_settings);
}

void TestSignInPage::signIn(const QString& email, const QString& password)
{
    m_page->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(email);
    m_page->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(button->isEnabled());
    QTest::keyClick(m_page->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
}

void TestSignInPage::screenshot(const QString& state)
{
    test::Screenshots::save(m_page.get(), QStringLiteral("sign-in-%1-%2").arg(m_language.language(), state));
}

QString TestSignInPage::bannerText() const
{
    return banner()->isVisibleTo(m_page.get()) ? banner()->text() : QString();
}

void TestSignInPage::everyReasonHasItsBanner_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("offersResend");
    const QString wrong = QStringLiteral("not the password");
    QTest::newRow("en wrong password")
        << "en"
        << "ok@example.com" << wrong << "E-mail or password is wrong." << false;
    QTest::newRow("de wrong password")
        << "de"
        << "ok@example.com" << wrong << "E-Mail oder Passwort ist falsch." << false;
    QTest::newRow("en unknown user") << "en"
                                     << "nobody@example.com" << kPassword << "E-mail or password is wrong."
                                     << false;
    QTest::newRow("en unverified + wrong password")
        << "en"
        << "unverified@example.com" << wrong << "E-mail or password is wrong." << false;
    QTest::newRow("en unverified") << "en"
                                   << "unverified@example.com" << kPassword
                                   << "Your e-mail address is not verified yet." << true;
    QTest::newRow("de unverified") << "de"
                                   << "unverified@example.com" << kPassword
                                   << "Deine E-Mail-Adresse ist noch nicht bestätigt." << true;
    QTest::newRow("en restricted") << "en"
                                   << "restricted@example.com" << kPassword
                                   << "This account is restricted. Please contact an administrator." << false;
    QTest::newRow("de restricted")
        << "de"
        << "restricted@example.com" << kPassword
        << "Dieses Konto ist eingeschränkt. Bitte wende dich an die Administration." << false;
    QTest::newRow("en not an admin")
        << "en"
        << "plain@example.com" << kPassword
        << "This account has no access to the admin console (the role SystemAdmin is required)." << false;
    QTest::newRow("de not an admin")
        << "de"
        << "plain@example.com" << kPassword
        << "Dieses Konto hat keinen Zugang zur Admin-Konsole (die Rolle SystemAdmin ist nötig)." << false;
    QTest::newRow("en locked") << "en"
                               << "locked@example.com" << kPassword
                               << "Too many failed attempts. The account is locked for 15 more minutes."
                               << false;
    QTest::newRow("de locked") << "de"
                               << "locked@example.com" << kPassword
                               << "Zu viele Fehlversuche. Das Konto ist noch 15 Minuten gesperrt." << false;
}

void TestSignInPage::everyReasonHasItsBanner()
{
    QFETCH(QString, language);
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    QFETCH(bool, offersResend);
    QVERIFY(m_language.setLanguage(language));
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
    screenshot(QStringLiteral("empty"));
    signIn(email, password);
    QCOMPARE(bannerText(), expected);
    screenshot(QString::fromLatin1(QTest::currentDataTag())
                   .mid(3)
                   .replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-")));
    QCOMPARE(banner()->kind(), ui::MessageBanner::Kind::Error);
    QCOMPARE(resendLink()->isVisibleTo(m_page.get()), offersResend);
    if (offersResend)
        QVERIFY(resendLink()->text().contains(language == QLatin1String("de")
                                                  ? QStringLiteral("Bestätigungs-Mail erneut senden")
                                                  : QStringLiteral("Send verification mail again")));
}

void TestSignInPage::resendLinkFollowsTheExactFailedAddress()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    signIn(QStringLiteral("unverified@example.com"), kPassword);
    auto* email = m_page->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    QVERIFY(resendLink()->isVisibleTo(m_page.get()));
    email->setText(QStringLiteral("unverified@example.co"));
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
    email->setText(QStringLiteral("Unverified@example.com"));
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
    email->clear();
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
    email->setText(QStringLiteral("unverified@example.com"));
    QVERIFY(resendLink()->isVisibleTo(m_page.get()));
    // Another failure reason takes the offer away.
    signIn(QStringLiteral("unverified@example.com"), QStringLiteral("wrong"));
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
}

void TestSignInPage::resendSucceedsWithAnInfoBannerAndAQueuedMail_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sending");
    QTest::addColumn<QString>("info");
    QTest::newRow("en") << "en"
                        << "Sending…"
                        << "We've sent you a new verification mail.";
    QTest::newRow("de") << "de"
                        << "Wird gesendet …"
                        << "Wir haben dir eine neue Bestätigungs-Mail geschickt.";
}

void TestSignInPage::resendSucceedsWithAnInfoBannerAndAQueuedMail()
{
    QFETCH(QString, language);
    QFETCH(QString, sending);
    QFETCH(QString, info);
    QVERIFY(m_language.setLanguage(language));
    const qint64 before = TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                              QStringLiteral("recipient = 'unverified@example.com'"));
    signIn(QStringLiteral("unverified@example.com"), kPassword);
    resendLink()->click();
    QVERIFY(!resendLink()->isEnabled());
    QCOMPARE(resendLink()->text(), sending);
    screenshot(QStringLiteral("resend-sending"));
    QTRY_COMPARE_WITH_TIMEOUT(bannerText(), info, 20000);
    QCOMPARE(banner()->kind(), ui::MessageBanner::Kind::Info);
    screenshot(QStringLiteral("resend-sent"));
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                 QStringLiteral("recipient = 'unverified@example.com'")),
             before + 1);
}

void TestSignInPage::rateLimitShowsACountdown_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hint");
    QTest::newRow("en") << "en"
                        << "Please wait ";
    QTest::newRow("de") << "de"
                        << "Bitte warte noch ";
}

void TestSignInPage::rateLimitShowsACountdown()
{
    QFETCH(QString, language);
    QFETCH(QString, hint);
    QVERIFY(m_language.setLanguage(language));
    m_page->setConfiguration(configuration(1));
    signIn(QStringLiteral("unverified@example.com"), kPassword);
    resendLink()->click();
    QTRY_COMPARE_WITH_TIMEOUT(banner()->kind(), ui::MessageBanner::Kind::Info, 20000);
    signIn(QStringLiteral("unverified@example.com"), kPassword);
    QVERIFY(!resendHint()->isVisibleTo(m_page.get()));
    resendLink()->click();
    QTRY_VERIFY_WITH_TIMEOUT(resendHint()->isVisibleTo(m_page.get()), 20000);
    // The time left reads like a clock, minutes and seconds: "Please wait 14:59 and try again."
    static const QRegularExpression clock(QStringLiteral("(\\d+):(\\d\\d)"));
    const auto secondsLeft = [this] {
        const QRegularExpressionMatch match = clock.match(resendHint()->text());
        return match.captured(1).toInt() * 60 + match.captured(2).toInt();
    };
    QVERIFY2(resendHint()->text().startsWith(hint), qPrintable(resendHint()->text()));
    const int first = secondsLeft();
    QVERIFY2(first > 0 && first <= 15 * 60, qPrintable(resendHint()->text()));
    screenshot(QStringLiteral("resend-rate-limited"));
    QTRY_VERIFY_WITH_TIMEOUT(secondsLeft() < first, 3000);
    QCOMPARE(banner()->kind(), ui::MessageBanner::Kind::Error);
    // A new attempt resets the banner and the resend state.
    signIn(QStringLiteral("ok@example.com"), QStringLiteral("wrong"));
    QVERIFY(!resendHint()->isVisibleTo(m_page.get()));
    QVERIFY(!resendLink()->isVisibleTo(m_page.get()));
}

void TestSignInPage::unreachableDatabaseSaysCouldNotSend_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hint");
    QTest::newRow("en") << "en"
                        << "Could not send. Please try again.";
    QTest::newRow("de") << "de"
                        << "Konnte nicht senden. Bitte erneut versuchen.";
}

void TestSignInPage::unreachableDatabaseSaysCouldNotSend()
{
    QFETCH(QString, language);
    QFETCH(QString, hint);
    QVERIFY(m_language.setLanguage(language));
    signIn(QStringLiteral("unverified@example.com"), kPassword);
    // The database goes away between the sign-in and the click.
    db::ThreadConnection::configure(TestDatabase::clusterSettings(QStringLiteral("tst_sign_in_page_gone")));
    resendLink()->click();
    QTRY_COMPARE_WITH_TIMEOUT(resendHint()->text(), hint, 20000);
    QVERIFY(resendHint()->isVisibleTo(m_page.get()));
    QVERIFY(resendLink()->isEnabled());
    screenshot(QStringLiteral("resend-could-not-send"));
    QCOMPARE(banner()->kind(), ui::MessageBanner::Kind::Error);
}

void TestSignInPage::correctPasswordSignsIn()
{
    QSignalSpy signedIn(m_page.get(), &ui::SignInPage::signedIn);
    signIn(QStringLiteral("ok@example.com"), kPassword);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(signedIn.first().at(1).toString(), QStringLiteral("ok@example.com"));
    QVERIFY(m_page->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

void TestSignInPage::resendIsReachedByKeyboardAndMovesNothing_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Enter") << int(Qt::Key_Return);
    QTest::newRow("Space") << int(Qt::Key_Space);
}

// Tab from the button reaches the resend offer, Enter or Space sends; the form stays where it was when
// the banner and the offer appeared.
void TestSignInPage::resendIsReachedByKeyboardAndMovesNothing()
{
    QFETCH(int, key);
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents(); // LanguageChange events are posted; the labels' width follows
    m_page->resize(1024, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("signInButton"));
    auto* password = m_page->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    const QPoint buttonAt = button->mapTo(m_page.get(), QPoint());
    const QPoint passwordAt = password->mapTo(m_page.get(), QPoint());
    signIn(QStringLiteral("unverified@example.com"), kPassword);
    QVERIFY(resendLink()->isVisible());
    QCOMPARE(button->mapTo(m_page.get(), QPoint()), buttonAt);
    QCOMPARE(password->mapTo(m_page.get(), QPoint()), passwordAt);
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), resendLink());
    QTest::keyClick(resendLink(), Qt::Key(key));
    QTRY_COMPARE_WITH_TIMEOUT(banner()->kind(), ui::MessageBanner::Kind::Info, 20000);
}

QTEST_MAIN(TestSignInPage)
#include "tst_sign_in_page.moc"
