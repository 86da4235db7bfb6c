#pragma once

#include "CommandLineDoc.h"

namespace kumiko::docs {

/// Writes a program's section-1 manual page (roff, man macros) from its command-line description.
class ManPage
{
public:
    /// `version` as `--version` prints it, `date` as YYYY-MM-DD.
    static QString render(const CommandLineDoc& doc, const QString& version, const QString& date);
};

} // namespace kumiko::docs
