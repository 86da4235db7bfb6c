#pragma once

#include "common/Result.h"
#include "esops/SeedStep.h"

#include <QByteArray>
#include <utility>

namespace kumiko::esops {

/// Reads a seed-migration file strictly into the step model.
///
/// Unknown members, wrong types, duplicate members and unknown operations are errors. Messages name the
/// file and either line:column (syntax) or the JSON path of the step member (`steps[2].roles`).
class SeedParser
{
public:
    /// Errors: `invalid_json` (context "file:line:column"), `invalid_seed` (field = JSON path).
    static Result<SeedMigration> parse(const QByteArray& content, const QString& fileName);

    /// 1-based line and column (counted in characters) of the byte at 0-based `offset`.
    static std::pair<int, int> lineColumn(const QByteArray& content, qsizetype offset);
};

} // namespace kumiko::esops
