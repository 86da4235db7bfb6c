#include "ConsoleController.h"

#include "ConfigurationPage.h"
#include "ConnectionDialog.h"
#include "ConsistencyDialog.h"
#include "ErrorText.h"
#include "EventsPage.h"
#include "IdleWatch.h"
#include "LanguageManager.h"
#include "MailDelivery.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MigrationsPage.h"
#include "OutboxPanel.h"
#include "PasswordVault.h"
#include "RefreshRouter.h"
#include "SignInPage.h"
#include "UsersPage.h"
#include "common/BackgroundWork.h"
#include "db/DatabaseLocator.h"
#include "db/SchemaBootstrap.h"
#include "db/ThreadConnection.h"
#include "domain/WellKnownIds.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace kumiko::ui {
namespace {

// The server, the schema, and whether LISTEN can work: on the configured database.
Result<db::ConnectionProbe::Report> inspectSession(QSqlDatabase& db)
{
    return db::ConnectionProbe::inspectSession(db, db::ThreadConnection::settings());
}

} // namespace

ConsoleController::ConsoleController(Options options, LanguageManager& language, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_language(language)
    , m_window(new MainWindow(language))
    , m_signIn(new SignInPage)
    , m_migrations(new MigrationsPage)
    , m_configuration(new ConfigurationPage)
    , m_events(new EventsPage)
    , m_users(new UsersPage)
    , m_mail(new MailDelivery(this))
    , m_vault(new PasswordVault(this))
    , m_refresh(new RefreshRouter(
          *m_window, [this](Section section) { reload(section); }, this))
    , m_idle(new IdleWatch(this))
{
    askQuit = [this] {
        return askQuitInDialog();
    };
    m_window->setSignInPage(m_signIn);
    m_window->mayClose = [this] {
        return mayClose();
    };
    m_idle->setTimeout(idleLockSetting());
    connect(m_idle, &IdleWatch::idle, this, &ConsoleController::lock);
    connect(m_signIn, &SignInPage::signedIn, this, &ConsoleController::signIn);
    connect(m_window, &MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(&m_language, &LanguageManager::languageChanged, this, &ConsoleController::retranslate);
    connect(&m_listener, &db::DatabaseListener::notified, m_refresh, &RefreshRouter::notify);
    connect(&m_listener, &db::DatabaseListener::listeningChanged, &m_monitor,
            &db::ConnectionMonitor::setListening);
    connect(&m_monitor, &db::ConnectionMonitor::changeSeen, m_refresh, &RefreshRouter::notify);
    connect(&m_monitor, &db::ConnectionMonitor::reconnectDue, this, &ConsoleController::connectDatabase);
    connect(&m_monitor, &db::ConnectionMonitor::stateChanged, this, &ConsoleController::showConnectionState);
    m_window->setPage(Section::Migrations, m_migrations);
    m_window->setPage(Section::Configuration, m_configuration);
    m_window->setPage(Section::Users, m_users);
    m_window->setPage(Section::Events, m_events);
    connect(m_migrations, &MigrationsPage::busyChanged, m_window, &MainWindow::setBusy);
    // Any page that could not reach the server tells the connection state.
    for (MessageBanner* banner :
         {m_migrations->banner(), m_configuration->banner(), m_users->banner(), m_events->banner()})
        connect(banner, &MessageBanner::errorShown, &m_monitor, &db::ConnectionMonitor::reportError);
    connect(m_migrations, &MigrationsPage::applyFinished, this, &ConsoleController::closeIfDone);
    connect(m_migrations, &MigrationsPage::eventsRequested, this,
            [this](const QString& correlationId, const QString& migrationId) {
                m_window->showSection(Section::Events);
                m_events->showCorrelation(correlationId, migrationId);
            });
    connect(m_users, &UsersPage::resendFinished, this, &ConsoleController::closeIfDone);
    // Mails leave as soon as they are queued, and the outbox tab shows what happened to them.
    connect(m_users, &UsersPage::resendFinished, m_mail, &MailDelivery::deliverNow);
    connect(m_users->outboxPanel(), &OutboxPanel::deliverRequested, m_mail, &MailDelivery::deliverNow);
    connect(m_mail, &MailDelivery::statusChanged, this, &ConsoleController::showMailStatus);
    connect(m_mail, &MailDelivery::roundFinished, this, [this](bool changed) {
        if (changed)
            m_users->refresh();
        closeIfDone();
    });
    clearPages();
    connect(m_window, &MainWindow::reconnectRequested, this, &ConsoleController::connectDatabase);
    connect(m_window, &MainWindow::refreshRequested, this, [this](Section section) {
        if (section == Section::Events)
            return m_events->reload(); // asked for: the newest events now, not a "new events" button
        reload(section);
    });
    connect(m_window, &MainWindow::connectionDialogRequested, this, &ConsoleController::openConnectionDialog);
    connect(m_window, &MainWindow::consistencyCheckRequested, this, &ConsoleController::openConsistencyCheck);
    connect(m_window, &MainWindow::projectFolderRequested, this, &ConsoleController::chooseProjectFolder);
    connect(m_window->banner(), &MessageBanner::actionTriggered, this, &ConsoleController::connectDatabase);
}

ConsoleController::~ConsoleController()
{
    // Running work stops after its current item and ends while the pages still exist: each result is
    // delivered through its page (QFuture::then(page, …)), and Qt 6.4 asserts when that page is gone.
    m_migrations->cancelApply();
    m_users->cancelResend();
    clearPages(); // stops mail delivery and closes the Health view, which cancels its check
    BackgroundWork::drain();
    delete m_window;
}

std::chrono::minutes ConsoleController::idleLockSetting()
{
    return std::chrono::minutes(QSettings().value(QStringLiteral("console/idleLockMinutes"), 15).toInt());
}

void ConsoleController::setIdleLockTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
    if (m_session && !m_locked)
        m_idle->start();
}

void ConsoleController::start()
{
    signOut();
    loadProject();
    m_window->show();
    connectLastProfileOrDefault();
}

void ConsoleController::connectLastProfileOrDefault()
{
    const bool urlGiven = !m_options.databaseUrl.isEmpty() ||
                          !qEnvironmentVariableIsEmpty("KUMIKO_DATABASE_URL") ||
                          !qEnvironmentVariableIsEmpty("DATABASE_URL");
    const QString last = ConnectionProfileStore::lastUsed();
    const QList<ConnectionProfile> profiles = ConnectionProfileStore::profiles();
    const auto profile =
        std::find_if(profiles.cbegin(), profiles.cend(), [&](const auto& p) { return p.name == last; });
    if (urlGiven || last.isEmpty() || profile == profiles.cend())
        return connectDatabase();
    const ConnectionProfile chosen = *profile;
    m_vault->read(chosen.name, [this, chosen](bool, const QString& password, const QString&) {
        m_chosenServer = chosen.toSettings(password);
        connectDatabase();
    });
}

void ConsoleController::openConnectionDialog()
{
    ConnectionDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosenServer = dialog.chosenSettings();
    m_embeddedChosen = !m_chosenServer.has_value();
    m_monitor.reset(); // another database: nothing of the old one to reconnect to
    signOut();
    connectDatabase();
}

void ConsoleController::openConsistencyCheck()
{
    if (!m_consistency)
        m_consistency = new ConsistencyDialog(m_window);
    m_consistency->show();
    m_consistency->raise();
    m_consistency->start();
}

void ConsoleController::loadProject()
{
    m_migrations->setProjectDir(m_options.projectDir);
    m_configuration->setProjectDir(m_options.projectDir);
    if (m_status)
        m_refresh->reloadAll();
    // Settings only (kumiko.json and environment); no database work happens here.
    auto configuration = auth::AuthConfiguration::load(m_options.projectDir);
    m_users->setConfiguration(configuration ? std::optional(configuration.value()) : std::nullopt);
    m_mail->setConfiguration(configuration ? std::optional(configuration.value()) : std::nullopt);
    if (configuration) {
        m_projectError.reset();
        m_signIn->setConfiguration(configuration.value());
    } else {
        m_projectError = configuration.error();
        m_signIn->setConfiguration(auth::AuthConfiguration{m_options.projectDir, {}, {}});
    }
    retranslate();
}

void ConsoleController::showMailStatus()
{
    m_window->setMailStatus(m_mail->statusText(), m_mail->statusDetail());
}

void ConsoleController::showRefreshNote()
{
    if (!m_status || !m_status->transactionPooling)
        return m_window->setRefreshNote({}, {});
    const auto interval = m_monitor.pollInterval();
    const qint64 seconds = std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(interval).count());
    m_window->setRefreshNote(
        tr("Live refresh polls every %1 s", "status bar; %1 = seconds between two checks for changes")
            .arg(seconds),
        tr("This connection goes through a pooler in transaction pooling mode (such as PgBouncer). LISTEN "
           "needs a database session of its own, so the console looks for changes by others every %1 s "
           "instead of being notified.",
           "status bar tooltip; %1 = seconds between two checks for changes")
            .arg(seconds));
}

void ConsoleController::retranslate()
{
    showMailStatus();
    showRefreshNote();
    using State = db::ConnectionMonitor::State;
    const State state = m_monitor.state();
    if (state == State::Lost || state == State::Reconnecting) {
        const QString server = db::ThreadConnection::settings().redactedUrl();
        m_window->setConnectionText(
            state == State::Lost
                ? tr("Connection lost: %1", "status bar; %1 = URL without password").arg(server)
                : tr("Reconnecting to %1…", "status bar; %1 = URL without password").arg(server));
        m_window->banner()->showMessage(
            MessageBanner::Kind::Error,
            state == State::Lost ? tr("The connection to the database was lost. Trying again in %1 s.",
                                      "banner; %1 = seconds until the next automatic attempt")
                                       .arg(m_monitor.secondsToNextAttempt())
                                 : tr("The connection to the database was lost. Reconnecting…", "banner"),
            m_monitor.lastError() ? ErrorText::detail(*m_monitor.lastError()) : QString(),
            tr("Reconnect", "banner action"));
        return;
    }
    if (m_error) {
        m_window->setConnectionText(tr("Not connected", "status bar"));
        m_window->banner()->showMessage(
            MessageBanner::Kind::Error, ErrorText::summary(*m_error), ErrorText::detail(*m_error),
            ErrorText::suggestsReconnect(*m_error) ? tr("Reconnect", "banner action") : QString());
    } else if (m_projectError) {
        m_window->banner()->showMessage(
            MessageBanner::Kind::Warning,
            tr("The project in %1 could not be loaded; sign-in uses default settings.", "banner; %1 = folder")
                .arg(QDir::toNativeSeparators(m_options.projectDir)),
            ErrorText::detail(*m_projectError));
    } else {
        m_window->banner()->clear();
    }
    if (m_status)
        m_window->setConnectionText(
            tr("Connected: %1 (PostgreSQL %2)", "status bar; %1 = URL without password")
                .arg(db::ThreadConnection::settings().redactedUrl(), m_status->serverVersion));
}

void ConsoleController::showConnectionState(db::ConnectionMonitor::State state)
{
    using State = db::ConnectionMonitor::State;
    const bool lost = state == State::Lost || state == State::Reconnecting;
    m_migrations->setConnectionLost(lost);
    m_configuration->setConnectionLost(lost);
    m_users->setConnectionLost(lost);
    m_events->setConnectionLost(lost);
    retranslate();
}

void ConsoleController::reload(Section section)
{
    switch (section) {
    case Section::Migrations:
        return m_migrations->refresh();
    case Section::Configuration:
        return m_configuration->refresh();
    case Section::Users:
        return m_users->refresh();
    case Section::Events:
        return m_events->eventsArrived();
    }
}

void ConsoleController::signIn(const auth::SignInOutcome& outcome, const QString& email)
{
    // Only the admin who was signed in unlocks; anyone else starts over from a signed-out console.
    if (m_locked && outcome.userId != m_session->userId)
        return signOut();
    m_locked = false;
    m_session = ConsoleSession{outcome.userId, email, {domain::WellKnownIds::systemAdminRole()}};
    m_signIn->reset();
    // What the admin changes and the mails they request are theirs, not the system user's.
    const domain::Actor admin = m_session->actor();
    m_configuration->setActor(admin);
    m_migrations->setActor(admin, m_session->email);
    m_users->setActor(admin);
    m_window->setSignedIn(true);
    m_window->setSignedInUser(m_session->email);
    m_migrations->refresh();
    m_configuration->refresh();
    m_users->refresh();
    m_events->reload();
    m_mail->start();
    m_idle->start();
}

void ConsoleController::signOut()
{
    m_idle->stop();
    m_session.reset();
    m_locked = false;
    clearPages();
    m_signIn->reset();
    m_window->setSignedIn(false);
}

void ConsoleController::lock()
{
    if (!m_session)
        return;
    m_locked = true;
    clearPages();
    m_signIn->lockFor(m_session->email);
    m_window->setLocked(m_session->email);
}

void ConsoleController::clearPages()
{
    m_mail->stop();
    m_migrations->clear();
    m_configuration->clear();
    m_users->clear();
    m_events->clear();
    if (m_consistency)
        m_consistency->close(); // what the signed-out admin asked for is not left on screen
}

bool ConsoleController::isWorking() const
{
    return m_migrations->isApplying() || m_users->isResending() || m_mail->isDelivering();
}

bool ConsoleController::mayClose()
{
    if (!isWorking())
        return true;
    if (m_closeWhenDone)
        return false;
    const QuitChoice choice = askQuit();
    if (choice == QuitChoice::KeepRunning)
        return false;
    if (choice == QuitChoice::CancelAfterCurrent) {
        m_migrations->cancelApply();
        m_users->cancelResend();
        m_mail->stop();
    }
    m_closeWhenDone = true;
    m_window->setBusy(tr("Quitting when the running work has finished…", "status bar busy text"));
    return false;
}

void ConsoleController::closeIfDone()
{
    if (m_closeWhenDone && !isWorking())
        m_window->close();
}

ConsoleController::QuitChoice ConsoleController::askQuitInDialog()
{
    QMessageBox box(QMessageBox::Question, tr("Quit while work is running?", "dialog title"),
                    tr("Migrations are being applied or verification mails are being sent. Quitting now "
                       "would leave the rest undone.",
                       "quit dialog"),
                    QMessageBox::NoButton, m_window);
    QPushButton* finish =
        box.addButton(tr("Quit when finished", "quit dialog button"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(tr("Stop after the current item and quit", "quit dialog button"),
                                        QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep running", "quit dialog button"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == finish)
        return QuitChoice::Finish;
    return box.clickedButton() == cancel ? QuitChoice::CancelAfterCurrent : QuitChoice::KeepRunning;
}

void ConsoleController::connectDatabase()
{
    m_window->setBusy(tr("Connecting…", "status bar busy text"));
    m_window->setConnectionText(tr("Connecting to the database…", "status bar"));
    m_monitor.attemptStarted();
    const QString url = m_options.databaseUrl;
    const auto chosen = m_chosenServer;
    const bool embedded = m_embeddedChosen;
    // Also the automatic reconnect: resolving again starts a stopped embedded server.
    BackgroundWork::run([url, chosen, embedded]() -> Result<db::ConnectionProbe::Report> {
        const QString app = QStringLiteral("kumiko-admin");
        auto settings = chosen     ? Result<db::ConnectionSettings>(*chosen)
                        : embedded ? db::DatabaseLocator::startEmbedded(app)
                                   : db::DatabaseLocator::resolve(url, app);
        if (!settings)
            return settings.error();
        db::ThreadConnection::configure(settings.value());
        return db::ThreadConnection::with(inspectSession);
    }).then(this, [this](const Result<db::ConnectionProbe::Report>& server) {
        m_window->setBusy({});
        if (!server) {
            m_monitor.attemptFailed(server.error());
            return showError(server.error());
        }
        m_monitor.attemptSucceeded();
        showStatus(server.value());
        if (server->schemaVersion < server->latestSchemaVersion)
            createSchema();
    });
}

void ConsoleController::refreshStatus()
{
    BackgroundWork::withDatabase(inspectSession)
        .then(this, [this](const Result<db::ConnectionProbe::Report>& server) {
            if (!server)
                return showError(server.error());
            showStatus(server.value());
        });
}

void ConsoleController::createSchema()
{
    const auto answer = QMessageBox::question(m_window, tr("Create the schema?", "dialog title"),
                                              tr("The database %1 has no complete Kumiko schema yet. Create "
                                                 "the missing tables now? Existing tables are "
                                                 "never changed.",
                                                 "dialog text; %1 = database")
                                                  .arg(db::ThreadConnection::settings().redactedUrl()));
    if (answer != QMessageBox::Yes)
        return;
    m_window->setBusy(tr("Creating the schema…", "status bar busy text"));
    BackgroundWork::withDatabase([](QSqlDatabase& db) {
        return db::SchemaBootstrap::run(db);
    }).then(this, [this](const Result<db::BootstrapReport>& report) {
        m_window->setBusy({});
        if (!report)
            return showError(report.error());
        refreshStatus();
    });
}

void ConsoleController::showStatus(const db::ConnectionProbe::Report& server)
{
    // Every connect starts listening anew: the server or the old LISTEN session may be gone. Through a
    // pooler in transaction mode LISTEN would subscribe a server session the pooler hands to others
    // after the statement: nothing would arrive, so the monitor's poll is the live refresh then.
    if (server.transactionPooling)
        m_listener.stop();
    else
        m_listener.listen(db::ThreadConnection::settings(),
                          {db::DatabaseListener::eventsChannel(), db::DatabaseListener::esOpsChannel()});
    m_error.reset();
    m_status = server;
    retranslate();
    m_refresh->reloadAll();
    Q_EMIT databaseReady(server);
}

void ConsoleController::showError(const Error& error)
{
    // After a loss the listener keeps retrying: when it gets through, the next attempt starts at once.
    if (m_monitor.state() == db::ConnectionMonitor::State::Disconnected)
        m_listener.stop();
    m_status.reset();
    m_error = error;
    retranslate();
    Q_EMIT databaseFailed(error);
}

void ConsoleController::chooseProjectFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Project folder", "dialog title"),
                                                          m_options.projectDir);
    if (dir.isEmpty())
        return;
    m_options.projectDir = dir;
    loadProject();
}

} // namespace kumiko::ui
