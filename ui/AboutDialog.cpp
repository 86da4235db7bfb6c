#include "AboutDialog.h"

#include "ErrorText.h"
#include "common/BackgroundWork.h"
#include "common/BuildInfo.h"
#include "common/DataLocations.h"
#include "db/ConnectionProbe.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace kumiko::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Kumiko Admin", "dialog title"));
    auto* heading = new QLabel(
        tr("<b>Kumiko Admin %1</b><p>Admin console for Kumiko event-sourced PostgreSQL applications: seed "
           "migrations, configuration and e-mail verification.</p>",
           "about text; %1 = version")
            .arg(BuildInfo::version()),
        this);
    heading->setWordWrap(true);

    auto* form = new QFormLayout;
    addRow(form, tr("Revision:", "about dialog"), QStringLiteral("revision"), BuildInfo::revision());
    addRow(form, tr("Qt:", "about dialog"), QStringLiteral("qtVersion"), QString::fromLatin1(qVersion()));
    addRow(form, tr("PostgreSQL client (libpq):", "about dialog"), QStringLiteral("clientVersion"),
           db::ConnectionProbe::clientLibraryVersion());
    m_server = addRow(form, tr("PostgreSQL server:", "about dialog"), QStringLiteral("serverVersion"),
                      tr("Asking the database…", "about dialog; server version still loading"));
    m_schema =
        addRow(form, tr("Schema version:", "about dialog"), QStringLiteral("schemaVersion"), QString());
    const DataLocations locations = DataLocations::current();
    addRow(form, tr("Embedded database:", "about dialog; folder"), QStringLiteral("embeddedDatabase"),
           locations.embeddedDatabase);
    addRow(form, tr("Logs:", "about dialog; folder"), QStringLiteral("logs"), locations.logs);
    addRow(form, tr("Settings:", "about dialog; file"), QStringLiteral("settings"), locations.settings);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addWidget(heading);
    column->addLayout(form);
    column->addWidget(buttons);
    askDatabase();
}

AboutDialog::~AboutDialog()
{
    m_work.waitForAll(); // before QWidget's destructor: the results are delivered to this object
}

QLabel* AboutDialog::addRow(QFormLayout* form, const QString& label, const QString& name,
                            const QString& value)
{
    auto* field = new QLabel(value, this);
    field->setObjectName(name);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

void AboutDialog::askDatabase()
{
    m_work
        .track(
            BackgroundWork::withDatabase([](QSqlDatabase& db) { return db::ConnectionProbe::inspect(db); }))
        .then(this, [this](const Result<db::ConnectionProbe::Report>& report) {
            if (!report) {
                m_server->setText(tr("Not connected: %1", "about dialog; %1 = reason")
                                      .arg(ErrorText::summary(report.error())));
                return;
            }
            m_server->setText(tr("%1 (database %2)", "about dialog; %1 = server version, %2 = database name")
                                  .arg(report->serverVersion, report->databaseName));
            m_schema->setText(report->schemaVersion == 0
                                  ? tr("not installed", "about dialog; schema version")
                                  : tr("%1 (this build: %2)", "about dialog; schema versions")
                                        .arg(report->schemaVersion)
                                        .arg(report->latestSchemaVersion));
        });
}

} // namespace kumiko::ui
