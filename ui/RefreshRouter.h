#pragma once

#include "Section.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <set>

namespace kumiko::ui {

class MainWindow;

/// Turns notices that others wrote (NOTIFY channels, the connection poll) into page reloads: a burst
/// becomes one reload per window, only the visible page reloads, the others are marked stale and
/// reload when they are shown.
class RefreshRouter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kWindowMs = 500;

    /// The sections whose data a write notified on `channel` changes.
    static QList<Section> sectionsOf(const QString& channel);

    RefreshRouter(MainWindow& window, std::function<void(Section)> reload, QObject* parent = nullptr);

    /// Someone wrote on `channel`; the affected pages reload at the end of the window.
    void notify(const QString& channel);
    /// Everything may have changed (connected again): the visible page reloads now, the others when shown.
    void reloadAll();

private:
    void flush();
    void sectionShown(Section section);

    MainWindow& m_window;
    std::function<void(Section)> m_reload;
    std::set<Section> m_pending; ///< notified within the current window
    std::set<Section> m_stale;   ///< not visible when their data changed
    QTimer m_burst;
};

} // namespace kumiko::ui
