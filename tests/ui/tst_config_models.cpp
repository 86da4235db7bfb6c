// The Configuration page's models: values grouped by scope (a tree), one key's cascade, its history and
// overrides, the seeds.
#include "CascadeModel.h"
#include "ConfigSeedModel.h"
#include "ConfigValueModel.h"
#include "KeyHistoryModel.h"
#include "KeyOverrideModel.h"
#include "ModelChecks.h"
#include "domain/WellKnownIds.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QtTest>

using namespace kumiko;
using config::Scope;
using config::SeedStatus;
using config::ValueSource;
using models::CascadeModel;
using models::ConfigSeedModel;
using models::ConfigValueModel;

class TestConfigModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreGroupedByScope();
    void valuesRetranslateGroupsAndRows();
    void sourceBadges_data();
    void sourceBadges();
    void storedSourcesHaveHuesOfTheirOwn();
    void cascadeMarksTheActiveRung();
    void seedStatuses_data();
    void seedStatuses();
    void historyShowsWhoWhereAndOldToNew();
    void overridesShowWhoseValue();
};

namespace {

QList<models::ConfigValueRow> sampleValues()
{
    return {
        {QStringLiteral("billing:config:service-url"), Scope::System, QStringLiteral("https://x"),
         ValueSource::Default, false},
        {QStringLiteral("billing:config:max-upload-size-mb"), Scope::Tenant, QStringLiteral("50"),
         ValueSource::TenantRow, true},
        {QStringLiteral("billing:config:stripe-key"), Scope::Tenant, QString(), ValueSource::Missing, false},
        {QStringLiteral("ui:config:theme"), Scope::User, QStringLiteral("dark"), ValueSource::UserRow, true}};
}

QModelIndex sourceBadgeOf(const ConfigValueModel& model, const QString& key)
{
    return model.indexOf(key).siblingAtColumn(ConfigValueModel::SourceColumn);
}

} // namespace

void TestConfigModels::valuesAreGroupedByScope()
{
    ConfigValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::verifyResets(model, [&] { model.setRows(sampleValues()); });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("System (1 key(s))"));
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex tenant = model.index(1, 0);
    QCOMPARE(model.rowCount(tenant), 2);
    QCOMPARE(model.rowCount(model.index(1, 1)), 0); // only column 0 has children
    const QModelIndex upload = model.indexOf(QStringLiteral("billing:config:max-upload-size-mb"));
    QCOMPARE(upload.parent(), tenant);
    QCOMPARE(upload.siblingAtColumn(ConfigValueModel::ValueColumn).data().toString(), QStringLiteral("50"));
    QCOMPARE(upload.siblingAtColumn(ConfigValueModel::SeededColumn).data().toString(),
             QStringLiteral("seed"));
    QCOMPARE(upload.data(ConfigValueModel::KeyRole).toString(),
             QStringLiteral("billing:config:max-upload-size-mb"));
    const QModelIndex stripe = model.indexOf(QStringLiteral("billing:config:stripe-key"));
    QCOMPARE(stripe.siblingAtColumn(ConfigValueModel::ValueColumn).data().toString(),
             QStringLiteral("(none)"));
    QVERIFY(!model.indexOf(QStringLiteral("nope:config:x")).isValid());
    QVERIFY(model.index(0, 0).data(ConfigValueModel::KeyRole).toString().isEmpty());
    test::verifyResets(model, [&] { model.setRows({}); });
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
}

void TestConfigModels::valuesRetranslateGroupsAndRows()
{
    ConfigValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleValues());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    // The group rows, then the rows of each group that has any: every text the view shows.
    QList<int> parents; ///< row of the parent group, -1 for the top level
    for (const QList<QVariant>& change : cells) {
        const auto topLeft = change.at(0).value<QModelIndex>();
        const auto bottomRight = change.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.row(), model.rowCount(topLeft.parent()) - 1);
        QCOMPARE(bottomRight.column(), ConfigValueModel::ColumnCount - 1);
        parents << (topLeft.parent().isValid() ? topLeft.parent().row() : -1);
    }
    QCOMPARE(parents, (QList<int>{-1, 0, 1, 2}));
}

void TestConfigModels::sourceBadges_data()
{
    QTest::addColumn<ValueSource>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("user row") << ValueSource::UserRow << "user value"
                              << "user-row";
    QTest::newRow("tenant row") << ValueSource::TenantRow << "tenant value"
                                << "tenant-row";
    QTest::newRow("system row") << ValueSource::SystemRow << "system value"
                                << "system-row";
    QTest::newRow("app override") << ValueSource::AppOverride << "environment override"
                                  << "app-override";
    QTest::newRow("default") << ValueSource::Default << "default"
                             << "default";
    QTest::newRow("missing") << ValueSource::Missing << "missing"
                             << "missing";
}

void TestConfigModels::sourceBadges()
{
    QFETCH(ValueSource, source);
    QFETCH(QString, text);
    QFETCH(QString, name);
    ConfigValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{QStringLiteral("a:config:b"), Scope::System, QStringLiteral("1"), source, false}});
    const QModelIndex badge = sourceBadgeOf(model, QStringLiteral("a:config:b"));
    QCOMPARE(badge.data().toString(), text);
    QCOMPARE(badge.data(ConfigValueModel::SourceRole).toString(), name);
    test::verifyReadableBadge(badge);
}

void TestConfigModels::storedSourcesHaveHuesOfTheirOwn()
{
    ConfigValueModel model;
    model.setRows(
        {{QStringLiteral("a:config:user"), Scope::User, QStringLiteral("1"), ValueSource::UserRow, false},
         {QStringLiteral("a:config:tenant"), Scope::User, QStringLiteral("1"), ValueSource::TenantRow, false},
         {QStringLiteral("a:config:system"), Scope::User, QStringLiteral("1"), ValueSource::SystemRow,
          false}});
    QSet<QRgb> backgrounds;
    for (const char* key : {"a:config:user", "a:config:tenant", "a:config:system"})
        backgrounds
            << sourceBadgeOf(model, QString::fromLatin1(key)).data(Qt::BackgroundRole).value<QColor>().rgb();
    QCOMPARE(backgrounds.size(), 3);
}

void TestConfigModels::cascadeMarksTheActiveRung()
{
    CascadeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::verifyRetranslates(model, [&] { model.retranslate(); });
    test::verifyResets(model, [&] {
        model.setRows({{ValueSource::TenantRow, QStringLiteral("50"), true, true},
                       {ValueSource::SystemRow, QString(), false, false},
                       {ValueSource::Default, QStringLiteral("10"), true, false}});
    });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(CascadeModel::LevelColumn, Qt::Horizontal).toString(), QStringLiteral("Level"));
    QCOMPARE(model.index(0, CascadeModel::LevelColumn).data().toString(), QStringLiteral("▶ tenant value"));
    QVERIFY(model.index(0, CascadeModel::ValueColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(1, CascadeModel::LevelColumn).data().toString(), QStringLiteral("   system value"));
    QCOMPARE(model.index(1, CascadeModel::ValueColumn).data().toString(), QStringLiteral("– not set"));
    QVERIFY(model.index(1, CascadeModel::ValueColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(2, CascadeModel::ValueColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(2, CascadeModel::ValueColumn).data().toString(), QStringLiteral("10"));
    test::verifyRetranslates(model, [&] { model.retranslate(); });
}

void TestConfigModels::seedStatuses_data()
{
    QTest::addColumn<SeedStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("pending") << SeedStatus::Pending << "pending";
    QTest::newRow("applied") << SeedStatus::Applied << "applied";
    QTest::newRow("overridden") << SeedStatus::Overridden << "overridden";
    QTest::newRow("reset") << SeedStatus::Reset << "reset";
    QTest::newRow("unknown key") << SeedStatus::UnknownKey << "unknown key";
    QTest::newRow("invalid") << SeedStatus::Invalid << "invalid";
}

void TestConfigModels::seedStatuses()
{
    QFETCH(SeedStatus, status);
    QFETCH(QString, text);
    ConfigSeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::verifyResets(model, [&] {
        model.setRows({{QStringLiteral("a:config:b"), Scope::Tenant, QStringLiteral("acme"),
                        QStringLiteral("5"), status, QStringLiteral("why")},
                       {QStringLiteral("a:config:gone"), std::nullopt, QString(), QStringLiteral("1"), status,
                        QString()}});
    });
    const QModelIndex badge = model.index(0, ConfigSeedModel::StatusColumn);
    QCOMPARE(badge.data().toString(), text);
    QCOMPARE(ConfigSeedModel::statusText(status), text);
    QCOMPARE(badge.data(Qt::ToolTipRole).toString(), QStringLiteral("why"));
    QCOMPARE(model.index(1, ConfigSeedModel::StatusColumn).data(Qt::ToolTipRole).toString(), text);
    test::verifyReadableBadge(badge);
    QCOMPARE(model.index(0, ConfigSeedModel::ScopeColumn).data().toString(), QStringLiteral("tenant"));
    QCOMPARE(model.index(1, ConfigSeedModel::ScopeColumn).data().toString(), QString());
    QCOMPARE(model.index(0, ConfigSeedModel::TargetColumn).data().toString(), QStringLiteral("acme"));
    QCOMPARE(model.index(0, ConfigSeedModel::ValueColumn).data().toString(), QStringLiteral("5"));
    QVERIFY(!model.index(0, ConfigSeedModel::KeyColumn).data(Qt::BackgroundRole).isValid());
    test::verifyRetranslates(model, [&] { model.retranslate(); });
}

void TestConfigModels::historyShowsWhoWhereAndOldToNew()
{
    models::KeyHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    config::KeyChange updated;
    updated.eventId = 7;
    updated.verb = QStringLiteral("updated");
    updated.byId = QStringLiteral("u-1");
    updated.byName = QStringLiteral("admin@example.com");
    updated.tenantId = QStringLiteral("t-1");
    updated.tenantKey = QStringLiteral("acme");
    updated.oldValue = QStringLiteral("50");
    updated.newValue = QStringLiteral("75");
    config::KeyChange secret;
    secret.eventId = 3;
    secret.byId = domain::WellKnownIds::systemUserId();
    secret.tenantId = domain::WellKnownIds::systemTenantId();
    secret.newValue = QStringLiteral("{\"ciphertext\":\"…\"}");
    secret.encrypted = true;
    test::verifyResets(model, [&] { model.setRows({updated}); });
    model.appendPage({secret});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, models::KeyHistoryModel::WhoColumn).data().toString(),
             QStringLiteral("admin@example.com"));
    QCOMPARE(model.index(0, models::KeyHistoryModel::WhereColumn).data().toString(),
             QStringLiteral("tenant acme"));
    QCOMPARE(model.index(0, models::KeyHistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("50 → 75"));
    QCOMPARE(model.index(1, models::KeyHistoryModel::WhoColumn).data().toString(), QStringLiteral("system"));
    QCOMPARE(model.index(1, models::KeyHistoryModel::WhereColumn).data().toString(),
             QStringLiteral("system"));
    QCOMPARE(model.index(1, models::KeyHistoryModel::ChangeColumn).data().toString(),
             QStringLiteral("– → ••••••"));
    test::verifyRetranslates(model, [&] { model.retranslate(); });
}

void TestConfigModels::overridesShowWhoseValue()
{
    models::KeyOverrideModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    config::KeyOverride user;
    user.level = Scope::User;
    user.tenantId = QStringLiteral("t-1");
    user.tenantKey = QStringLiteral("acme");
    user.userId = QStringLiteral("u-1");
    user.userEmail = QStringLiteral("admin@example.com");
    user.value = QStringLiteral("\"dark\"");
    test::verifyResets(model, [&] { model.setRows({user}); });
    QCOMPARE(model.index(0, models::KeyOverrideModel::LevelColumn).data().toString(), QStringLiteral("User"));
    QCOMPARE(model.index(0, models::KeyOverrideModel::TargetColumn).data().toString(),
             QStringLiteral("user admin@example.com in acme"));
    QCOMPARE(model.index(0, models::KeyOverrideModel::ValueColumn).data().toString(), QStringLiteral("dark"));
    model.appendPage({});
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestConfigModels)
#include "tst_config_models.moc"
