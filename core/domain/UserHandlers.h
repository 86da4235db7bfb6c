#pragma once

namespace kumiko::domain {

class HandlerRegistry;

/// user:write:user:create and user:write:user:update (users live in the system tenant's stream).
class UserHandlers
{
public:
    static void registerInto(HandlerRegistry& registry);
};

} // namespace kumiko::domain
