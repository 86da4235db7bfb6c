#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko db init|status|stop-embedded`: schema bootstrap and database facts.
class DbCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
