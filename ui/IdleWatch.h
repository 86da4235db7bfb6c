#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace kumiko::ui {

/// Reports when the application has had no keyboard or mouse input for a while (the idle lock).
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(QObject* parent = nullptr);
    ~IdleWatch() override;

    /// How long without input counts as idle; zero never does. Takes effect at the next start().
    void setTimeout(std::chrono::milliseconds timeout);
    /// Starts watching from now; idle() comes once, after which watching stops.
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::chrono::milliseconds m_timeout{0};
    QTimer m_timer;
};

} // namespace kumiko::ui
