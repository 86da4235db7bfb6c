#pragma once

#include <QtGlobal>

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
    /// Transaction-scoped advisory lock ("kcfg") held by every writer that may create a config row
    /// (set, seeding) from its existence check to its commit. The unique index alone cannot keep a
    /// (key, tenant) row single: PostgreSQL counts NULL user ids as distinct.
    static constexpr qint64 rowLockKey = 0x6b636667;

    static void registerInto(HandlerRegistry& registry);
};

} // namespace kumiko::domain
