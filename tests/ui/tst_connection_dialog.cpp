#include "ConnectionDialog.h"
#include "LanguageManager.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void savesProfilesWithoutThePassword();
    void testsAConnectionInTheBackground();
    void reportsAFailedTest();
    void connectChoosesTheFormAndIsRemembered();
    void localDatabaseChoosesNoServer();

private:
    void fill(ui::ConnectionDialog& dialog, const db::ConnectionSettings& settings, const QString& name);
    static QString status(ui::ConnectionDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("connectionStatus"))->text();
    }
    ui::LanguageManager m_language;
    db::ConnectionSettings m_settings;
};

void TestConnectionDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connection_dialog"));
    auto settings = TestDatabase::create(QStringLiteral("tst_connection_dialog"), false);
    KUMIKO_VERIFY_OK(settings);
    m_settings = settings.value();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestConnectionDialog::init()
{
    QSettings().clear();
}

void TestConnectionDialog::fill(ui::ConnectionDialog& dialog, const db::ConnectionSettings& settings,
                                const QString& name)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("profileName"))->setText(name);
    dialog.findChild<QLineEdit*>(QStringLiteral("profileHost"))->setText(settings.host);
    dialog.findChild<QSpinBox*>(QStringLiteral("profilePort"))->setValue(settings.port);
    dialog.findChild<QLineEdit*>(QStringLiteral("profileDatabase"))->setText(settings.database);
    dialog.findChild<QLineEdit*>(QStringLiteral("profileUser"))->setText(settings.user);
    dialog.findChild<QLineEdit*>(QStringLiteral("profilePassword"))
        ->setText(QStringLiteral("Pa55word-not-stored"));
}

void TestConnectionDialog::savesProfilesWithoutThePassword()
{
    ui::ConnectionDialog dialog;
    fill(dialog, m_settings, QStringLiteral("Test cluster"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveProfile"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!status(dialog).isEmpty(), 10000);
    // Either the keychain took it, or the fallback explains that it was not saved.
    QVERIFY2(status(dialog).contains(QLatin1String("system keychain")), qPrintable(status(dialog)));
    const QList<ui::ConnectionProfile> profiles = ui::ConnectionProfileStore::profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().host, m_settings.host);
    QCOMPARE(profiles.first().database, QStringLiteral("tst_connection_dialog"));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("Pa55word")), qPrintable(key));

    ui::ConnectionDialog reopened;
    QCOMPARE(reopened.findChild<QListWidget*>(QStringLiteral("profileList"))->count(), 1);
}

void TestConnectionDialog::testsAConnectionInTheBackground()
{
    ui::ConnectionDialog dialog;
    fill(dialog, m_settings, QStringLiteral("Test cluster"));
    dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
    QCOMPARE(status(dialog), QStringLiteral("Testing…"));
    QTRY_VERIFY_WITH_TIMEOUT(status(dialog).startsWith(QLatin1String("Connection works: PostgreSQL 15")),
                             20000);
}

void TestConnectionDialog::reportsAFailedTest()
{
    ui::ConnectionDialog dialog;
    db::ConnectionSettings wrong = m_settings;
    wrong.database = QStringLiteral("no_such_database");
    fill(dialog, wrong, QStringLiteral("Wrong"));
    dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(status(dialog).startsWith(QLatin1String("Could not connect to the database.")),
                             20000);
    QVERIFY(status(dialog).contains(QLatin1String("no_such_database")));
    QVERIFY(!status(dialog).contains(QLatin1String("Pa55word")));
}

void TestConnectionDialog::connectChoosesTheFormAndIsRemembered()
{
    ui::ConnectionDialog dialog;
    fill(dialog, m_settings, QStringLiteral("Test cluster"));
    dialog.findChild<QPushButton*>(QStringLiteral("connectButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.chosenSettings().has_value());
    QCOMPARE(dialog.chosenSettings()->database, QStringLiteral("tst_connection_dialog"));
    QCOMPARE(dialog.chosenSettings()->password, QStringLiteral("Pa55word-not-stored"));
    QCOMPARE(ui::ConnectionProfileStore::lastUsed(), QStringLiteral("Test cluster"));
}

void TestConnectionDialog::localDatabaseChoosesNoServer()
{
    ui::ConnectionProfileStore::setLastUsed(QStringLiteral("Test cluster"));
    ui::ConnectionDialog dialog;
    auto* local = dialog.findChild<QPushButton*>(QStringLiteral("useLocalDatabase"));
    QCOMPARE(local->text(), QStringLiteral("Use the local database"));
    local->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.chosenSettings().has_value());
    QVERIFY(ui::ConnectionProfileStore::lastUsed().isEmpty());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connection_dialog.moc"
