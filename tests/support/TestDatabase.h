#pragma once

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QSqlDatabase>
#include <nlohmann/json.hpp>

namespace kumiko::test {

/// Gives each test suite its own fresh database on the ctest run's throwaway cluster.
class TestDatabase
{
public:
    /// Settings for `database` on the test cluster (KUMIKO_TEST_PG_DIR / KUMIKO_TEST_PG_PORT).
    static db::ConnectionSettings clusterSettings(const QString& database);

    /// Drops and recreates `name`, bootstraps the schema unless `bootstrap` is false, and configures
    /// ThreadConnection for it, so core code in any thread of the test talks to it.
    static Result<db::ConnectionSettings> create(const QString& name, bool bootstrap = true);

    /// The calling thread's connection to the configured test database.
    static QSqlDatabase connection();

    /// A libpq URL for `settings`, for running the `kumiko` binary against the same database.
    static QString url(const db::ConnectionSettings& settings);

    /// Row count of a table (name from the test's own code, never from input).
    static qint64 count(const QString& table, const QString& where = {});
    /// Runs the standard handler `handler` as the system admin on connection(); the id in its result,
    /// empty when it failed.
    static QString createAsSystemAdmin(const QString& handler, const nlohmann::json& payload);
};

} // namespace kumiko::test
