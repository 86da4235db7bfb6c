#pragma once

#include "common/Result.h"

#include <QStringList>

namespace kumiko::db {

/// Guards names that must become statement text (tables, columns, schemas): only plain lower-case
/// identifiers pass, so no name can change what a statement does.
class SqlIdentifier
{
public:
    static bool isPlain(const QString& name);
    /// Ok when every name is plain; else `invalid_argument` naming the first that is not.
    static Status check(const QStringList& names);
};

} // namespace kumiko::db
