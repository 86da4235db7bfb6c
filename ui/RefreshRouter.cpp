#include "RefreshRouter.h"

#include "MainWindow.h"
#include "db/DatabaseListener.h"

namespace kumiko::ui {

QList<Section> RefreshRouter::sectionsOf(const QString& channel)
{
    // Config values and users are written as events, so the events channel covers Configuration too;
    // applying a migration notifies both channels.
    if (channel == db::DatabaseListener::eventsChannel())
        return {Section::Events, Section::Users, Section::Configuration};
    if (channel == db::DatabaseListener::esOpsChannel())
        return {Section::Migrations};
    return {};
}

RefreshRouter::RefreshRouter(MainWindow& window, std::function<void(Section)> reload, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_reload(std::move(reload))
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(kWindowMs);
    connect(&m_burst, &QTimer::timeout, this, &RefreshRouter::flush);
    connect(&m_window, &MainWindow::sectionChanged, this, &RefreshRouter::sectionShown);
}

void RefreshRouter::notify(const QString& channel)
{
    const QList<Section> sections = sectionsOf(channel);
    m_pending.insert(sections.cbegin(), sections.cend());
    // Not restarted by later notices: a steady stream still reloads once per window.
    if (!m_burst.isActive())
        m_burst.start();
}

void RefreshRouter::reloadAll()
{
    m_burst.stop();
    m_pending.clear();
    m_stale = {Section::Migrations, Section::Configuration, Section::Users, Section::Events};
    sectionShown(m_window.currentSection());
}

void RefreshRouter::flush()
{
    const Section visible = m_window.currentSection();
    for (Section section : std::exchange(m_pending, {})) {
        if (section == visible)
            m_reload(section);
        else
            m_stale.insert(section);
    }
}

void RefreshRouter::sectionShown(Section section)
{
    if (m_stale.erase(section) > 0)
        m_reload(section);
}

} // namespace kumiko::ui
