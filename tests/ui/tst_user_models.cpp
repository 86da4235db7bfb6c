// The Users page's models: users with their verification state page by page (pages for an older filter
// dropped, sorting by e-mail only), the mail outbox.
#include "ModelChecks.h"
#include "OutboxTableModel.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QtTest>

using namespace kumiko;
using mail::MailStatus;
using models::OutboxTableModel;
using models::UserTableModel;

namespace {

const QDateTime kQueuedAt(QDate(2026, 5, 1), QTime(10, 0, 5), Qt::UTC);

auth::UserSummary user(const QString& email, const QString& name, bool verified,
                       std::optional<MailStatus> lastMail = {}, const QString& error = {})
{
    auth::UserSummary u;
    u.id = email.section(QLatin1Char('@'), 0, 0);
    u.email = email;
    u.displayName = name;
    u.emailVerified = verified;
    u.status = QStringLiteral("active");
    u.roles = {QStringLiteral("User"), QStringLiteral("TenantAdmin")};
    u.lastMailStatus = lastMail;
    u.lastMailError = error;
    u.lastMailAttempts = error.isEmpty() ? 1 : 5;
    u.lastMailAt = lastMail ? kQueuedAt : QDateTime();
    return u;
}

const QDateTime kLockedUntil = kQueuedAt.addSecs(900);

QList<auth::UserSummary> sampleUsers()
{
    auth::UserSummary bob = user(QStringLiteral("bob@example.com"), QStringLiteral("Robert Tables"), false,
                                 MailStatus::Failed, QStringLiteral("550 no such user"));
    bob.lockedUntil = kLockedUntil;
    return {user(QStringLiteral("admin@example.com"), QStringLiteral("Ada Admin"), true, MailStatus::Sent),
            user(QStringLiteral("alice@example.com"), QStringLiteral("Alice Liddell"), false), bob};
}

// Answers the page the model asked for last (`wanted` spies on moreWanted) with `users`, the last page.
void fill(UserTableModel& model, const QSignalSpy& wanted, const QList<auth::UserSummary>& users)
{
    if (model.canFetchMore({}))
        model.fetchMore({});
    QVERIFY(!wanted.isEmpty());
    QVERIFY(model.appendPage(wanted.last().at(0).toInt(), users, {}));
}

QStringList emailsIn(const UserTableModel& model)
{
    QStringList emails;
    for (int row = 0; row < model.rowCount(); ++row)
        emails << model.index(row, UserTableModel::EmailColumn).data().toString();
    return emails;
}

mail::OutboxEntry mailIn(MailStatus status)
{
    mail::OutboxEntry e;
    e.id = 7;
    e.status = status;
    e.kind = QStringLiteral("email-verification");
    e.recipient = QStringLiteral("alice@example.com");
    e.attempts = status == MailStatus::Failed ? 5 : 1;
    e.createdAt = kQueuedAt;
    e.nextAttemptAt = kQueuedAt.addSecs(30);
    if (status == MailStatus::Sent)
        e.sentAt = kQueuedAt.addSecs(2);
    if (status == MailStatus::Failed)
        e.lastError = QStringLiteral("connection refused");
    return e;
}

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

class TestUserModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usersPassTheTester();
    void userCells_data();
    void userCells();
    void pagesComeAsTheViewAsks();
    void pagesForAnOlderFilterAreDropped();
    void sortsByEmailOnly();
    void outboxPassesTheTester();
    void outboxStatuses_data();
    void outboxStatuses();
};

void TestUserModels::usersPassTheTester()
{
    UserTableModel model;
    QSignalSpy wanted(&model, &UserTableModel::moreWanted);
    // Like a view, the tester asks for the first page at once.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(wanted.count(), 1);
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    fill(model, wanted, sampleUsers());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
    QCOMPARE(model.headerData(UserTableModel::LastMailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last verification mail"));
    QCOMPARE(model.user(1)->email, QStringLiteral("alice@example.com"));
    QVERIFY(!model.user(3));
    QVERIFY(!model.user(-1));
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    test::verifyResets(model, [&] { model.clear(); });
    QCOMPARE(model.rowCount(), 0);
}

void TestUserModels::userCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<bool>("badge");
    const QString when = localTime(kQueuedAt);
    QTest::newRow("verified") << 0 << int(UserTableModel::VerifiedColumn) << "✓ verified"
                              << "✓ verified" << true;
    QTest::newRow("not verified") << 1 << int(UserTableModel::VerifiedColumn) << "✗ not verified"
                                  << "✗ not verified" << true;
    QTest::newRow("mail sent") << 0 << int(UserTableModel::LastMailColumn) << "sent " + when << "sent " + when
                               << false;
    QTest::newRow("no mail yet") << 1 << int(UserTableModel::LastMailColumn) << "–"
                                 << "–" << false;
    QTest::newRow("mail failed") << 2 << int(UserTableModel::LastMailColumn)
                                 << "failed " + when + " (5 attempts): 550 no such user"
                                 << "550 no such user" << true;
    QTest::newRow("name") << 2 << int(UserTableModel::NameColumn) << "Robert Tables"
                          << "Robert Tables" << false;
    QTest::newRow("roles") << 0 << int(UserTableModel::RolesColumn) << "User, TenantAdmin"
                           << "User, TenantAdmin" << false;
    QTest::newRow("status") << 0 << int(UserTableModel::StatusColumn) << "active"
                            << "active" << false;
    QTest::newRow("locked out") << 2 << int(UserTableModel::StatusColumn) << "active · locked out"
                                << "Too many wrong passwords: signing in is locked until " +
                                       localTime(kLockedUntil) + "."
                                << true;
}

void TestUserModels::userCells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);
    QFETCH(bool, badge);
    UserTableModel model;
    QSignalSpy wanted(&model, &UserTableModel::moreWanted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model, wanted, sampleUsers());
    const QModelIndex cell = model.index(row, column);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(cell.data(UserTableModel::VerifiedRole).toBool(), row == 0);
    QCOMPARE(cell.data(UserTableModel::UserIdRole).toString(), sampleUsers().at(row).id);
    if (badge)
        test::verifyReadableBadge(cell);
    else
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
}

void TestUserModels::pagesComeAsTheViewAsks()
{
    UserTableModel model;
    QSignalSpy wanted(&model, &UserTableModel::moreWanted);
    QVERIFY(model.canFetchMore({}));
    // Like a view, the tester asks for the first page at once.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(wanted.count(), 1);
    const int generation = wanted.first().at(0).toInt();
    QCOMPARE(wanted.first().at(1).toString(), QString()); // from the first user
    QVERIFY(!model.canFetchMore({}));                     // asked already
    model.fetchMore({});
    QCOMPARE(wanted.count(), 1);
    const QList<auth::UserSummary> users = sampleUsers();
    QVERIFY(model.appendPage(generation, users.mid(0, 2), users.at(1).email));
    QCOMPARE(model.rowCount(), 2);
    if (model.canFetchMore({})) // unless the tester asked already, as a view would
        model.fetchMore({});
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.last().at(1).toString(), QStringLiteral("alice@example.com"));
    QVERIFY(model.appendPage(generation, users.mid(2), {}));
    QCOMPARE(emailsIn(model), (QStringList{"admin@example.com", "alice@example.com", "bob@example.com"}));
    QVERIFY(!model.canFetchMore({})); // the last page
    model.close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestUserModels::pagesForAnOlderFilterAreDropped()
{
    UserTableModel model;
    QSignalSpy wanted(&model, &UserTableModel::moreWanted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(wanted.count(), 1);
    const int older = wanted.last().at(0).toInt();
    // The filter changes while that page is loading: the owner clears, the view asks again.
    model.clear();
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(wanted.count(), 2);
    const int newer = wanted.last().at(0).toInt();
    QVERIFY(newer != older);
    QVERIFY(!model.appendPage(older, sampleUsers(), QStringLiteral("bob@example.com")));
    QCOMPARE(model.rowCount(), 0);
    model.pageFailed(older); // the older page's failure frees nothing either
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.appendPage(newer, sampleUsers().mid(1, 1), {}));
    QCOMPARE(emailsIn(model), QStringList{"alice@example.com"});
    QVERIFY(!model.appendPage(newer, sampleUsers(), {})); // a page comes once
    QCOMPARE(model.rowCount(), 1);

    model.clear();
    if (model.canFetchMore({}))
        model.fetchMore({});
    model.pageFailed(wanted.last().at(0).toInt());
    QVERIFY(model.canFetchMore({})); // may be asked for again
}

void TestUserModels::sortsByEmailOnly()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy order(&model, &UserTableModel::orderWanted);
    model.sort(UserTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(order.count(), 0); // no index gives that order
    model.sort(UserTableModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(order.count(), 0); // the order already
    model.sort(UserTableModel::EmailColumn, Qt::DescendingOrder);
    QCOMPARE(order.count(), 1);
    QCOMPARE(order.first().first().toBool(), true);
    QVERIFY(model.descending());
}

void TestUserModels::outboxPassesTheTester()
{
    OutboxTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    test::verifyResets(model, [&] {
        model.setMails({mailIn(MailStatus::Queued), mailIn(MailStatus::Sent), mailIn(MailStatus::Failed)});
    });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(OutboxTableModel::ColumnCount));
    QCOMPARE(model.headerData(OutboxTableModel::DeliveryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Delivery"));
    QCOMPARE(model.index(0, OutboxTableModel::CreatedColumn).data().toString(), localTime(kQueuedAt));
    QCOMPARE(model.index(0, OutboxTableModel::KindColumn).data().toString(),
             QStringLiteral("verification mail"));
    QCOMPARE(model.index(0, OutboxTableModel::RecipientColumn).data().toString(),
             QStringLiteral("alice@example.com"));
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    test::verifyResets(model, [&] { model.setMails({}); });
}

void TestUserModels::outboxStatuses_data()
{
    QTest::addColumn<MailStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delivery");
    QTest::addColumn<QString>("error");
    QTest::newRow("queued") << MailStatus::Queued << "queued"
                            << "next try " + localTime(kQueuedAt.addSecs(30)) << QString();
    QTest::newRow("sending") << MailStatus::Sending << "sending"
                             << "next try " + localTime(kQueuedAt.addSecs(30)) << QString();
    QTest::newRow("sent") << MailStatus::Sent << "sent"
                          << "sent " + localTime(kQueuedAt.addSecs(2)) << QString();
    QTest::newRow("failed") << MailStatus::Failed << "failed"
                            << "gave up"
                            << "connection refused";
}

void TestUserModels::outboxStatuses()
{
    QFETCH(MailStatus, status);
    QFETCH(QString, text);
    QFETCH(QString, delivery);
    QFETCH(QString, error);
    OutboxTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMails({mailIn(status)});
    const QModelIndex badge = model.index(0, OutboxTableModel::StatusColumn);
    QCOMPARE(badge.data().toString(), text);
    QCOMPARE(UserTableModel::mailStatusText(status), text);
    test::verifyReadableBadge(badge);
    QVERIFY(!model.index(0, OutboxTableModel::RecipientColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(0, OutboxTableModel::DeliveryColumn).data().toString(), delivery);
    QCOMPARE(model.index(0, OutboxTableModel::ErrorColumn).data().toString(), error);
    QCOMPARE(model.index(0, OutboxTableModel::AttemptsColumn).data().toInt(),
             status == MailStatus::Failed ? 5 : 1);
}

QTEST_MAIN(TestUserModels)
#include "tst_user_models.moc"
