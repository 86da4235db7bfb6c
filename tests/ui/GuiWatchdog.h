#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace kumiko::test {

/// Ticks on the GUI thread and remembers the longest gap between ticks: a gap far above the
/// interval means the GUI thread was blocked (e.g. by SQL or argon2 run on it).
class GuiWatchdog
{
public:
    explicit GuiWatchdog(int intervalMs = 5)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longestGapMs = std::max(m_longestGapMs, m_sinceTick.restart()); });
    }

    void start()
    {
        m_longestGapMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }

    /// Stops and returns the longest gap in milliseconds.
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longestGapMs, m_sinceTick.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestGapMs = 0;
};

} // namespace kumiko::test
