#include "AuthTestUsers.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/SignInService.h"

#include <QFile>
#include <QThreadPool>
#include <QtConcurrent>

using namespace kumiko;
using auth::SignInService;
using test::createUser;
using test::TestDatabase;

namespace {

// JSON with single quotes, so it reads well inside C++ string literals.
[[maybe_unused]] QString jsonText(const char* text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

nlohmann::json jsonOf(const char* text)
{
    return nlohmann::json::parse(jsonText(text).toStdString());
}

const QString kPassword = QStringLiteral("right-password-1");
const QString kWrong = QStringLiteral("wrong-password-1");

QString signIn(const QString& email, const QString& password, const auth::AuthSettings& settings = {})
{
    auto outcome = SignInService(settings).signIn(TestDatabase::connection(), email, password);
    if (!outcome)
        return QStringLiteral("error:") + outcome.error().codeName();
    return outcome->code();
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("kumiko_test_sign_in"))); }

    void gates_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("hasPassword");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QStringList admin{QStringLiteral("SystemAdmin")};
        const QStringList user{QStringLiteral("User")};
        QTest::newRow("ok") << "ok@t.example" << true << admin << "" << true << kPassword << "ok";
        QTest::newRow("wrong password")
            << "wrong@t.example" << true << admin << "" << true << kWrong << "invalid_credentials";
        QTest::newRow("no password hash")
            << "nohash@t.example" << true << admin << "" << false << kPassword << "invalid_credentials";
        QTest::newRow("unverified, right password")
            << "unverified@t.example" << false << admin << "" << true << kPassword << "email_not_verified";
        QTest::newRow("unverified, wrong password")
            << "unverified2@t.example" << false << admin << "" << true << kWrong << "invalid_credentials";
        QTest::newRow("restricted") << "restricted@t.example" << true << admin << "restricted" << true
                                    << kPassword << "account_restricted";
        QTest::newRow("restricted and unverified")
            << "restricted2@t.example" << false << admin << "restricted" << true << kPassword
            << "email_not_verified";
        QTest::newRow("restricted, wrong password")
            << "restricted3@t.example" << true << admin << "restricted" << true << kWrong
            << "invalid_credentials";
        QTest::newRow("deletion requested") << "leaving@t.example" << true << admin << "deletionRequested"
                                            << true << kPassword << "invalid_credentials";
        QTest::newRow("status deleted")
            << "gone@t.example" << true << admin << "deleted" << true << kPassword << "invalid_credentials";
        QTest::newRow("not an admin")
            << "user@t.example" << true << user << "" << true << kPassword << "not_an_admin";
        QTest::newRow("restricted non-admin")
            << "user2@t.example" << true << user << "restricted" << true << kPassword << "account_restricted";
        QTest::newRow("unverified non-admin")
            << "user3@t.example" << false << user << "" << true << kPassword << "email_not_verified";
    }

    void gates()
    {
        QFETCH(QString, email);
        QFETCH(bool, verified);
        QFETCH(QStringList, roles);
        QFETCH(QString, status);
        QFETCH(bool, hasPassword);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        createUser(email, hasPassword ? kPassword : QString(), verified, roles, status);
        QCOMPARE(signIn(email, typed), expected);
    }

    void unknownAndSoftDeletedUsers()
    {
        QCOMPARE(signIn(QStringLiteral("nobody@t.example"), kPassword),
                 QStringLiteral("invalid_credentials"));
        const QString id = createUser(QStringLiteral("softdeleted@t.example"), kPassword);
        // Upstream soft-deletes by flag; simulate a row written that way.
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(),
                         QStringLiteral("UPDATE read_users SET is_deleted = true WHERE id = ?::uuid"), {id}));
        QCOMPARE(signIn(QStringLiteral("softdeleted@t.example"), kPassword),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_auth_lockouts"),
                                     QStringLiteral("user_id = '%1'").arg(id)),
                 0);
    }

    void emailMatchIsExact()
    {
        createUser(QStringLiteral("exact@t.example"), kPassword);
        QCOMPARE(signIn(QStringLiteral("Exact@t.example"), kPassword), QStringLiteral("invalid_credentials"));
    }

    void unknownEmailIsNeverLocked()
    {
        for (int i = 0; i < 7; ++i)
            QCOMPARE(signIn(QStringLiteral("ghost@t.example"), kWrong),
                     QStringLiteral("invalid_credentials"));
    }

    void modeOffSkipsTheVerificationGate()
    {
        createUser(QStringLiteral("unverified-off@t.example"), kPassword, false);
        auto settings = auth::AuthSettings::fromJson(jsonOf(
            "{'emailVerification': {'mode': 'off', 'hmacSecretEnv': 'X', 'appUrl': 'https://a.example/v'}}"));
        KUMIKO_VERIFY_OK(settings);
        QCOMPARE(signIn(QStringLiteral("unverified-off@t.example"), kPassword, settings.value()),
                 QStringLiteral("ok"));
    }

    void compatHashVerifies()
    {
        QFile file(QFINDTESTDATA("../reference/compat-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto vector = nlohmann::json::parse(file.readAll().toStdString())["passwordHash"];
        const QString id = createUser(QStringLiteral("compat@t.example"), QString());
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(),
                         QStringLiteral("UPDATE read_users SET password_hash = ? WHERE id = ?::uuid"),
                         {QString::fromStdString(vector["phc"].get<std::string>()), id}));
        QCOMPARE(signIn(QStringLiteral("compat@t.example"),
                        QString::fromStdString(vector["wrongPassword"].get<std::string>())),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(signIn(QStringLiteral("compat@t.example"),
                        QString::fromStdString(vector["password"].get<std::string>())),
                 QStringLiteral("ok"));
    }

    void fiveFailuresLockAndAnUnlockedSuccessClears()
    {
        const QString email = QStringLiteral("lock@t.example");
        const QString id = createUser(email, kPassword);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn(email, kWrong), QStringLiteral("invalid_credentials"));
        QCOMPARE(signIn(email, kPassword), QStringLiteral("ok")); // clears the four failures
        QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_auth_lockouts"),
                                     QStringLiteral("user_id = '%1'").arg(id)),
                 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(email, kWrong), QStringLiteral("invalid_credentials"));
        auto locked = SignInService({}).signIn(TestDatabase::connection(), email,
                                               kPassword); // right password, but locked
        KUMIKO_VERIFY_OK(locked);
        QCOMPARE(locked->code(), QStringLiteral("account_locked"));
        QVERIFY2(locked->lockedSeconds > 14 * 60 && locked->lockedSeconds <= 15 * 60,
                 qPrintable(QString::number(locked->lockedSeconds)));
        // The lock runs out: the next failure starts a new count.
        KUMIKO_VERIFY_OK(
            db::Sql::run(TestDatabase::connection(),
                         QStringLiteral("UPDATE kumiko_admin_auth_lockouts SET locked_until = now() - "
                                        "interval '1 second' WHERE user_id = ?::uuid"),
                         {id}));
        QCOMPARE(signIn(email, kWrong), QStringLiteral("invalid_credentials"));
        QCOMPARE(db::Sql::scalar(
                     TestDatabase::connection(),
                     QStringLiteral(
                         "SELECT failed_attempts FROM kumiko_admin_auth_lockouts WHERE user_id = ?::uuid"),
                     {id})
                     ->toInt(),
                 1);
        QCOMPARE(signIn(email, kPassword), QStringLiteral("ok"));
    }

    void parallelWrongAttemptsLockExactlyAtTheThreshold()
    {
        const QString email = QStringLiteral("parallel@t.example");
        const QString id = createUser(email, kPassword);
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 8; ++i)
            futures << QtConcurrent::run(&pool, [email] { return signIn(email, kWrong); });
        QMap<QString, int> counts;
        for (auto& f : futures)
            counts[f.result()]++;
        pool.waitForDone();
        QCOMPARE(counts.value(QStringLiteral("invalid_credentials")), 5);
        QCOMPARE(counts.value(QStringLiteral("account_locked")), 3);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(db::Sql::scalar(
                     TestDatabase::connection(),
                     QStringLiteral("SELECT failed_attempts FROM kumiko_admin_auth_lockouts WHERE user_id = "
                                    "?::uuid AND locked_until > now()"),
                     {id})
                     ->toInt(),
                 5);
        QCOMPARE(signIn(email, kPassword), QStringLiteral("account_locked"));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_sign_in.moc"
