#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace kumiko::domain {

/// Replays kumiko_events into fresh copies of the four read tables, to prove events and rows agree.
class ReadModelRebuild
{
public:
    /// Creates `schema` (must not exist) with empty copies of read_tenants, read_users,
    /// read_tenant_memberships and read_config_values and fills them from kumiko_events.
    /// `schema` is an identifier from code (checked against [a-z_][a-z0-9_]*), never from input.
    static Status rebuildInto(const QSqlDatabase& db, const QString& schema);
};

} // namespace kumiko::domain
