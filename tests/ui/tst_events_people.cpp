// The Events page for people: names instead of ids, payload search, Clear, columns that fit, copy,
// and an export that equals `kumiko events export`.
#include "CliProcess.h"
#include "EventExportDialog.h"
#include "EventTableModel.h"
#include "EventsPage.h"
#include "TenantPicker.h"
#include "MessageBanner.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "auth/AccountAdmin.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"
#include "domain/WellKnownIds.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace kumiko;
using kumiko::test::TestDatabase;
using models::EventTableModel;
using nlohmann::json;
using ui::EventsPage;

class TestEventsPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesInsteadOfIds();
    void payloadSearchAndClear();
    void columnsFitAndKeepIdAndTime();
    void copyAsJson();
    void exportOf100000EventsEqualsTheCli();

private:
    void load(EventsPage& page);
    int rowOfType(EventsPage& page, const QString& type) const;

    QString m_url;
    QString m_adminId;
    QString m_tenantId;
};

void TestEventsPeople::initTestCase()
{
    auto settings = TestDatabase::create(QStringLiteral("tst_events_people"));
    KUMIKO_VERIFY_OK(settings);
    m_url = TestDatabase::url(settings.value());
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
    const domain::Actor actor{
        m_adminId, domain::WellKnownIds::systemTenantId(), {QStringLiteral("SystemAdmin")}, {}, {}};
    const auto registry = domain::HandlerRegistry::standard();
    db::Transaction transaction(db);
    KUMIKO_VERIFY_OK(transaction.begin());
    // Filed in its own tenant, as upstream does when the session is in that tenant.
    m_tenantId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    domain::Actor inTenant = actor;
    inTenant.tenantId = m_tenantId;
    KUMIKO_VERIFY_OK(registry.dispatch(
        db, QStringLiteral("tenant:write:create"),
        json{{"id", m_tenantId.toStdString()}, {"key", "acme"}, {"name", "Acme"}}, inTenant));
    KUMIKO_VERIFY_OK(registry.dispatch(db, QStringLiteral("user:write:user:create"),
                                       json{{"email", "bob@example.com"}, {"displayName", "Bob"}}, actor));
    KUMIKO_VERIFY_OK(transaction.commit());
}

void TestEventsPeople::load(EventsPage& page)
{
    page.resize(1280 - 190, 800); // the window at 1280 px less the sidebar
    page.show();
    QSignalSpy names(&page, &EventsPage::namesResolved);
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(names.count() >= 1, 20000);
}

int TestEventsPeople::rowOfType(EventsPage& page, const QString& type) const
{
    QAbstractItemModel* model = page.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, EventTableModel::TypeColumn).data().toString() == type)
            return row;
    return -1;
}

void TestEventsPeople::namesInsteadOfIds()
{
    EventsPage page;
    QAbstractItemModelTester tester(page.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(page);
    QAbstractItemModel* model = page.table()->model();
    const int created = rowOfType(page, QStringLiteral("tenant.created"));
    QVERIFY(created >= 0);
    // The tenant's own stream: its key, the id in the tooltip and in Copy id.
    const QModelIndex tenant = model->index(created, EventTableModel::TenantColumn);
    QCOMPARE(tenant.data().toString(), QStringLiteral("acme"));
    QCOMPARE(tenant.data(Qt::ToolTipRole).toString(), m_tenantId);
    const QModelIndex by = model->index(created, EventTableModel::ByColumn);
    QCOMPARE(by.data().toString(), QStringLiteral("admin@example.com"));
    QCOMPARE(by.data(Qt::ToolTipRole).toString(), m_adminId);
    page.table()->setCurrentIndex(tenant);
    page.copyId();
    QCOMPARE(QApplication::clipboard()->text(), m_tenantId);
    // The tenant filter (a picker) narrows to the chosen tenant.
    QSignalSpy loaded(&page, &EventsPage::pageLoaded);
    page.tenantFilter()->setChosen(m_tenantId, QStringLiteral("acme"));
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, EventTableModel::TenantColumn).data(Qt::ToolTipRole).toString(),
                 m_tenantId);
}

void TestEventsPeople::payloadSearchAndClear()
{
    EventsPage page;
    load(page);
    QAbstractItemModel* model = page.table()->model();
    const int all = model->rowCount();
    QVERIFY(all >= 3);
    QSignalSpy loaded(&page, &EventsPage::pageLoaded);
    page.payloadContainsFilter()->setText(QStringLiteral("{\"email\":\"bob@example.com\"}"));
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, EventTableModel::TypeColumn).data().toString(), QStringLiteral("user.created"));

    page.payloadContainsFilter()->clear();
    page.payloadSearchFilter()->setText(QStringLiteral("key=acme"));
    loaded.clear();
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, EventTableModel::TypeColumn).data().toString(),
             QStringLiteral("tenant.created"));
    page.payloadSearchFilter()->setText(QStringLiteral("BOB@EXAMPLE"));
    loaded.clear();
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QCOMPARE(model->rowCount(), 1);

    // Clear empties the fields and shows every event again.
    loaded.clear();
    QTest::mouseClick(page.clearButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QVERIFY(page.payloadSearchFilter()->text().isEmpty());
    QCOMPARE(model->rowCount(), all);

    // Not a JSON object: said so, nothing shown.
    page.payloadContainsFilter()->setText(QStringLiteral("{email"));
    loaded.clear();
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QCOMPARE(page.banner()->kind(), ui::MessageBanner::Kind::Error);
    QCOMPARE(model->rowCount(), 0);
}

void TestEventsPeople::columnsFitAndKeepIdAndTime()
{
    EventsPage page;
    load(page);
    QTableView* table = page.table();
    int total = 0;
    for (int column = 0; column < EventTableModel::ColumnCount; ++column)
        total += table->columnWidth(column);
    QVERIFY2(total <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(table->viewport()->width())));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    QCOMPARE(table->columnViewportPosition(EventTableModel::IdColumn), 0);
    QVERIFY(table->columnViewportPosition(EventTableModel::TimeColumn) > 0);
}

void TestEventsPeople::copyAsJson()
{
    EventsPage page;
    load(page);
    const int row = rowOfType(page, QStringLiteral("user.created"));
    QVERIFY(row >= 0);
    page.table()->selectionModel()->select(page.table()->model()->index(row, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page.copySelectedAsJson();
    const json copied = json::parse(QApplication::clipboard()->text().toStdString());
    QCOMPARE(copied.size(), std::size_t(1));
    QCOMPARE(copied.at(0).at("type"), "user.created");
    QCOMPARE(copied.at(0).at("payload").at("email"), "bob@example.com");
    QCOMPARE(copied.at(0).at("created_by").get<std::string>(), m_adminId.toStdString());
}

void TestEventsPeople::exportOf100000EventsEqualsTheCli()
{
    KUMIKO_VERIFY_OK(db::Sql::run(
        TestDatabase::connection(),
        QStringLiteral(
            "INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, payload, "
            "metadata, created_by) SELECT gen_random_uuid(), 'bulk', ?::uuid, 1, 'bulk.created', "
            "jsonb_build_object('n', n, 'note', 'line \"' || n || '\", with comma', 'passwordHash', 'x'), "
            "jsonb_build_object('userId', ?::text), ?::text FROM generate_series(1, 100000) n"),
        {m_tenantId, m_adminId, m_adminId}));
    QTemporaryDir dir;
    for (const QString& format : {QStringLiteral("jsonl"), QStringLiteral("csv")}) {
        EventsPage page;
        page.aggregateTypeFilter()->setCurrentText(QStringLiteral("bulk"));
        auto filter = page.filter();
        KUMIKO_VERIFY_OK(filter);
        ui::EventExportDialog dialog(filter.value());
        dialog.formatChoice()->setCurrentIndex(dialog.formatChoice()->findData(format));
        const QString consolePath = dir.filePath(QStringLiteral("console.") + format);
        dialog.pathEdit()->setText(consolePath);
        QSignalSpy finished(&dialog, &ui::EventExportDialog::exportFinished);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog.progressText()->text().contains(QStringLiteral("100,000")) ||
                     dialog.progressText()->text().contains(QStringLiteral("100000")),
                 qPrintable(dialog.progressText()->text()));

        const QString cliPath = dir.filePath(QStringLiteral("cli.") + format);
        const auto cli = test::CliProcess::run({QStringLiteral("--database-url"), m_url,
                                                QStringLiteral("events"), QStringLiteral("export"),
                                                QStringLiteral("--format"), format, QStringLiteral("--type"),
                                                QStringLiteral("bulk"), QStringLiteral("--output"), cliPath});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("exported 100000 events")), qPrintable(cli.err));
        QFile console(consolePath), written(cliPath);
        QVERIFY(console.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
        const QByteArray bytes = console.readAll();
        QCOMPARE(bytes.count('\n'), format == QLatin1String("csv") ? 100001 : 100000);
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256));
        if (format == QLatin1String("jsonl")) {
            const json first = json::parse(bytes.left(bytes.indexOf('\n')).toStdString());
            QCOMPARE(first.at("type"), "bulk.created");
            QCOMPARE(first.at("payload").at("passwordHash"), "••••••");
        }
    }
}

QTEST_MAIN(TestEventsPeople)
#include "tst_events_people.moc"
