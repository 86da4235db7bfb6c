#pragma once

#include "db/ConnectionSettings.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace kumiko::db {

/// Forwards PostgreSQL NOTIFY messages as Qt signals, from a connection that lives in its own thread.
///
/// The console refreshes its pages when another console, CLI or server writes events or applies
/// migrations. A lost connection is re-established every few seconds.
class DatabaseListener : public QObject
{
    Q_OBJECT

public:
    /// Channel notified after events were appended (upstream's name).
    static QString eventsChannel() { return QStringLiteral("kumiko_events_new"); }
    /// Channel notified after seed migrations were applied or marked.
    static QString esOpsChannel() { return QStringLiteral("kumiko_esops_changed"); }

    explicit DatabaseListener(QObject* parent = nullptr);
    ~DatabaseListener() override;

    /// (Re)starts listening on `channels` of the database `settings` points to.
    void listen(const ConnectionSettings& settings, const QStringList& channels);
    void stop();

Q_SIGNALS:
    /// Delivered in the thread of the listener object (the GUI thread for the console).
    void notified(const QString& channel);
    /// True once listening, false when the connection broke (it retries by itself).
    void listeningChanged(bool listening);

private:
    QThread m_thread;
};

} // namespace kumiko::db
