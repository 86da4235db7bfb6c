#include "ConnectionDialog.h"

#include "ErrorText.h"
#include "PasswordVault.h"
#include "common/BackgroundWork.h"
#include "db/ConnectionProbe.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kumiko::ui {

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_vault(new PasswordVault(this))
    , m_profiles(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_embedded(new QPushButton(this))
    , m_connect(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_host->setObjectName(QStringLiteral("profileHost"));
    m_port->setObjectName(QStringLiteral("profilePort"));
    m_database->setObjectName(QStringLiteral("profileDatabase"));
    m_user->setObjectName(QStringLiteral("profileUser"));
    m_password->setObjectName(QStringLiteral("profilePassword"));
    m_sslMode->setObjectName(QStringLiteral("profileSslMode"));
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_embedded->setObjectName(QStringLiteral("useLocalDatabase"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->addItems({QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                         QStringLiteral("require"), QStringLiteral("verify-ca"),
                         QStringLiteral("verify-full")});
    m_status->setWordWrap(true);
    m_connect->setDefault(true);

    auto* form = new QFormLayout;
    for (QLabel*& label : m_labels)
        label = new QLabel(this);
    form->addRow(m_labels[0], m_name);
    form->addRow(m_labels[1], m_host);
    form->addRow(m_labels[2], m_port);
    form->addRow(m_labels[3], m_database);
    form->addRow(m_labels[4], m_user);
    form->addRow(m_labels[5], m_password);
    form->addRow(m_labels[6], m_sslMode);
    // A label names its field for screen readers and moves the focus there with its mnemonic.
    for (int row = 0; row < form->rowCount(); ++row)
        m_labels[row]->setBuddy(form->itemAt(row, QFormLayout::FieldRole)->widget());
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_new);
    profileButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_profiles, 1);
    left->addLayout(profileButtons);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addWidget(m_save);
    formButtons->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(formButtons);
    right->addWidget(m_status);
    right->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(right, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_embedded);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_connect);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);

    connect(m_profiles, &QListWidget::currentRowChanged, this, &ConnectionDialog::showProfile);
    connect(m_new, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToProfile);
    connect(m_embedded, &QPushButton::clicked, this, &ConnectionDialog::useEmbedded);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    reloadProfiles(ConnectionProfileStore::lastUsed());
    resize(760, 420);
}

ConnectionDialog::~ConnectionDialog()
{
    m_work.waitForAll(); // before QWidget's destructor: the results are delivered to this object
}

void ConnectionDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a database", "dialog title"));
    const QStringList labels = {
        tr("Name:", "connection field"),    tr("Host or socket folder:", "connection field"),
        tr("Port:", "connection field"),    tr("Database:", "connection field"),
        tr("User:", "connection field"),    tr("Password:", "connection field"),
        tr("SSL mode:", "connection field")};
    for (int i = 0; i < 7; ++i)
        m_labels[i]->setText(labels[i]);
    m_new->setText(tr("New", "connection profile button"));
    m_delete->setText(tr("Delete", "connection profile button"));
    m_test->setText(tr("Test connection", "connection button"));
    m_save->setText(tr("Save", "connection profile button"));
    m_embedded->setText(tr("Use the local database", "connection button: embedded database"));
    m_connect->setText(tr("Connect", "connection button"));
    m_cancel->setText(tr("Cancel", "connection button"));
    m_profiles->setAccessibleName(tr("Saved connections", "connection dialog, for screen readers"));
    m_profiles->setAccessibleDescription(
        tr("Choose one to fill in the form; passwords stay in the system keychain",
           "connection dialog, for screen readers"));
}

void ConnectionDialog::reloadProfiles(const QString& select)
{
    m_profiles->clear();
    int selected = -1;
    for (const ConnectionProfile& p : ConnectionProfileStore::profiles()) {
        m_profiles->addItem(p.name);
        if (p.name == select)
            selected = m_profiles->count() - 1;
    }
    if (selected >= 0)
        m_profiles->setCurrentRow(selected);
}

void ConnectionDialog::showProfile(int row)
{
    const QList<ConnectionProfile> all = ConnectionProfileStore::profiles();
    if (row < 0 || row >= all.size())
        return;
    const ConnectionProfile& p = all[row];
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslMode->setCurrentText(p.sslMode);
    m_password->clear();
    const QString name = p.name;
    m_vault->read(name, [this, name](bool ok, const QString& password, const QString& message) {
        if (m_name->text() != name)
            return;
        m_password->setText(password);
        if (!ok)
            setStatus(message, false);
    });
}

ConnectionProfile ConnectionDialog::profileFromForm() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentText();
    return p;
}

void ConnectionDialog::newProfile()
{
    m_profiles->clearSelection();
    for (QLineEdit* edit : {m_name, m_host, m_database, m_user, m_password})
        edit->clear();
    m_port->setValue(5432);
    m_sslMode->setCurrentText(QStringLiteral("prefer"));
    m_name->setFocus();
}

void ConnectionDialog::saveProfile()
{
    const ConnectionProfile p = profileFromForm();
    if (p.name.isEmpty()) {
        setStatus(tr("Give the connection a name first.", "connection dialog"), false);
        return;
    }
    ConnectionProfileStore::save(p);
    reloadProfiles(p.name);
    m_vault->write(p.name, m_password->text(), [this](bool ok, const QString& message) {
        setStatus(ok ? tr("Saved; the password is in the system keychain.", "connection dialog") : message,
                  ok);
    });
}

void ConnectionDialog::deleteProfile()
{
    const QString name = m_name->text().trimmed();
    ConnectionProfileStore::remove(name);
    m_vault->remove(name);
    reloadProfiles();
    newProfile();
}

void ConnectionDialog::testConnection()
{
    setStatus(tr("Testing…", "connection dialog"), true);
    m_test->setEnabled(false);
    const db::ConnectionSettings settings = profileFromForm().toSettings(m_password->text());
    m_work.track(BackgroundWork::run([settings] { return db::ConnectionProbe::probe(settings); }))
        .then(this, [this](const Result<db::ConnectionProbe::Report>& report) {
            m_test->setEnabled(true);
            if (!report)
                return setStatus(ErrorText::summary(report.error()) + QLatin1Char('\n') +
                                     ErrorText::detail(report.error()),
                                 false);
            const QString schema = report->hasKumikoSchema()
                                       ? tr("The Kumiko schema is installed.", "connection dialog")
                                       : tr("The Kumiko schema is missing or incomplete; the console offers "
                                            "to create it when you "
                                            "connect.",
                                            "connection dialog");
            setStatus(tr("Connection works: PostgreSQL %1, database %2.",
                         "connection dialog; %1 = version, %2 = database name")
                              .arg(report->serverVersion, report->databaseName) +
                          QLatin1Char('\n') + schema,
                      true);
        });
}

void ConnectionDialog::connectToProfile()
{
    const ConnectionProfile p = profileFromForm();
    m_chosen = p.toSettings(m_password->text());
    m_chosenProfile = p.name;
    ConnectionProfileStore::setLastUsed(p.name);
    accept();
}

void ConnectionDialog::useEmbedded()
{
    m_chosen.reset();
    m_chosenProfile.clear();
    ConnectionProfileStore::setLastUsed({});
    accept();
}

void ConnectionDialog::setStatus(const QString& text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("color:#a40000;"));
}

} // namespace kumiko::ui
