#pragma once

#include "CommandLineDoc.h"

namespace kumiko::docs {

/// Writes a zsh completion function (`#compdef`, for a folder in $fpath) from a command line, with the
/// summaries of commands and options as descriptions.
class ZshCompletion
{
public:
    static QString render(const CommandLineDoc& doc);
};

} // namespace kumiko::docs
