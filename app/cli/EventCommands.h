#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko events tail`: the newest events of kumiko_events, optionally filtered.
class EventCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
