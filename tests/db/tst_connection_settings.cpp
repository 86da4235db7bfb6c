#include "TestMacros.h"
#include "db/ConnectionSettings.h"

#include <QtTest>

using kumiko::db::ConnectionSettings;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void rejectsInvalidUrls_data();
    void rejectsInvalidUrls();
    void neverShowsThePassword();
    void prefersCommandLineThenKumikoThenDatabaseUrl();
};

void TestConnectionSettings::parsesValidUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("full") << "postgresql://ada:secret@db.example.com:6543/shop"
                          << "db.example.com" << 6543 << "shop"
                          << "ada"
                          << "secret"
                          << "";
    QTest::newRow("short scheme") << "postgres://ada@localhost/shop"
                                  << "localhost" << 5432 << "shop"
                                  << "ada"
                                  << ""
                                  << "";
    QTest::newRow("nothing but scheme") << "postgresql://"
                                        << "" << 5432 << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("encoded @ : / %") << "postgresql://ada:p%40ss%3Aw%2Fo%25rd@h/db"
                                     << "h" << 5432 << "db"
                                     << "ada"
                                     << "p@ss:w/o%rd"
                                     << "";
    QTest::newRow("raw @ and : in password") << "postgresql://ada:p@ss:word@h:5433/db"
                                             << "h" << 5433 << "db"
                                             << "ada"
                                             << "p@ss:word"
                                             << "";
    QTest::newRow("socket via query") << "postgresql:///shop?host=/var/run/postgresql"
                                      << "/var/run/postgresql" << 5432 << "shop"
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("socket percent-encoded") << "postgresql://%2Ftmp%2Fpg%20dir:5499/shop"
                                            << "/tmp/pg dir" << 5499 << "shop"
                                            << ""
                                            << ""
                                            << "";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5433/db"
                          << "::1" << 5433 << "db"
                          << "u"
                          << ""
                          << "";
    QTest::newRow("options") << "postgresql://h/db?sslmode=verify-full&connect_timeout=7&application_name=ops"
                             << "h" << 5432 << "db"
                             << ""
                             << ""
                             << "sslmode=verify-full;connect_timeout=7;application_name='ops'";
    // The name is one quoted conninfo value, never a second option (fuzz_database_url checks this too).
    QTest::newRow("application_name cannot add an option")
        << "postgresql://h/db?sslmode=verify-full&application_name=x%20sslmode%3Ddisable%20it's%5C"
        << "h" << 5432 << "db"
        << ""
        << ""
        << "sslmode=verify-full;application_name='x sslmode=disable it\\'s\\\\'";
    QTest::newRow("query overrides") << "postgresql://h:1/a?port=2&user=bob&password=pw&dbname=b"
                                     << "h" << 2 << "b"
                                     << "bob"
                                     << "pw"
                                     << "";
    QTest::newRow("utf-8 database") << "postgresql://h/gr%C3%BC%C3%9Fe"
                                    << "h" << 5432 << "grüße"
                                    << ""
                                    << ""
                                    << "";
}

void TestConnectionSettings::parsesValidUrls()
{
    QFETCH(QString, url);
    auto parsed = ConnectionSettings::fromUrl(url);
    KUMIKO_VERIFY_OK(parsed);
    QTEST(parsed->host, "host");
    QTEST(parsed->port, "port");
    QTEST(parsed->database, "database");
    QTEST(parsed->user, "user");
    QTEST(parsed->password, "password");
    QTEST(parsed->qtConnectOptions(), "options");
}

void TestConnectionSettings::rejectsInvalidUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("wrong scheme") << "mysql://h/db"
                                  << "must start with postgresql://";
    QTest::newRow("no scheme") << "h/db"
                               << "must start with postgresql://";
    QTest::newRow("port not a number") << "postgresql://h:abc/db"
                                       << "port must be a number";
    QTest::newRow("port out of range") << "postgresql://h:70000/db"
                                       << "port must be a number";
    QTest::newRow("bad sslmode") << "postgresql://h/db?sslmode=always"
                                 << "sslmode must be one of";
    QTest::newRow("bad timeout") << "postgresql://h/db?connect_timeout=-1"
                                 << "connect_timeout";
    QTest::newRow("unknown parameter") << "postgresql://h/db?colour=red"
                                       << "unknown URL parameter \"colour\"";
    QTest::newRow("parameter without value") << "postgresql://h/db?sslmode"
                                             << "has no value";
    QTest::newRow("bad escape in password") << "postgresql://u:se%zzcret@h/db"
                                            << "percent-encoding in the password";
    QTest::newRow("truncated escape") << "postgresql://u:secret%2@h/db"
                                      << "percent-encoding in the password";
    QTest::newRow("several hosts") << "postgresql://a,b/db"
                                   << "several hosts";
    QTest::newRow("unclosed ipv6") << "postgresql://[::1/db"
                                   << "closing ']'";
    QTest::newRow("NUL in a value") << "postgresql://h/db?application_name=a%00b"
                                    << "contains a NUL character";
    QTest::newRow("NUL in the user") << "postgresql://u%00x@h/db"
                                     << "contains a NUL character";
    QTest::newRow("';' in application_name") << "postgresql://h/db?application_name=a%3Bsslmode%3Ddisable"
                                             << "application_name must not contain ';'";
}

void TestConnectionSettings::rejectsInvalidUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    auto parsed = ConnectionSettings::fromUrl(url);
    KUMIKO_VERIFY_ERROR(parsed, "invalid_database_url");
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QLatin1String("secret")));
}

void TestConnectionSettings::neverShowsThePassword()
{
    auto parsed =
        ConnectionSettings::fromUrl(QStringLiteral("postgresql://ada:hunter2@h:5433/db?application_name=x"));
    KUMIKO_VERIFY_OK(parsed);
    QCOMPARE(parsed->redactedUrl(), QStringLiteral("postgresql://ada:***@h:5433/db"));
    QVERIFY(!parsed->qtConnectOptions().contains(QLatin1String("hunter2")));
    auto socket = ConnectionSettings::fromUrl(QStringLiteral("postgresql:///db?host=/run/pg&user=u"));
    KUMIKO_VERIFY_OK(socket);
    QCOMPARE(socket->redactedUrl(), QStringLiteral("postgresql://u@:5432/db?host=/run/pg"));
}

void TestConnectionSettings::prefersCommandLineThenKumikoThenDatabaseUrl()
{
    qputenv("KUMIKO_DATABASE_URL", "postgresql://kumiko-env/db");
    qputenv("DATABASE_URL", "postgresql://generic-env/db");
    QCOMPARE(ConnectionSettings::fromCommandLineOrEnvironment(QStringLiteral("postgresql://cli/db"))->host,
             QStringLiteral("cli"));
    QCOMPARE(ConnectionSettings::fromCommandLineOrEnvironment({})->host, QStringLiteral("kumiko-env"));
    qunsetenv("KUMIKO_DATABASE_URL");
    QCOMPARE(ConnectionSettings::fromCommandLineOrEnvironment({})->host, QStringLiteral("generic-env"));
    qputenv("DATABASE_URL", "mysql://x:topsecret@h/db");
    auto bad = ConnectionSettings::fromCommandLineOrEnvironment({});
    KUMIKO_VERIFY_ERROR(bad, "invalid_database_url");
    QVERIFY(bad.error().message.startsWith(QLatin1String("DATABASE_URL: ")));
    QVERIFY(!bad.error().message.contains(QLatin1String("topsecret")));
    qunsetenv("DATABASE_URL");
    KUMIKO_VERIFY_ERROR(ConnectionSettings::fromCommandLineOrEnvironment({}), "no_database_url");
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connection_settings.moc"
