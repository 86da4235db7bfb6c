// The paged lists of the CLI: users list, tenants list, mail outbox, config seeds with --limit,
// --after, --filter, --all and --json (one document per page, JSON Lines when streaming).
#include "CliProcess.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "db/Transaction.h"
#include "domain/Actor.h"
#include "domain/HandlerRegistry.h"
#include "mail/MailOutbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace kumiko;
using nlohmann::json;
using test::CliProcess;
using test::TestDatabase;

namespace {

// Enough rows for three pages of 100 (the default limit) and a short fourth.
constexpr int kRows = 321;

QString numbered(const char* prefix, int i)
{
    return QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i, 4, 10, QLatin1Char('0'));
}

QStringList words(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesFollowTheCursor_data();
    void pagesFollowTheCursor();
    void allStreamsJsonLines_data();
    void allStreamsJsonLines();
    void allStreamsText();
    void defaultPageHintsAtTheNext();
    void filterMatchesSubstrings();
    void badPagingIsAUsageError();

private:
    void listData();
    CliProcess::Output kumiko(const QString& command, const QStringList& options);
    QString m_url;
    QTemporaryDir m_project;
};

CliProcess::Output TestCliLists::kumiko(const QString& command, const QStringList& options)
{
    return CliProcess::run(
        words(command) + options +
        QStringList{QStringLiteral("--database-url"), m_url, QStringLiteral("--project"), m_project.path()});
}

void TestCliLists::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_cli_lists"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
    const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    json seeds = json::array();
    for (int i = 0; i < kRows; ++i) {
        const QString tenant = numbered("tenant-", i);
        KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                           json{{"key", tenant.toStdString()}, {"name", "Tenant"}},
                                           domain::Actor::systemAdmin()));
        const QString email = numbered("user-", i) + QStringLiteral("@example.com");
        KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                           json{{"email", email.toStdString()}, {"displayName", "User"}},
                                           domain::Actor::systemAdmin()));
        mail::OutboxMail mail;
        mail.kind = QStringLiteral("email-verification");
        mail.requestedBy = domain::Actor::systemAdmin().userId;
        mail.locale = QStringLiteral("en");
        mail.sender = QStringLiteral("noreply@example.com");
        mail.recipient = email;
        mail.subject = QStringLiteral("Verify");
        mail.mime = "Subject: Verify\r\n\r\nbody";
        KUMIKO_VERIFY_OK(mail::MailOutbox::enqueue(db, mail));
        seeds.push_back({{"key", "limit"}, {"tenant", tenant.toStdString()}, {"value", i}});
    }
    KUMIKO_VERIFY_OK(transaction.commit());
    json manifest;
    manifest["features"]["quota"]["config"]["keys"]["limit"] = {{"scope", "tenant"}, {"type", "number"}};
    manifest["features"]["quota"]["config"]["seeds"] = seeds;
    QFile file(m_project.filePath(QStringLiteral("kumiko.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(manifest.dump(2)));
}

void TestCliLists::listData()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("member"); ///< the JSON document's array; empty: the document is the array
    QTest::addColumn<QString>("field");  ///< what identifies a row
    QTest::newRow("users") << QStringLiteral("users list") << QStringLiteral("users")
                           << QStringLiteral("email");
    QTest::newRow("tenants") << QStringLiteral("tenants list") << QStringLiteral("tenants")
                             << QStringLiteral("key");
    QTest::newRow("outbox") << QStringLiteral("mail outbox") << QString() << QStringLiteral("recipient");
    QTest::newRow("seeds") << QStringLiteral("config seeds") << QStringLiteral("seeds")
                           << QStringLiteral("tenantId");
}

void TestCliLists::pagesFollowTheCursor_data()
{
    listData();
}

void TestCliLists::pagesFollowTheCursor()
{
    QFETCH(QString, command);
    QFETCH(QString, member);
    QFETCH(QString, field);
    QStringList seen;
    QString after;
    int pages = 0;
    do {
        QStringList options{QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("150")};
        if (!after.isEmpty())
            options << QStringLiteral("--after") << after;
        auto out = kumiko(command, options);
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        const json document = json::parse(out.out.toStdString());
        const json& rows = member.isEmpty() ? document : document.at(member.toStdString());
        QVERIFY(rows.size() <= 150u);
        for (const json& row : rows)
            seen << QString::fromStdString(row.at(field.toStdString()).get<std::string>());
        // The next cursor is in the document (when it is an object) and always on stderr.
        const QStringList hint = out.err.trimmed().split(QLatin1Char(' '));
        after =
            hint.size() > 1 && hint.at(hint.size() - 2) == QLatin1String("--after") ? hint.last() : QString();
        if (document.is_object())
            QCOMPARE(document.contains("next"), !after.isEmpty());
        if (document.is_object() && !after.isEmpty())
            QCOMPARE(QString::fromStdString(document.at("next").get<std::string>()), after);
        ++pages;
    } while (!after.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), kRows);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), qsizetype(kRows));
}

void TestCliLists::allStreamsJsonLines_data()
{
    listData();
}

void TestCliLists::allStreamsJsonLines()
{
    QFETCH(QString, command);
    QFETCH(QString, member);
    QFETCH(QString, field);
    auto paged =
        kumiko(command, {QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("10000")});
    QCOMPARE(paged.exitCode, 0);
    const json document = json::parse(paged.out.toStdString());
    const json& expected = member.isEmpty() ? document : document.at(member.toStdString());
    QCOMPARE(expected.size(), std::size_t(kRows));

    auto streamed = kumiko(command, {QStringLiteral("--json"), QStringLiteral("--all")});
    QVERIFY2(streamed.exitCode == 0, qPrintable(streamed.err));
    QVERIFY(streamed.err.isEmpty());
    const QStringList lines = streamed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(kRows));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const json row = json::parse(lines.at(i).toStdString());
        QVERIFY(row.is_object());
        QCOMPARE(row, expected.at(size_t(i)));
    }
}

void TestCliLists::allStreamsText()
{
    // More rows than one streaming page (1000) need a second fetch.
    const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    for (int i = 0; i < 1200; ++i)
        KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("tenant:write:create"),
                                           json{{"key", numbered("zz-", i).toStdString()}, {"name", "More"}},
                                           domain::Actor::systemAdmin()));
    KUMIKO_VERIFY_OK(transaction.commit());
    auto all = kumiko(QStringLiteral("tenants list"), {QStringLiteral("--all")});
    QCOMPARE(all.exitCode, 0);
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(kRows + 1200));
    QVERIFY(lines.first().startsWith(QLatin1String("tenant-0000 ")));
    QVERIFY(lines.last().startsWith(QLatin1String("zz-1199 ")));
    auto filtered = kumiko(QStringLiteral("tenants list"),
                           {QStringLiteral("--all"), QStringLiteral("--filter"), QStringLiteral("ZZ-1")});
    QCOMPARE(filtered.out.count(QLatin1Char('\n')), 200); // zz-1000 … zz-1199
}

void TestCliLists::defaultPageHintsAtTheNext()
{
    auto first = kumiko(QStringLiteral("users list"), {});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out.count(QLatin1Char('\n')), 100);
    QCOMPARE(first.err, QStringLiteral("more rows follow: repeat with --after user-0099@example.com\n"));
    auto second = kumiko(QStringLiteral("users list"),
                         {QStringLiteral("--after"), QStringLiteral("user-0099@example.com")});
    QVERIFY(second.out.startsWith(QLatin1String("user-0100@example.com")));
    auto last = kumiko(QStringLiteral("users list"),
                       {QStringLiteral("--after"), QStringLiteral("user-0300@example.com")});
    QCOMPARE(last.out.count(QLatin1Char('\n')), 20);
    QVERIFY(last.err.isEmpty());
    auto none = kumiko(QStringLiteral("users list"), {QStringLiteral("--after"), QStringLiteral("zzz")});
    QCOMPARE(none.out, QStringLiteral("no users\n"));
}

void TestCliLists::filterMatchesSubstrings()
{
    const auto count = [this](const QString& command, const QString& filter) {
        auto out = kumiko(
            command, {QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("--filter"), filter});
        return out.exitCode == 0 ? out.out.count(QLatin1Char('\n')) : -1;
    };
    QCOMPARE(count(QStringLiteral("users list"), QStringLiteral("USER-02")), 100);
    QCOMPARE(count(QStringLiteral("users list"), QStringLiteral("0320@")), 1);
    QCOMPARE(count(QStringLiteral("tenants list"), QStringLiteral("tenant-031")), 10);
    QCOMPARE(count(QStringLiteral("mail outbox"), QStringLiteral("user-000")), 10);
    QCOMPARE(count(QStringLiteral("config seeds"), QStringLiteral("quota:config:limit")), kRows);
    QCOMPARE(count(QStringLiteral("config seeds"), QStringLiteral("other")), 0);
}

void TestCliLists::badPagingIsAUsageError()
{
    QCOMPARE(kumiko(QStringLiteral("users list"), {QStringLiteral("--limit"), QStringLiteral("0")}).exitCode,
             2);
    QCOMPARE(
        kumiko(QStringLiteral("tenants list"), {QStringLiteral("--limit"), QStringLiteral("10001")}).exitCode,
        2);
    QCOMPARE(kumiko(QStringLiteral("users list"),
                    {QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--all")})
                 .exitCode,
             2);
    auto outbox = kumiko(QStringLiteral("mail outbox"), {QStringLiteral("--after"), QStringLiteral("abc")});
    QCOMPARE(outbox.exitCode, 2);
    QVERIFY(outbox.err.contains(QLatin1String("(after)")));
    QCOMPARE(
        kumiko(QStringLiteral("config seeds"), {QStringLiteral("--after"), QStringLiteral("-3")}).exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliLists)
#include "tst_cli_lists.moc"
