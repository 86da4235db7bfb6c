#pragma once

namespace kumiko::domain {

class HandlerRegistry;

/// tenant:write:create, tenant:write:update and tenant:write:toggle-enabled.
class TenantHandlers
{
public:
    static void registerInto(HandlerRegistry& registry);
};

} // namespace kumiko::domain
