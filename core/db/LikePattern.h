#pragma once

#include <QString>

namespace kumiko::db {

/// LIKE / ILIKE patterns for a literal search term: `%`, `_` and `\` in the term match only themselves.
class LikePattern
{
public:
    /// Matches text that starts with `term`; a btree index answers it under the C collation.
    static QString startingWith(const QString& term);
    /// Matches text that contains `term` anywhere.
    static QString containing(const QString& term);

private:
    static QString escaped(const QString& term);
};

} // namespace kumiko::db
