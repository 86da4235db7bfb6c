#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko tenants list|create`: the tenants of read_tenants, created through tenant:write:create.
class TenantCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
