#pragma once

#include "ConsoleSession.h"
#include "Section.h"
#include "auth/SignInService.h"
#include "common/Error.h"
#include "db/ConnectionMonitor.h"
#include "db/ConnectionProbe.h"
#include "db/DatabaseListener.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <optional>

namespace kumiko::ui {

class ConsistencyDialog;
class IdleWatch;
class LanguageManager;
class MailDelivery;
class ConfigurationPage;
class EventsPage;
class UsersPage;
class MainWindow;
class MigrationsPage;
class PasswordVault;
class RefreshRouter;
class SignInPage;

/// Starts the console: connects (URL or embedded database) in the background, offers to create a
/// missing schema, and keeps the main window's pages and status bar in step with the database.
/// Owns the session: nothing is shown before a SystemAdmin signs in, every page writes as that admin,
/// and signing out or the idle lock empties every page.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databaseUrl; ///< empty: environment, else the embedded database
        QString projectDir;
    };

    /// What closing the window while work runs does.
    enum class QuitChoice
    {
        Finish,             ///< quit when the work has finished
        CancelAfterCurrent, ///< stop the work after its current item, then quit
        KeepRunning         ///< do not quit
    };

    ConsoleController(Options options, LanguageManager& language, QObject* parent = nullptr);
    ~ConsoleController() override;

    /// The signed-in admin; empty before sign-in and after sign-out.
    const std::optional<ConsoleSession>& session() const { return m_session; }
    /// The idle lock hides the console until the admin enters the password again.
    bool isLocked() const { return m_locked; }
    /// Minutes without input before the lock (QSettings `console/idleLockMinutes`, default 15; 0: never).
    static std::chrono::minutes idleLockSetting();
    void setIdleLockTimeout(std::chrono::milliseconds timeout);
    /// Asks what to do when the window closes during an apply or a bulk resend (a dialog; tests replace it).
    std::function<QuitChoice()> askQuit;

    MainWindow* window() const { return m_window; }
    SignInPage* signInPage() const { return m_signIn; }
    /// The LISTEN connection that refreshes the pages (tests wait for it to listen).
    db::DatabaseListener& listener() { return m_listener; }
    /// Whether the database is reachable; drives the status bar, the banner and reconnecting.
    db::ConnectionMonitor& connectionMonitor() { return m_monitor; }
    MigrationsPage* migrationsPage() const { return m_migrations; }
    ConfigurationPage* configurationPage() const { return m_configuration; }
    EventsPage* eventsPage() const { return m_events; }
    UsersPage* usersPage() const { return m_users; }
    /// Delivers the outbox while an admin is signed in.
    MailDelivery* mailDelivery() const { return m_mail; }
    /// The Health view (Console › Check database consistency…); nullptr until first opened.
    ConsistencyDialog* consistencyDialog() const { return m_consistency; }
    /// Shows the window and connects; never blocks the GUI thread.
    void start();

Q_SIGNALS:
    void databaseReady(const kumiko::db::ConnectionProbe::Report& server);
    void databaseFailed(const kumiko::Error& error);

private:
    void connectDatabase();
    void refreshStatus();
    void createSchema();
    void showStatus(const db::ConnectionProbe::Report& server);
    void showConnectionState(db::ConnectionMonitor::State state);
    void reload(Section section);
    void showError(const Error& error);
    void chooseProjectFolder();
    void loadProject();
    void signIn(const auth::SignInOutcome& outcome, const QString& email);
    void signOut();
    void lock();
    void clearPages();
    bool isWorking() const;
    bool mayClose();
    void closeIfDone();
    QuitChoice askQuitInDialog();

    void retranslate();
    void showMailStatus();
    /// The status bar says so when the pages refresh by polling instead of LISTEN.
    void showRefreshNote();
    void openConnectionDialog();
    void openConsistencyCheck();
    void connectLastProfileOrDefault();

    Options m_options;
    /// Chosen in the connection dialog; unset: the command line/environment, else the embedded database.
    std::optional<db::ConnectionSettings> m_chosenServer;
    bool m_embeddedChosen = false;
    std::optional<db::ConnectionProbe::Report>
        m_status;                        ///< last server shown, re-rendered on language change
    std::optional<Error> m_error;        ///< last connection error shown
    std::optional<Error> m_projectError; ///< why the project could not be loaded
    std::optional<ConsoleSession> m_session;
    bool m_locked = false;
    bool m_closeWhenDone = false; ///< the window closes when the running work has finished
    LanguageManager& m_language;
    db::DatabaseListener m_listener; ///< refreshes the pages when others write
    db::ConnectionMonitor m_monitor;
    MainWindow* m_window;
    SignInPage* m_signIn;
    MigrationsPage* m_migrations;
    ConfigurationPage* m_configuration;
    EventsPage* m_events;
    UsersPage* m_users;
    MailDelivery* m_mail;
    ConsistencyDialog* m_consistency = nullptr; ///< made when first asked for
    PasswordVault* m_vault;
    RefreshRouter* m_refresh;
    IdleWatch* m_idle;
};

} // namespace kumiko::ui
