#pragma once

#include "common/Result.h"
#include "esops/SeedStep.h"

#include <QByteArray>

namespace kumiko::esops {

/// Reads a seed-migration file strictly into the step model.
///
/// Unknown members, wrong types, duplicate members and unknown operations are errors. Messages name
/// file:line:column and, past syntax, the JSON path of the step member (`steps[2].roles`).
class SeedParser
{
public:
    /// Errors: `invalid_json` (context "file:line:column"), `invalid_seed` (field = JSON path).
    static Result<SeedMigration> parse(const QByteArray& content, const QString& fileName);

    /// `error` placed at the member `path` of a seed file: "file:line:column: path: message",
    /// context "file:line:column", field = path.
    static Error located(Error error, const QByteArray& content, const QString& fileName,
                         const QString& path);
};

} // namespace kumiko::esops
