#pragma once

#include "common/Error.h"
#include "db/ChangeMarker.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace kumiko::db {

/// The console's one connection state: notices when the database is lost (a failed poll, the LISTEN
/// connection breaking, any result that could not reach the server), asks for reconnect attempts with
/// growing pauses, and while connected polls for writes by others that do not NOTIFY.
///
/// It does not connect itself: on reconnectDue() its owner connects and reports the outcome with
/// attemptSucceeded() / attemptFailed(), so a reconnect is the same as the first connect (which may
/// start the embedded server again).
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected, ///< never connected, or the first connect failed: nothing to retry by itself
        Connected,
        Lost,        ///< waiting for the next reconnect attempt
        Reconnecting ///< an attempt runs
    };
    Q_ENUM(State)

    /// Pauses before the 1st, 2nd, … reconnect attempt; the last one repeats.
    static const QList<int>& backoffSeconds();
    static constexpr std::chrono::milliseconds kDefaultPollInterval{10000};

    explicit ConnectionMonitor(QObject* parent = nullptr);
    /// Waits for a poll still running on the pool: its delivery needs this object alive.
    ~ConnectionMonitor() override;

    State state() const { return m_state; }
    /// Why the connection was lost (the last failure); empty while connected.
    const std::optional<Error>& lastError() const { return m_lastError; }
    /// Seconds until the next automatic attempt, as scheduled when the state became Lost.
    int secondsToNextAttempt() const { return m_nextAttemptSeconds; }

    /// How often the poll runs while connected.
    void setPollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pollInterval() const { return m_pollTimer.intervalAsDuration(); }

    /// A connect attempt starts (automatic or asked for): a pending automatic one is dropped.
    void attemptStarted();
    void attemptSucceeded();
    /// After a lost connection the next attempt is scheduled; a first connect that fails is not retried.
    void attemptFailed(const Error& error);
    /// Any result of database work: a server that cannot be reached means the connection is lost.
    void reportError(const Error& error);
    /// The LISTEN connection's state: breaking means lost, coming back means try now.
    void setListening(bool listening);
    /// Stops polling and retrying (a different database is about to be chosen).
    void reset();

Q_SIGNALS:
    void stateChanged(kumiko::db::ConnectionMonitor::State state);
    /// Time for an automatic reconnect attempt.
    void reconnectDue();
    /// The poll saw writes on `channel` (a DatabaseListener channel name) that may not have been notified.
    void changeSeen(const QString& channel);

private:
    void setState(State state);
    void becomeLost(const Error& error);
    void scheduleAttempt();
    void poll();
    void comparePolled(const ChangeMarker& marker);

    State m_state = State::Disconnected;
    std::optional<Error> m_lastError;
    std::optional<ChangeMarker> m_marker; ///< what the last poll saw; unset until the first after a connect
    int m_attempts = 0;                   ///< failed automatic attempts since the loss
    int m_nextAttemptSeconds = 0;
    int m_pollGeneration = 0; ///< a poll started before a loss or reconnect is ignored
    bool m_polling = false;
    int m_pollsRunning = 0; ///< started and not delivered, also those of an older generation
    QTimer m_pollTimer;
    QTimer m_retryTimer;
};

} // namespace kumiko::db
