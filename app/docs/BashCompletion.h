#pragma once

#include "CommandLineDoc.h"

namespace kumiko::docs {

/// Writes a bash completion script (for /usr/share/bash-completion/completions) from a command line:
/// commands, options, and the values of options and arguments where they are known.
class BashCompletion
{
public:
    static QString render(const CommandLineDoc& doc);
};

} // namespace kumiko::docs
