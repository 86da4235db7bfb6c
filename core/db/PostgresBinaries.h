#pragma once

#include "common/Result.h"

#include <QString>

namespace kumiko::db {

/// Locates the PostgreSQL server programs (initdb, pg_ctl) of this machine.
class PostgresBinaries
{
public:
    /// The folder holding initdb and pg_ctl: from PATH, `pg_config --bindir`, or the highest
    /// /usr/lib/postgresql/<version>/bin. Error `postgres_not_installed` names what was searched.
    static Result<QString> findBinDir();
};

} // namespace kumiko::db
