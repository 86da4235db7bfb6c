#pragma once

#include <QStringList>

namespace kumiko::db {

/// PostgreSQL array literals for binding many values as ONE parameter (`?::uuid[]`, `?::text[]`),
/// e.g. to `unnest` them into rows: far cheaper for the server to read than a JSON document.
class SqlArray
{
public:
    /// `{"a","b",NULL}`: every element quoted and escaped; a null QString becomes NULL.
    static QString literal(const QStringList& values);
};

} // namespace kumiko::db
