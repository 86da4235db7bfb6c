#pragma once

#include "common/Result.h"

#include <QString>
#include <memory>
#include <string_view>

struct pg_conn;
struct pg_result;

namespace kumiko::db {

/// A statement's complete result read through libpq in text format: fields are views into libpq's
/// buffer, no QVariant or QString per field, for readers of millions of rows.
class LibpqResult
{
public:
    /// The error of a failed command on `connection` (its result, or nullptr): SQLSTATE-derived code,
    /// PostgreSQL's primary message, the statement only in Error::statement.
    static Error failure(pg_conn* connection, const pg_result* result, const QString& statement);

    explicit LibpqResult(pg_result* result); ///< takes ownership; nullptr: no result (a failure)

    bool succeeded() const; ///< rows or a command's completion, not an error
    const pg_result* handle() const { return m_result.get(); }

    int rows() const;
    int columns() const;
    std::string_view text(int row, int column) const;
    QString string(int row, int column) const; ///< the text as a QString (empty for null)
    qint64 integer(int row, int column) const; ///< an integer column's value (0 for null)
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
