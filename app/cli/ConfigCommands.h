#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

class CliContext;

/// `kumiko config keys|seed|seeds|list|get|set|reset`: config keys, seeds and values of a project.
class ConfigCommands
{
public:
    static void registerInto(CommandRegistry& registry);
    /// The config-seed step of `kumiko demo`: seeds the project's config (see ConfigCommands.cpp for
    /// the development master key it may use).
    static int seedDemo(CliContext& cli);
};

} // namespace kumiko::cli
