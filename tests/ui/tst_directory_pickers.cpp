// TenantPicker and UserPicker against a real database: suggestions come from the server after typing
// pauses, answers to older input are dropped, the keyboard picks, Escape goes back, a pasted id or an
// emptied field chooses, a user picker can be limited to one tenant's members.
#include "SuggestionModel.h"
#include "TenantPicker.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UserPicker.h"
#include "common/BackgroundWork.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/Actor.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;
using models::SuggestionModel;

namespace {

QStringList labelsIn(const SuggestionModel& model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row).data(SuggestionModel::LabelRole).toString();
    return labels;
}

} // namespace

class TestDirectoryPickers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typingSuggestsAndTheKeyboardPicks();
    void answersToOlderInputAreDropped();
    void escapeEmptyAndPastedIds();
    void usersOfOneTenant();

private:
    static void showFocused(ui::DirectoryPicker& picker);

    QString m_acme;
    QString m_globex;
};

void TestDirectoryPickers::initTestCase()
{
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_directory_pickers")));
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    m_acme = TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                               {{"key", "acme"}, {"name", "Acme"}});
    m_globex = TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                                 {{"key", "globex"}, {"name", "Globex"}});
    TestDatabase::createAsSystemAdmin(QStringLiteral("tenant:write:create"),
                                      {{"key", "global-sales"}, {"name", "Global Sales"}});
    const QString ada =
        TestDatabase::createAsSystemAdmin(QStringLiteral("user:write:user:create"),
                                          {{"email", "ada@example.com"}, {"displayName", "Ada Lovelace"}});
    TestDatabase::createAsSystemAdmin(QStringLiteral("user:write:user:create"),
                                      {{"email", "alan@example.com"}, {"displayName", "Alan"}});
    TestDatabase::createAsSystemAdmin(
        QStringLiteral("tenant:write:add-member"),
        {{"userId", ada.toStdString()}, {"tenantId", m_acme.toStdString()}, {"roles", {"User"}}});
    KUMIKO_VERIFY_OK(transaction.commit());
    QVERIFY(!m_acme.isEmpty() && !m_globex.isEmpty() && !ada.isEmpty());
}

void TestDirectoryPickers::showFocused(ui::DirectoryPicker& picker)
{
    picker.show();
    picker.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    picker.lineEdit()->setFocus();
    QTRY_VERIFY(picker.lineEdit()->hasFocus());
}

void TestDirectoryPickers::typingSuggestsAndTheKeyboardPicks()
{
    ui::TenantPicker picker;
    showFocused(picker);
    QVERIFY(!picker.lineEdit()->accessibleName().isEmpty());
    QVERIFY(!picker.lineEdit()->accessibleDescription().isEmpty());
    QVERIFY(!picker.popup()->accessibleName().isEmpty());
    QSignalSpy arrived(&picker, &ui::DirectoryPicker::suggestionsArrived);
    QSignalSpy loading(picker.suggestions(), &SuggestionModel::loadingChanged);
    QSignalSpy chosen(&picker, &ui::DirectoryPicker::chosen);
    // Keystrokes within the pause make one search, for the whole term.
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("glo"));
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(loading.count(), 2); // started, done: one search
    QCOMPARE(picker.suggestions()->term(), QStringLiteral("glo"));
    QCOMPARE(labelsIn(*picker.suggestions()), (QStringList{"global-sales", "globex"}));
    QTRY_VERIFY(picker.popup()->isVisible());
    QCOMPARE(chosen.count(), 0);
    // Down to the second suggestion, Enter picks it.
    QTest::keyClick(picker.popup(), Qt::Key_Down);
    QTest::keyClick(picker.popup(), Qt::Key_Down);
    QTest::keyClick(picker.popup(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), m_globex);
    QCOMPARE(picker.chosenId(), m_globex);
    QCOMPARE(picker.lineEdit()->text(), QStringLiteral("globex"));
    QVERIFY(!picker.popup()->isVisible());

    // Down in the closed field searches at once for what it holds.
    picker.lineEdit()->selectAll();
    QTest::keyClick(picker.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(chosen.count(), 2); // emptied: no tenant
    QVERIFY(picker.chosenId().isEmpty());
    QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
    QTRY_COMPARE(arrived.count(), 2);
    QCOMPARE(labelsIn(*picker.suggestions()), (QStringList{"acme", "global-sales", "globex"}));
}

void TestDirectoryPickers::answersToOlderInputAreDropped()
{
    ui::TenantPicker picker;
    QSignalSpy arrived(&picker, &ui::DirectoryPicker::suggestionsArrived);
    // Both searches wait for the table, so that the older answer cannot come (and be current) before
    // the newer search is asked.
    QSqlDatabase db = TestDatabase::connection();
    db::Transaction hold(db);
    KUMIKO_VERIFY_OK(hold.begin());
    KUMIKO_VERIFY_OK(db::Sql::run(db, QStringLiteral("LOCK TABLE read_tenants IN ACCESS EXCLUSIVE MODE")));
    picker.lineEdit()->setText(QStringLiteral("a"));
    picker.searchNow();
    picker.lineEdit()->setText(QStringLiteral("globe"));
    picker.searchNow();
    KUMIKO_VERIFY_OK(hold.commit());
    QTRY_COMPARE(arrived.count(), 1);
    BackgroundWork::drain(); // the older answer, whenever it comes, is delivered and dropped
    QCoreApplication::processEvents();
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(picker.suggestions()->term(), QStringLiteral("globe"));
    QCOMPARE(labelsIn(*picker.suggestions()), QStringList{"globex"});
}

void TestDirectoryPickers::escapeEmptyAndPastedIds()
{
    ui::TenantPicker picker;
    showFocused(picker);
    QSignalSpy chosen(&picker, &ui::DirectoryPicker::chosen);
    picker.setChosen(m_acme, QStringLiteral("acme"));
    QCOMPARE(chosen.count(), 0); // set by the program, not chosen by someone
    // Typing something that names no tenant, then Escape: back to the choice.
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("zzz"));
    QTRY_VERIFY(!picker.suggestions()->isLoading() &&
                picker.suggestions()->term() == QLatin1String("acmezzz"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Escape);
    QCOMPARE(picker.lineEdit()->text(), QStringLiteral("acme"));
    QCOMPARE(picker.chosenId(), m_acme);
    // Enter on the exact key of a tenant chooses it, also before its suggestions came.
    picker.lineEdit()->selectAll();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("GLOBEX"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(chosen.count(), 1);
    QCOMPARE(picker.chosenId(), m_globex);
    QCOMPARE(picker.lineEdit()->text(), QStringLiteral("globex"));
    // A pasted id counts as chosen as it is.
    const QString unknown = QStringLiteral("7D4C1E2A-0000-4000-8000-000000000001");
    picker.lineEdit()->selectAll();
    QTest::keyClicks(picker.lineEdit(), unknown);
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(picker.chosenId(), unknown.toLower());
}

void TestDirectoryPickers::usersOfOneTenant()
{
    ui::UserPicker picker;
    QVERIFY(!picker.lineEdit()->accessibleName().isEmpty());
    QSignalSpy arrived(&picker, &ui::DirectoryPicker::suggestionsArrived);
    picker.lineEdit()->setText(QStringLiteral("a"));
    picker.searchNow();
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(labelsIn(*picker.suggestions()), (QStringList{"ada@example.com", "alan@example.com"}));
    picker.setTenantId(m_acme);
    picker.searchNow();
    QTRY_COMPARE(arrived.count(), 2);
    QCOMPARE(labelsIn(*picker.suggestions()), QStringList{"ada@example.com"});
    QCOMPARE(picker.suggestions()->index(0).data().toString(),
             QStringLiteral("ada@example.com — Ada Lovelace"));
}

QTEST_MAIN(TestDirectoryPickers)
#include "tst_directory_pickers.moc"
