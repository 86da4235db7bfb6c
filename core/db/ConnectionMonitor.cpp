#include "db/ConnectionMonitor.h"

#include "common/BackgroundWork.h"
#include "db/DatabaseListener.h"
#include "db/ThreadConnection.h"

namespace kumiko::db {

const QList<int>& ConnectionMonitor::backoffSeconds()
{
    static const QList<int> seconds{1, 2, 5, 10, 30};
    return seconds;
}

ConnectionMonitor::ConnectionMonitor(QObject* parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(kDefaultPollInterval);
    m_retryTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ConnectionMonitor::poll);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionMonitor::reconnectDue);
}

ConnectionMonitor::~ConnectionMonitor()
{
    // QFuture::then(this, …) hands the result over through this object from the pool thread; were it
    // gone by then, Qt 6.4 asserts (debug) or drops the delivery against a dangling context. Once the
    // pool is idle the delivery is a posted event, which goes with this object.
    if (m_pollsRunning > 0)
        BackgroundWork::drain();
}

void ConnectionMonitor::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

void ConnectionMonitor::attemptStarted()
{
    m_retryTimer.stop();
    if (m_state == State::Lost)
        setState(State::Reconnecting);
}

void ConnectionMonitor::attemptSucceeded()
{
    m_retryTimer.stop();
    m_attempts = 0;
    m_lastError.reset();
    m_marker.reset();
    ++m_pollGeneration;
    m_polling = false;
    m_pollTimer.start();
    setState(State::Connected);
    poll(); // the baseline later polls compare with
}

void ConnectionMonitor::attemptFailed(const Error& error)
{
    if (m_state == State::Disconnected)
        return;
    ++m_attempts;
    becomeLost(error);
}

void ConnectionMonitor::reportError(const Error& error)
{
    // A lock timeout is Unreachable too, but the connection itself is fine.
    if (m_state == State::Connected && ErrorCodes::category(error.code) == ErrorCategory::Unreachable &&
        error.code != ErrorCode::LockTimeout)
        becomeLost(error);
}

void ConnectionMonitor::setListening(bool listening)
{
    if (!listening && m_state == State::Connected)
        becomeLost(Error::make(ErrorCode::ConnectionLost, QStringLiteral("the LISTEN connection broke")));
    else if (listening && m_state == State::Lost) {
        // The server answers again: no need to wait for the pause to end.
        m_retryTimer.stop();
        Q_EMIT reconnectDue();
    }
}

void ConnectionMonitor::reset()
{
    m_pollTimer.stop();
    m_retryTimer.stop();
    ++m_pollGeneration;
    m_polling = false;
    m_attempts = 0;
    m_lastError.reset();
    setState(State::Disconnected);
}

void ConnectionMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConnectionMonitor::becomeLost(const Error& error)
{
    m_lastError = error;
    m_pollTimer.stop();
    ++m_pollGeneration;
    m_polling = false;
    // Every pool thread's connection may be dead; each opens a fresh one on its next use.
    ThreadConnection::reopenAll();
    scheduleAttempt();
    setState(State::Lost);
}

void ConnectionMonitor::scheduleAttempt()
{
    const QList<int>& pauses = backoffSeconds();
    m_nextAttemptSeconds = pauses.at(std::min<qsizetype>(m_attempts, pauses.size() - 1));
    m_retryTimer.start(std::chrono::seconds(m_nextAttemptSeconds));
}

void ConnectionMonitor::poll()
{
    if (m_polling || m_state != State::Connected)
        return;
    m_polling = true;
    ++m_pollsRunning;
    BackgroundWork::withDatabase([](QSqlDatabase& db) {
        return ChangeMarker::read(db);
    }).then(this, [this, generation = m_pollGeneration](const Result<ChangeMarker>& marker) {
        --m_pollsRunning;
        if (generation != m_pollGeneration)
            return;
        m_polling = false;
        if (!marker)
            return reportError(marker.error());
        comparePolled(marker.value());
    });
}

void ConnectionMonitor::comparePolled(const ChangeMarker& marker)
{
    const std::optional<ChangeMarker> before = std::exchange(m_marker, marker);
    if (!before)
        return;
    if (before->newestEventId != marker.newestEventId)
        Q_EMIT changeSeen(DatabaseListener::eventsChannel());
    if (before->esOperations != marker.esOperations)
        Q_EMIT changeSeen(DatabaseListener::esOpsChannel());
}

} // namespace kumiko::db
