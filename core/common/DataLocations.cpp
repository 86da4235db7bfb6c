#include "common/DataLocations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <unistd.h>

namespace kumiko {
namespace {

// Qt 6.4 has no QStandardPaths::StateLocation; this is the XDG rule it implements from 6.7 on.
QString xdgStateHome()
{
    const QString configured = qEnvironmentVariable("XDG_STATE_HOME");
    return QDir::isAbsolutePath(configured) ? configured : QDir::homePath() + QStringLiteral("/.local/state");
}

} // namespace

DataLocations DataLocations::current()
{
    DataLocations locations;
    locations.settings = QSettings(settingsName(), settingsName()).fileName();
    const QString configured = qEnvironmentVariable("KUMIKO_EMBEDDED_DIR");
    if (!configured.isEmpty()) {
        locations.embeddedDatabase = QDir(configured).absolutePath();
        locations.logs = locations.embeddedDatabase + QStringLiteral("/log");
    } else if (::geteuid() == 0) {
        // Root's home is not reachable by the `postgres` user the embedded server runs as.
        locations.embeddedDatabase = QStringLiteral("/var/lib/kumiko-admin/embedded-pg");
        locations.logs = QStringLiteral("/var/log/kumiko-admin");
    } else {
        locations.embeddedDatabase = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                     QStringLiteral("/kumiko-admin/embedded-pg");
        locations.logs = xdgStateHome() + QStringLiteral("/kumiko-admin");
    }
    return locations;
}

nlohmann::json DataLocations::toJson() const
{
    return {{"embeddedDatabase", embeddedDatabase.toStdString()},
            {"logs", logs.toStdString()},
            {"settings", settings.toStdString()}};
}

QString DataLocations::toText() const
{
    return QStringLiteral("  embedded database  %1\n  logs               %2\n  settings           %3\n")
        .arg(embeddedDatabase, logs, settings);
}

} // namespace kumiko
