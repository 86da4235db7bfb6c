#pragma once

#include <QString>

namespace kumiko {

/// Who runs this process on this machine, for records that have no signed-in person to name.
class OperatingSystemUser
{
public:
    /// The login name of the effective user (passwd entry, else USER / LOGNAME / USERNAME), or "unknown".
    static QString name();
};

} // namespace kumiko
