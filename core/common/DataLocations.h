#pragma once

#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko {

/// Where the programs keep their files, following the XDG base directories (as root: /var/lib, /var/log).
struct DataLocations
{
    QString embeddedDatabase; ///< the embedded PostgreSQL cluster
    QString logs;             ///< the folder of the embedded server's log
    QString settings;         ///< the console's settings file (window, language, connection profiles)

    /// Organisation and application name under which the console keeps its settings.
    static QString settingsName() { return QStringLiteral("kumiko-admin"); }

    /// KUMIKO_EMBEDDED_DIR keeps the embedded cluster and its log together in one folder of the
    /// caller's choice; otherwise $XDG_DATA_HOME/kumiko-admin/embedded-pg and
    /// $XDG_STATE_HOME/kumiko-admin, for root /var/lib/kumiko-admin/embedded-pg and /var/log/kumiko-admin.
    static DataLocations current();

    nlohmann::json toJson() const;
    /// One indented line per location, as `kumiko db status` lists them under "files:".
    QString toText() const;
};

} // namespace kumiko
