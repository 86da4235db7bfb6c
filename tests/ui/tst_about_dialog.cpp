#include "AboutDialog.h"
#include "LanguageManager.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "common/BuildInfo.h"
#include "common/DataLocations.h"
#include "db/SchemaBootstrap.h"
#include "db/ThreadConnection.h"

#include <QLabel>
#include <QRegularExpression>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsVersionsAndTheConnectedSchema();
    void listsWhereTheFilesAre();
    void saysWhenThereIsNoDatabase();

private:
    static QString field(ui::AboutDialog& dialog, const QString& name)
    {
        return dialog.findChild<QLabel*>(name)->text();
    }
    ui::LanguageManager m_language;
    db::ConnectionSettings m_settings;
};

void TestAboutDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin-tests"));
    auto settings = TestDatabase::create(QStringLiteral("tst_about_dialog"));
    KUMIKO_VERIFY_OK(settings);
    m_settings = settings.value();
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
}

void TestAboutDialog::showsVersionsAndTheConnectedSchema()
{
    ui::AboutDialog dialog;
    QCOMPARE(field(dialog, QStringLiteral("revision")), BuildInfo::revision());
    QCOMPARE(field(dialog, QStringLiteral("qtVersion")), QString::fromLatin1(qVersion()));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$"))
                .match(field(dialog, QStringLiteral("clientVersion")))
                .hasMatch());
    const int latest = db::SchemaBootstrap::latestAdminVersion();
    QTRY_COMPARE(field(dialog, QStringLiteral("schemaVersion")),
                 QStringLiteral("%1 (this build: %1)").arg(latest));
    const QString server = field(dialog, QStringLiteral("serverVersion"));
    QVERIFY2(server.startsWith(QLatin1String("15")) &&
                 server.endsWith(QLatin1String("(database tst_about_dialog)")),
             qPrintable(server));
    QVERIFY(dialog.findChildren<QLabel*>().first()->text().contains(BuildInfo::version()));
}

void TestAboutDialog::listsWhereTheFilesAre()
{
    ui::AboutDialog dialog;
    const DataLocations locations = DataLocations::current();
    QCOMPARE(field(dialog, QStringLiteral("embeddedDatabase")), locations.embeddedDatabase);
    QCOMPARE(field(dialog, QStringLiteral("logs")), locations.logs);
    QCOMPARE(field(dialog, QStringLiteral("settings")), locations.settings);
    QVERIFY(locations.settings.endsWith(QLatin1String("/kumiko-admin/kumiko-admin.conf")));
}

void TestAboutDialog::saysWhenThereIsNoDatabase()
{
    db::ConnectionSettings nowhere = m_settings;
    nowhere.port = 1; // nothing listens there
    db::ThreadConnection::configure(nowhere);
    ui::AboutDialog dialog;
    QTRY_VERIFY_WITH_TIMEOUT(
        field(dialog, QStringLiteral("serverVersion")).startsWith(QLatin1String("Not connected: ")), 20000);
    QVERIFY(field(dialog, QStringLiteral("schemaVersion")).isEmpty());
    db::ThreadConnection::configure(m_settings);
}

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
