#pragma once

#include "db/ConnectionSettings.h"

#include <QProcessEnvironment>

namespace kumiko::config {

/// The publicly known master key of the demo, used on the embedded local database only and only when
/// no master key is set, so the console and the CLI write and reveal the demo's encrypted values there
/// without setup; it never protects anything on another database.
class DevelopmentMasterKey
{
public:
    /// True when `database` is the embedded one and `env` names no master key of its own.
    static bool applies(const db::ConnectionSettings& database,
                        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// `env` with the development key as the current master key when applies(); else `env` as it is.
    /// Pass the result wherever a master key is read (EnvelopeCipher::fromEnvironment's callers).
    static QProcessEnvironment
    environmentFor(const db::ConnectionSettings& database,
                   QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
};

} // namespace kumiko::config
