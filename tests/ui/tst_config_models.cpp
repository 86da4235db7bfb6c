// The Configuration page's models: values grouped by scope (a tree), one key's cascade, the seeds.
#include "CascadeModel.h"
#include "ConfigSeedModel.h"
#include "ConfigValueModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QtTest>

using namespace kumiko;
using config::Scope;
using models::CascadeModel;
using models::ConfigSeedModel;
using models::ConfigValueModel;

class TestConfigModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreGroupedByScope();
    void sourceBadges_data();
    void sourceBadges();
    void cascadeMarksTheActiveRung();
    void seedStatuses_data();
    void seedStatuses();
};

namespace {

QList<models::ConfigValueRow> sampleValues()
{
    return {{QStringLiteral("billing:config:service-url"), Scope::System, QStringLiteral("https://x"),
             QStringLiteral("default"), false},
            {QStringLiteral("billing:config:max-upload-size-mb"), Scope::Tenant, QStringLiteral("50"),
             QStringLiteral("tenant-row"), true},
            {QStringLiteral("billing:config:stripe-key"), Scope::Tenant, QString(), QStringLiteral("missing"),
             false},
            {QStringLiteral("ui:config:theme"), Scope::User, QStringLiteral("dark"),
             QStringLiteral("user-row"), true}};
}

} // namespace

void TestConfigModels::valuesAreGroupedByScope()
{
    ConfigValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleValues());
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
    model.setRows({});
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    model.setRows(sampleValues());
    model.retranslate();
}

void TestConfigModels::sourceBadges_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::newRow("user row") << "user-row"
                              << "user value";
    QTest::newRow("tenant row") << "tenant-row"
                                << "tenant value";
    QTest::newRow("system row") << "system-row"
                                << "system value";
    QTest::newRow("app override") << "app-override"
                                  << "environment override";
    QTest::newRow("default") << "default"
                             << "default";
    QTest::newRow("missing") << "missing"
                             << "missing";
}

void TestConfigModels::sourceBadges()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    ConfigValueModel model;
    model.setRows({{QStringLiteral("a:config:b"), Scope::System, QStringLiteral("1"), source, false}});
    const QModelIndex badge =
        model.indexOf(QStringLiteral("a:config:b")).siblingAtColumn(ConfigValueModel::SourceColumn);
    QCOMPARE(badge.data().toString(), text);
    QCOMPARE(badge.data(ConfigValueModel::SourceRole).toString(), source);
    QVERIFY(badge.data(Qt::BackgroundRole).value<QColor>().isValid());
}

void TestConfigModels::cascadeMarksTheActiveRung()
{
    CascadeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{QStringLiteral("tenant-row"), QStringLiteral("50"), true, true},
                   {QStringLiteral("system-row"), QString(), false, false},
                   {QStringLiteral("default"), QStringLiteral("10"), true, false}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, CascadeModel::LevelColumn).data().toString(), QStringLiteral("▶ tenant value"));
    QVERIFY(model.index(0, CascadeModel::ValueColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(1, CascadeModel::ValueColumn).data().toString(), QStringLiteral("– not set"));
    QVERIFY(model.index(1, CascadeModel::ValueColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(2, CascadeModel::ValueColumn).data().toString(), QStringLiteral("10"));
    model.retranslate();
}

void TestConfigModels::seedStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    for (const char* status : {"pending", "applied", "overridden", "reset", "invalid"})
        QTest::newRow(status) << QString::fromLatin1(status) << QString::fromLatin1(status);
    QTest::newRow("unknown key") << "unknown-key"
                                 << "unknown key";
}

void TestConfigModels::seedStatuses()
{
    QFETCH(QString, status);
    QFETCH(QString, text);
    ConfigSeedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{QStringLiteral("a:config:b"), QStringLiteral("tenant"), QStringLiteral("acme"),
                    QStringLiteral("5"), status, QStringLiteral("why")}});
    const QModelIndex badge = model.index(0, ConfigSeedModel::StatusColumn);
    QCOMPARE(badge.data().toString(), text);
    QCOMPARE(badge.data(Qt::ToolTipRole).toString(), QStringLiteral("why"));
    QVERIFY(badge.data(Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(0, ConfigSeedModel::TargetColumn).data().toString(), QStringLiteral("acme"));
    QCOMPARE(model.index(0, ConfigSeedModel::ValueColumn).data().toString(), QStringLiteral("5"));
    model.retranslate();
}

QTEST_MAIN(TestConfigModels)
#include "tst_config_models.moc"
