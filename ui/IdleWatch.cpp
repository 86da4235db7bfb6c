#include "IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace kumiko::ui {

IdleWatch::IdleWatch(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT idle();
    });
}

IdleWatch::~IdleWatch()
{
    stop();
}

void IdleWatch::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void IdleWatch::start()
{
    if (m_timeout.count() <= 0)
        return stop();
    m_timer.start(m_timeout);
    // Installing twice would filter twice; removing first keeps one filter.
    QCoreApplication::instance()->removeEventFilter(this);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatch::stop()
{
    m_timer.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleWatch::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_timer.start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kumiko::ui
