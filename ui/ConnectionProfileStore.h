#pragma once

#include "db/ConnectionSettings.h"

#include <QList>
#include <QString>

namespace kumiko::ui {

/// A saved connection: everything but the password, which lives in the system keychain.
struct ConnectionProfile
{
    QString name;
    QString host; ///< host name, or a Unix-socket directory starting with '/'
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");

    db::ConnectionSettings toSettings(const QString& password) const;
};

/// Reads and writes connection profiles in QSettings (never a password) and remembers the last one.
class ConnectionProfileStore
{
public:
    static QList<ConnectionProfile> profiles();
    /// Adds or replaces the profile of that name.
    static void save(const ConnectionProfile& profile);
    static void remove(const QString& name);
    /// The profile used last; empty when the embedded database was used last (or nothing yet).
    static QString lastUsed();
    static void setLastUsed(const QString& name);
};

} // namespace kumiko::ui
