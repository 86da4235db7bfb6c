#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kumiko::db {

/// What a bootstrap run did; both lists are empty when the schema was already complete.
struct BootstrapReport
{
    QStringList createdTables;
    QList<int> appliedAdminVersions;
    int schemaVersion = 0;

    bool changed() const { return !createdTables.isEmpty() || !appliedAdminVersions.isEmpty(); }
};

/// Creates the upstream tables the console uses (exactly as upstream) and the console's own
/// `kumiko_admin_*` tables, idempotently and in one transaction (the caller's, where there is one,
/// e.g. a dry run that rolls back; its search_path is public from then on); never alters an
/// upstream table.
class SchemaBootstrap
{
public:
    /// Error `schema_mismatch` (nothing written) when an existing upstream table lacks columns or
    /// has other types than upstream creates.
    static Result<BootstrapReport> run(const QSqlDatabase& db);

    /// The upstream tables, in creation order.
    static QStringList upstreamTables();
    /// The newest version of the console's own schema this build knows.
    static int latestAdminVersion();
};

} // namespace kumiko::db
