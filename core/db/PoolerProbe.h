#pragma once

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QSqlDatabase>

namespace kumiko::db {

/// Tells whether the database is reached through a pooler in transaction (or statement) pooling mode,
/// such as PgBouncer with `pool_mode = transaction`, where session state (LISTEN, session settings,
/// session advisory locks) does not survive from one transaction to the next.
class PoolerProbe
{
public:
    /// Runs one statement on `db`, then one on a second, short-lived connection with `settings`. Two
    /// open sessions served by the same server process can only be a pooler that handed `db`'s server
    /// connection back after its transaction. `db` must not be inside a transaction.
    static Result<bool> sharesServerSessions(const QSqlDatabase& db, const ConnectionSettings& settings);
};

} // namespace kumiko::db
