// The Configuration page against a real database with the demo project: values per context and
// their cascade, the typed editor (inline validation, set, reset), seeds with masking and reveal.
#include "CascadeModel.h"
#include "ConfigSeedModel.h"
#include "ConfigValueEditor.h"
#include "ConfigValueModel.h"
#include "ConfigurationPage.h"
#include "MessageBanner.h"
#include "Screenshots.h"
#include "SuggestionModel.h"
#include "TenantPicker.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "UserPicker.h"
#include "db/Sql.h"
#include "esops/SeedRunner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;
using models::ConfigValueModel;

namespace {

const QString kMasterKey = QStringLiteral("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=");
const QString kUploadKey = QStringLiteral("billing:config:max-upload-size-mb");
const QString kStripeKey = QStringLiteral("billing:config:stripe-key");

QString scalar(const QString& sql, const QVariantList& values = {})
{
    auto value = db::Sql::scalar(TestDatabase::connection(), sql, values);
    return value ? value->toString() : QStringLiteral("<error %1>").arg(value.error().message);
}

} // namespace

class TestConfigurationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void valuesAndCascadeFollowTheContext();
    void typedEditorValidatesSetsAndResets();
    void seedsAreMaskedAppliedAndRevealed();

private:
    void load(ui::ConfigurationPage& page);
    void waitForRefresh(ui::ConfigurationPage& page, const std::function<void()>& action);
    static QString valueOf(ui::ConfigurationPage& page, const QString& key, int column);
    static QString cascadeText(ui::ConfigurationPage& page);
};

void TestConfigurationPage::init()
{
    qunsetenv("KUMIKO_SECRETS_MASTER_KEY_V1");
    KUMIKO_VERIFY_OK(TestDatabase::create(QStringLiteral("tst_configuration_page")));
    // The demo's migrations: tenants acme and globex, admin@example.com, acme's upload limit at 50.
    auto applied = esops::SeedRunner(QStringLiteral(KUMIKO_DEMO_PROJECT), {})
                       .apply(TestDatabase::connection(), domain::Actor::systemAdmin());
    KUMIKO_VERIFY_OK(applied);
    QVERIFY(!applied->failed);
}

void TestConfigurationPage::waitForRefresh(ui::ConfigurationPage& page, const std::function<void()>& action)
{
    QSignalSpy refreshed(&page, &ui::ConfigurationPage::refreshed);
    action();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
}

void TestConfigurationPage::load(ui::ConfigurationPage& page)
{
    page.setProjectDir(QStringLiteral(KUMIKO_DEMO_PROJECT));
    page.resize(1280, 800);
    page.show();
    waitForRefresh(page, [&] { page.refresh(); });
}

QString TestConfigurationPage::valueOf(ui::ConfigurationPage& page, const QString& key, int column)
{
    auto* model = static_cast<ConfigValueModel*>(page.valuesView()->model());
    const QModelIndex index = model->indexOf(key);
    return index.isValid() ? index.siblingAtColumn(column).data().toString() : QStringLiteral("<no row>");
}

QString TestConfigurationPage::cascadeText(ui::ConfigurationPage& page)
{
    QAbstractItemModel* model = page.cascadeView()->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, 0).data().toString().trimmed() + QStringLiteral(" = ") +
                    model->index(row, 1).data().toString();
    return rows.join(QLatin1Char('\n'));
}

void TestConfigurationPage::valuesAndCascadeFollowTheContext()
{
    ui::ConfigurationPage page;
    load(page);
    QCOMPARE(page.valuesView()->model()->rowCount(), 3); // System, Tenant, User
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::ValueColumn), QStringLiteral("10"));
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::SourceColumn), QStringLiteral("default"));
    QVERIFY(page.tenantChooser()->chosenId().isEmpty()); // no tenant
    QVERIFY(!page.userChooser()->isEnabled());
    QSignalSpy tenants(page.tenantChooser(), &ui::DirectoryPicker::suggestionsArrived);
    page.tenantChooser()->searchNow();
    QTRY_COMPARE_WITH_TIMEOUT(tenants.count(), 1, 20000);
    QCOMPARE(page.tenantChooser()->suggestions()->rowCount(), 2); // acme, globex

    waitForRefresh(page, [&] { page.setContext(QStringLiteral("acme"), QString()); });
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::ValueColumn), QStringLiteral("50"));
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::SourceColumn), QStringLiteral("tenant value"));
    QCOMPARE(page.tenantChooser()->lineEdit()->text(), QStringLiteral("acme"));
    const QString acme = scalar(QStringLiteral("SELECT id::text FROM read_tenants WHERE key = 'acme'"));
    QCOMPARE(page.tenantChooser()->chosenId(), acme);
    QVERIFY(page.userChooser()->isEnabled());
    QCOMPARE(page.userChooser()->tenantId(), acme); // suggests acme's members only
    QSignalSpy users(page.userChooser(), &ui::DirectoryPicker::suggestionsArrived);
    page.userChooser()->searchNow();
    QTRY_COMPARE_WITH_TIMEOUT(users.count(), 1, 20000);
    QCOMPARE(page.userChooser()->suggestions()->rowCount(), 1); // admin@example.com
    page.selectKey(kUploadKey);
    QCOMPARE(
        cascadeText(page),
        QStringLiteral(
            "▶ tenant value = 50\nsystem value = – not set\nenvironment override = – not set\ndefault = 10"));
    test::Screenshots::save(&page, QStringLiteral("configuration-values-en"));

    // Typing a tenant's key and Enter chooses it and shows its values.
    waitForRefresh(page, [&] {
        page.tenantChooser()->lineEdit()->selectAll();
        QTest::keyClicks(page.tenantChooser()->lineEdit(), QStringLiteral("globex"));
        QTest::keyClick(page.tenantChooser()->lineEdit(), Qt::Key_Return);
    });
    QCOMPARE(page.tenantChooser()->chosenId(),
             scalar(QStringLiteral("SELECT id::text FROM read_tenants WHERE key = 'globex'")));
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::ValueColumn), QStringLiteral("10"));
}

void TestConfigurationPage::typedEditorValidatesSetsAndResets()
{
    ui::ConfigurationPage page;
    load(page);
    const QString admin =
        scalar(QStringLiteral("SELECT id::text FROM read_users WHERE email = 'admin@example.com'"));
    page.setActor(
        {admin, QStringLiteral("00000000-0000-4000-8000-000000000000"), {QStringLiteral("SystemAdmin")}, {}});
    waitForRefresh(page, [&] { page.setContext(QStringLiteral("globex"), QString()); });
    page.selectKey(kUploadKey);
    QCOMPARE(page.scopeChooser()->count(), 2); // System, Tenant globex
    QCOMPARE(page.scopeChooser()->currentText(), QStringLiteral("Tenant globex"));
    QDoubleSpinBox* number = page.editor()->numberEditor();
    QVERIFY(number->isVisible());
    QCOMPARE(number->maximum(), 1000.0); // the key's bounds
    QCOMPARE(number->minimum(), 1.0);
    number->setValue(250);
    QVERIFY(page.setButton()->isEnabled());
    QVERIFY(page.editorProblem()->text().isEmpty());

    QSignalSpy written(&page, &ui::ConfigurationPage::written);
    waitForRefresh(page, [&] { QTest::mouseClick(page.setButton(), Qt::LeftButton); });
    QCOMPARE(written.count(), 1);
    const QString globex = scalar(QStringLiteral("SELECT id::text FROM read_tenants WHERE key = 'globex'"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT value FROM read_config_values WHERE key = ? AND tenant_id = ?::uuid"),
               {kUploadKey, globex}),
        QStringLiteral("250"));
    // The event is the signed-in admin's.
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT metadata->>'userId' FROM kumiko_events WHERE type = 'config-value.created' "
                        "AND payload->>'tenantId' = ? ORDER BY id DESC LIMIT 1"),
                    {globex}),
             admin);
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::ValueColumn), QStringLiteral("250"));
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);

    waitForRefresh(page, [&] { QTest::mouseClick(page.resetButton(), Qt::LeftButton); });
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::ValueColumn), QStringLiteral("10"));
    QCOMPARE(valueOf(page, kUploadKey, ConfigValueModel::SourceColumn), QStringLiteral("default"));

    // A pattern the value does not match: shown inline, Set stays off, nothing is written.
    page.selectKey(QStringLiteral("billing:config:service-url"));
    QCOMPARE(page.scopeChooser()->count(), 1); // a system key
    page.editor()->textEditor()->setText(QStringLiteral("http://insecure.example.com"));
    Q_EMIT page.editor()->edited();
    QVERIFY(!page.setButton()->isEnabled());
    QVERIFY2(!page.editorProblem()->text().isEmpty(), "no inline problem shown");
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"),
                                 QStringLiteral("key = 'billing:config:service-url'")),
             0);
}

void TestConfigurationPage::seedsAreMaskedAppliedAndRevealed()
{
    ui::ConfigurationPage page;
    load(page);
    QAbstractItemModel* seeds = page.seedsView()->model();
    QCOMPARE(seeds->rowCount(), 9);
    int stripe = -1;
    for (int row = 0; row < seeds->rowCount(); ++row)
        if (seeds->index(row, models::ConfigSeedModel::KeyColumn).data().toString() == kStripeKey)
            stripe = row;
    QVERIFY(stripe >= 0);
    QCOMPARE(seeds->index(stripe, models::ConfigSeedModel::ValueColumn).data().toString(),
             QStringLiteral("••••••"));
    QCOMPARE(seeds->index(stripe, models::ConfigSeedModel::TargetColumn).data().toString(),
             QStringLiteral("acme"));
    QCOMPARE(seeds->index(stripe, models::ConfigSeedModel::StatusColumn).data().toString(),
             QStringLiteral("pending"));
    QVERIFY(page.applySeedsButton()->isEnabled());

    // Without the master key the encrypted seed stops the whole run before anything is written.
    QSignalSpy applied(&page, &ui::ConfigurationPage::seedsApplied);
    QTest::mouseClick(page.applySeedsButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Error);
    QCOMPARE(TestDatabase::count(QStringLiteral("read_config_values"),
                                 QStringLiteral("key <> 'billing:config:max-upload-size-mb'")),
             0);

    qputenv("KUMIKO_SECRETS_MASTER_KEY_V1", kMasterKey.toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(page.applySeedsButton()->isEnabled(), 20000);
    waitForRefresh(page, [&] { QTest::mouseClick(page.applySeedsButton(), Qt::LeftButton); });
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 20000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Info);
    QVERIFY2(page.banner()->text().startsWith(QLatin1String("Config seeds applied: 9 created")),
             qPrintable(page.banner()->text()));
    QCOMPARE(seeds->index(stripe, models::ConfigSeedModel::StatusColumn).data().toString(),
             QStringLiteral("applied"));
    QVERIFY(!page.applySeedsButton()->isEnabled());

    waitForRefresh(page, [&] { page.setContext(QStringLiteral("acme"), QString()); });
    QCOMPARE(valueOf(page, kStripeKey, ConfigValueModel::ValueColumn), QStringLiteral("••••••"));
    page.selectKey(kStripeKey);
    QVERIFY(page.revealButton()->isVisible());
    QVERIFY2(cascadeText(page).startsWith(QStringLiteral("▶ tenant value = ••••••")),
             qPrintable(cascadeText(page)));
    QVERIFY(!page.revealButton()->isEnabled()); // nobody to record the reveal for
    const QString admin =
        scalar(QStringLiteral("SELECT id::text FROM read_users WHERE email = 'admin@example.com'"));
    page.setActor(
        {admin, QStringLiteral("00000000-0000-4000-8000-000000000000"), {QStringLiteral("SystemAdmin")}, {}});
    QSignalSpy revealed(&page, &ui::ConfigurationPage::revealFinished);
    page.revealButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 20000);
    QVERIFY2(cascadeText(page).startsWith(QStringLiteral("▶ tenant value = sk_test_demo_acme_4242")),
             qPrintable(cascadeText(page)));
    QCOMPARE(valueOf(page, kStripeKey, ConfigValueModel::ValueColumn),
             QStringLiteral("••••••")); // one key only
    const QString acme = scalar(QStringLiteral("SELECT id::text FROM read_tenants WHERE key = 'acme'"));
    QCOMPARE(
        TestDatabase::count(
            QStringLiteral("kumiko_admin_reveal_audit"),
            QStringLiteral("config_key = '%1' AND via = 'gui' AND revealed_by_id = '%2' AND revealed_by = "
                           "'admin@example.com' AND tenant_id = '%3' AND user_id IS NULL")
                .arg(kStripeKey, admin, acme)),
        1);

    // The reveal ends with the selection: back on the key, it is masked again.
    page.selectKey(kUploadKey);
    QVERIFY(!page.revealButton()->isChecked());
    page.selectKey(kStripeKey);
    QVERIFY(!page.revealButton()->isChecked());
    QVERIFY2(cascadeText(page).startsWith(QStringLiteral("▶ tenant value = ••••••")),
             qPrintable(cascadeText(page)));
    // ... and with a refresh.
    page.revealButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 2, 20000);
    QVERIFY(cascadeText(page).startsWith(QStringLiteral("▶ tenant value = sk_test_demo_acme_4242")));
    waitForRefresh(page, [&] { page.refresh(); });
    QVERIFY(!page.revealButton()->isChecked());
    QVERIFY2(cascadeText(page).startsWith(QStringLiteral("▶ tenant value = ••••••")),
             qPrintable(cascadeText(page)));
    QCOMPARE(TestDatabase::count(QStringLiteral("kumiko_admin_reveal_audit")), 2);
    page.tabs()->setCurrentIndex(1);
    test::Screenshots::save(&page, QStringLiteral("configuration-seeds-en"));
    qunsetenv("KUMIKO_SECRETS_MASTER_KEY_V1");
}

QTEST_MAIN(TestConfigurationPage)
#include "tst_configuration_page.moc"
