#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::domain {

/// A read row before a write, with what an update or delete of its aggregate needs.
struct LoadedRow
{
    QString id;
    int version = 0;
    QString streamTenant;    ///< tenant of the aggregate's newest event (empty if it has none)
    int streamVersion = 0;   ///< that event's version: the next event of the aggregate follows it
    nlohmann::json previous; ///< the whole row in camelCase, timestamps as Temporal instants
};

/// Loads read rows and converts between read-row columns and upstream's payload conventions.
class ReadRows
{
public:
    /// The row of `table` matching `where` (SQL from code with `?` placeholders bound to `values`).
    static Result<std::optional<LoadedRow>> load(const QSqlDatabase& db, const QString& table,
                                                 const QString& where, const QVariantList& values);

    /// A row_to_json object as upstream's `previous`: camelCase keys, Temporal timestamps, no *_bidx.
    static nlohmann::json toPrevious(const nlohmann::json& row);
    /// PostgreSQL JSON timestamptz text ("2026-11-24T08:41:59.680+00:00") → "2026-11-24T08:41:59.68Z".
    static QString temporalInstant(const QString& postgresTimestamp);

    static QString camelCase(const QString& snake);
    static QString snakeCase(const QString& camel);
    /// {"displayName": …} → {"display_name": …}
    static nlohmann::json toColumns(const nlohmann::json& camelObject);
    /// Sets the members of `camelObject` on `row` under their column names, moving the values.
    static void setColumns(nlohmann::json& row, nlohmann::json&& camelObject);
};

} // namespace kumiko::domain
