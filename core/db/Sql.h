#pragma once

#include "common/Result.h"
#include "db/SqlRows.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace kumiko::db {

/// Runs SQL with bound values and turns failures into Errors.
///
/// On a thread's own connection (ThreadConnection::get) statements with bound values are prepared
/// once and reused, so a repeated statement costs one round trip. The returned rows share state with
/// that cache: read them before running the same statement text again.
class Sql
{
public:
    /// Executes `sql` with positional `?` placeholders bound to `values`.
    static Result<SqlRows> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    /// Like exec() when the rows do not matter.
    static Status run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
    /// First column of the first row; an invalid QVariant when there is no row.
    static Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql,
                                   const QVariantList& values = {});

    /// " WHERE a AND b" for the fixed condition fragments given, empty without any. Lists build their
    /// statement from the conditions they need, so each prepared variant gets a plan that uses its
    /// index (a generic plan of `? = '' OR col > ?` could not).
    static QString where(const QStringList& conditions);

    /// A short, value-free description of a statement for error contexts.
    static QString contextOf(const QString& sql);
};

} // namespace kumiko::db
