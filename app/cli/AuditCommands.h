#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko audit list`: who revealed which encrypted config value, newest first.
class AuditCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
