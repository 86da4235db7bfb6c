#pragma once

namespace kumiko::domain {

class HandlerRegistry;

/// config:write:set and config:write:reset: one row per (key, tenant, user), last write wins.
///
/// Scope → row: system = system tenant, no user; tenant = payload tenantId or the actor's tenant;
/// user = that tenant plus payload userId or the actor. New values are filed in the actor's tenant
/// stream (as upstream); the registry's ConfigValidator / ConfigValueEncoder are applied when set.
class ConfigValueHandlers
{
public:
    static void registerInto(HandlerRegistry& registry);
};

} // namespace kumiko::domain
