#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace kumiko::db {

/// A statement's complete result read through libpq in text format: fields as views into libpq's
/// buffer, no QVariant or QString per field, for readers of millions of rows.
class LibpqResult
{
public:
    /// Runs `statement` (SQL from code) on `db` (QPSQL) with `parameters` bound as text ($1, $2, …).
    /// Statements of Qt's driver whose rows were not read yet must be finished before.
    static Result<LibpqResult> exec(const QSqlDatabase& db, const QString& statement,
                                    const std::vector<std::string>& parameters = {});
    /// The error of a failed command on `connection` (its result, or nullptr): SQLSTATE-derived code,
    /// PostgreSQL's primary message, the statement only in Error::statement.
    static Error failure(pg_conn* connection, const pg_result* result, const QString& statement);

    explicit LibpqResult(pg_result* result);

    int rows() const;
    int columns() const;
    std::string_view text(int row, int column) const;
    bool isNull(int row, int column) const;
    std::string_view columnName(int column) const;
    unsigned columnType(int column) const; ///< the column's type oid

private:
    struct Clear
    {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};

} // namespace kumiko::db
