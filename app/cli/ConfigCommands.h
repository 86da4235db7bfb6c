#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko config keys|seed|seeds|list|get|set|reset`: config keys, seeds and values of a project.
class ConfigCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
