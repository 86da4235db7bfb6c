// User administration on the Users page: each action asks first naming the user, and writes the
// event upstream would write, as the signed-in admin.
#include "MembershipDialog.h"
#include "MessageBanner.h"
#include "TenantPicker.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UpstreamReference.h"
#include "UserAdminActions.h"
#include "UserTableModel.h"
#include "UsersPage.h"
#include "auth/AccountAdmin.h"
#include "auth/LoginLockout.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;
using kumiko::test::UpstreamReference;
using nlohmann::json;
using ui::UserAdminActions;
using ui::UsersPage;

namespace {

const QString kBob = QStringLiteral("bob@example.com");

// The newest event of `type`, as a JSON row.
json lastEvent(const QString& type)
{
    auto row =
        db::Sql::scalar(TestDatabase::connection(),
                        QStringLiteral("SELECT row_to_json(e)::text FROM kumiko_events e WHERE type = ? "
                                       "ORDER BY id DESC LIMIT 1"),
                        {type});
    if (!row || !row->isValid())
        return {};
    return json::parse(row->toString().toStdString());
}

} // namespace

class TestUserAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void createUserWithPassword();
    void createUserWithVerificationMail();
    void setPasswordDisableEnableAndRoles();
    void unlockClearsTheLockoutAndRecordsIt();
    void membershipsGrantChangeAndRevoke();

private:
    void load(UsersPage& page);
    /// Clicks `button` and waits for the page to report the change; returns the confirmation asked.
    QString act(UsersPage& page, QPushButton* button);
    void verifyWrittenByAdmin(const json& event, int referenceId);

    QString m_adminId;
    domain::Actor m_admin;
};

void TestUserAdmin::initTestCase()
{
    QVERIFY(!UpstreamReference::rows().is_null());
}

void TestUserAdmin::init()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_user_admin")));
    const QSqlDatabase db = TestDatabase::connection();
    auto admin = auth::AccountAdmin::ensureAccount(db,
                                                   {QStringLiteral("admin@example.com"),
                                                    QStringLiteral("Admin"),
                                                    QStringLiteral("admin-password"),
                                                    {QStringLiteral("SystemAdmin")},
                                                    true},
                                                   domain::Actor::system());
    KUMIKO_VERIFY_OK(admin);
    m_adminId = admin.value();
    m_admin = {m_adminId, domain::WellKnownIds::systemTenantId(), {QStringLiteral("SystemAdmin")}, {}, {}};
    KUMIKO_VERIFY_OK(auth::AccountAdmin::ensureAccount(
        db, {kBob, QStringLiteral("Bob"), QStringLiteral("bob-password"), {}, true},
        domain::Actor::system()));
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    KUMIKO_VERIFY_OK(domain::HandlerRegistry::standard().dispatch(db, QStringLiteral("tenant:write:create"),
                                                                  json{{"key", "acme"}, {"name", "Acme"}},
                                                                  domain::Actor::systemAdmin()));
    KUMIKO_VERIFY_OK(transaction.commit());
}

void TestUserAdmin::load(UsersPage& page)
{
    auto configuration = auth::AuthConfiguration::load(QStringLiteral(KUMIKO_DEMO_PROJECT));
    KUMIKO_VERIFY_OK(configuration);
    page.setConfiguration(configuration.value());
    page.setActor(m_admin);
    page.resize(1280, 800);
    page.show();
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
}

QString TestUserAdmin::act(UsersPage& page, QPushButton* button)
{
    QString asked;
    page.adminActions()->confirm = [&asked](const QString&, const QString& question) {
        asked = question;
        return true;
    };
    QSignalSpy refreshed(&page, &UsersPage::refreshed);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    }();
    return asked;
}

void TestUserAdmin::verifyWrittenByAdmin(const json& event, int referenceId)
{
    const json expected = UpstreamReference::event(referenceId);
    QVERIFY2(!event.is_null(), "no event");
    QCOMPARE(event.at("type"), expected.at("type"));
    QCOMPARE(event.at("created_by").get<std::string>(), m_adminId.toStdString());
    QCOMPARE(event.at("metadata").at("userId").get<std::string>(), m_adminId.toStdString());
    const json& payload = event.at("payload");
    if (payload.contains("previous"))
        QCOMPARE(UpstreamReference::keysOf(payload.at("previous")),
                 UpstreamReference::keysOf(expected.at("payload").at("previous")));
    QCOMPARE(UpstreamReference::keysOf(payload), UpstreamReference::keysOf(expected.at("payload")));
}

void TestUserAdmin::createUserWithPassword()
{
    UsersPage page;
    load(page);
    page.adminActions()->askNewUser = [] {
        return ui::NewUserDialog::Input{{QStringLiteral("carol@example.com"),
                                         QStringLiteral("Carol"),
                                         {},
                                         QStringLiteral("carol-password-1"),
                                         {QStringLiteral("SystemAdmin")},
                                         false},
                                        false};
    };
    const QString asked = act(page, page.adminActions()->newUserButton());
    QVERIFY2(asked.contains(QStringLiteral("carol@example.com")), qPrintable(asked));
    const json created = lastEvent(QStringLiteral("user.created"));
    verifyWrittenByAdmin(created, 3); // with a password hash, as upstream's user-1
    QCOMPARE(created.at("payload").at("email"), "carol@example.com");
    QCOMPARE(created.at("payload").at("roles"), "[\"SystemAdmin\"]");
    QCOMPARE(page.banner()->text(), QStringLiteral("Created carol@example.com."));
}

void TestUserAdmin::createUserWithVerificationMail()
{
    UsersPage page;
    load(page);
    page.adminActions()->askNewUser = [] {
        return ui::NewUserDialog::Input{
            {QStringLiteral("dave@example.com"), QStringLiteral("Dave"), {}, {}, {}, false}, true};
    };
    const QString asked = act(page, page.adminActions()->newUserButton());
    QVERIFY2(asked.contains(QStringLiteral("dave@example.com")), qPrintable(asked));
    verifyWrittenByAdmin(lastEvent(QStringLiteral("user.created")), 4); // no password, as upstream's user-2
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_mail_outbox"),
                                 QStringLiteral("recipient = 'dave@example.com' AND status = 'queued' AND "
                                                "requested_by = '%1'")
                                     .arg(m_adminId)),
             1);
}

void TestUserAdmin::setPasswordDisableEnableAndRoles()
{
    UsersPage page;
    load(page);
    UserAdminActions* actions = page.adminActions();
    page.select(kBob);
    actions->askPassword = [](const QString&) {
        return QStringLiteral("another-password-2");
    };
    QVERIFY(act(page, actions->passwordButton()).contains(kBob));
    json updated = lastEvent(QStringLiteral("user.updated"));
    verifyWrittenByAdmin(updated, 9);
    QCOMPARE(UpstreamReference::keysOf(updated.at("payload").at("changes")),
             std::set<std::string>{"passwordHash"});

    page.select(kBob);
    QCOMPARE(actions->statusButton()->text(), QStringLiteral("Disable…"));
    QVERIFY(act(page, actions->statusButton()).contains(kBob));
    updated = lastEvent(QStringLiteral("user.updated"));
    verifyWrittenByAdmin(updated, 9);
    QCOMPARE(updated.at("payload").at("changes"), json({{"status", "restricted"}}));
    page.select(kBob);
    QCOMPARE(actions->statusButton()->text(), QStringLiteral("Enable"));
    QVERIFY(act(page, actions->statusButton()).contains(kBob));
    QCOMPARE(lastEvent(QStringLiteral("user.updated")).at("payload").at("changes"),
             json({{"status", "active"}}));

    page.select(kBob);
    actions->askRoles = [](const QString&, const QStringList& current) -> std::optional<QStringList> {
        if (!current.isEmpty())
            return std::nullopt;
        return QStringList{QStringLiteral("Support")};
    };
    QVERIFY(act(page, actions->rolesButton()).contains(kBob));
    updated = lastEvent(QStringLiteral("user.updated"));
    verifyWrittenByAdmin(updated, 9);
    QCOMPARE(updated.at("payload").at("changes"), json({{"roles", "[\"Support\"]"}}));
}

void TestUserAdmin::unlockClearsTheLockoutAndRecordsIt()
{
    auto bob = db::Sql::scalar(TestDatabase::connection(),
                               QStringLiteral("SELECT id::text FROM read_users WHERE email = ?"), {kBob});
    KUMIKO_VERIFY_OK(bob);
    for (int i = 0; i < 5; ++i)
        KUMIKO_VERIFY_OK(
            auth::LoginLockout::recordFailure(TestDatabase::connection(), bob->toString(), 5, 15));
    QVERIFY(*auth::LoginLockout::lockedSeconds(TestDatabase::connection(), bob->toString()) > 0);
    UsersPage page;
    load(page);
    // The list says who is locked out (until when: in the tooltip).
    const auto bobStatus = [&page] {
        const QAbstractItemModel* users = page.usersView()->model();
        for (int row = 0; row < users->rowCount(); ++row)
            if (users->index(row, models::UserTableModel::EmailColumn).data().toString() == kBob)
                return users->index(row, models::UserTableModel::StatusColumn).data().toString();
        return QString();
    };
    QCOMPARE(bobStatus(), QStringLiteral("active · locked out"));
    page.select(kBob);
    QVERIFY(act(page, page.adminActions()->unlockButton()).contains(kBob));
    QCOMPARE(*auth::LoginLockout::lockedSeconds(TestDatabase::connection(), bob->toString()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(bobStatus(), QStringLiteral("active"), 20000);
    QCOMPARE(
        TestDatabase::count(QStringLiteral("kumiko_admin_lockout_resets"),
                            QStringLiteral("user_id = '%1' AND reset_by = '%2' AND failed_attempts = 5 AND "
                                           "locked_until > now()")
                                .arg(bob->toString(), m_adminId)),
        1);
    QCOMPARE(page.banner()->text(), QStringLiteral("bob@example.com can sign in again."));
    // Nothing left to clear: said so, nothing recorded.
    page.select(kBob);
    page.adminActions()->confirm = [](const QString&, const QString&) {
        return true;
    };
    QTest::mouseClick(page.adminActions()->unlockButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.banner()->kind(), ui::MessageBanner::Kind::Error, 20000);
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_lockout_resets")), 1);
}

void TestUserAdmin::membershipsGrantChangeAndRevoke()
{
    ui::MembershipDialog dialog(kBob, m_admin);
    QSignalSpy loaded(&dialog, &ui::MembershipDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QStringList asked;
    dialog.confirm = [&asked](const QString&, const QString& question) {
        asked << question;
        return true;
    };
    const auto run = [&](QPushButton* button) {
        const qsizetype before = loaded.count();
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, 20000);
    };
    // The tenant is searched and chosen as a person would: typed, then Enter on the exact key.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.rolesEdit()->setText(QStringLiteral("TenantAdmin"));
    QLineEdit* tenantField = dialog.tenantPicker()->lineEdit();
    QTest::keyClicks(tenantField, QStringLiteral("acm"));
    QVERIFY(!dialog.grantButton()->isEnabled()); // typed is not chosen
    QTest::keyClick(tenantField, Qt::Key_E);
    QTest::keyClick(tenantField, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.tenantPicker()->chosenId().isEmpty(), 20000);
    QCOMPARE(dialog.tenantPicker()->chosenLabel(), QStringLiteral("acme"));
    run(dialog.grantButton());
    verifyWrittenByAdmin(lastEvent(QStringLiteral("tenant-membership.created")), 5);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("TenantAdmin"));
    // Choosing the membership row chooses its tenant again.
    const QString acmeId = dialog.tenantPicker()->chosenId();
    dialog.tenantPicker()->clearChoice();
    dialog.table()->selectRow(0);
    QCOMPARE(dialog.tenantPicker()->chosenId(), acmeId);
    QCOMPARE(tenantField->text(), QStringLiteral("acme"));

    dialog.rolesEdit()->setText(QStringLiteral("TenantAdmin, Admin"));
    run(dialog.setButton());
    const json updated = lastEvent(QStringLiteral("tenant-membership.updated"));
    verifyWrittenByAdmin(updated, 6);
    QCOMPARE(updated.at("payload").at("changes"), UpstreamReference::event(6).at("payload").at("changes"));

    run(dialog.revokeButton());
    verifyWrittenByAdmin(lastEvent(QStringLiteral("tenant-membership.deleted")), 8);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(asked.size(), 3);
    for (const QString& question : asked)
        QVERIFY2(question.contains(kBob) && question.contains(QStringLiteral("acme")), qPrintable(question));
}

QTEST_MAIN(TestUserAdmin)
#include "tst_user_admin.moc"
