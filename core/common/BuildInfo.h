#pragma once

#include <QString>

namespace kumiko {

/// What this build is: the one project version of CMakeLists.txt and the git revision it was configured at.
class BuildInfo
{
public:
    /// The project version, e.g. "0.1.0".
    static QString version();
    /// The abbreviated git commit the build was configured at, or "unknown" outside a git checkout.
    static QString revision();
    /// "0.1.0 (git 3daf136a2b)", what `--version` prints after the program's name.
    static QString versionText();
};

} // namespace kumiko
