#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace kumiko::esops {

/// Creates new seed-migration files `seeds/<UTC date>-<slug>.json`; never overwrites one.
class SeedScaffold
{
public:
    static constexpr int kMaxSlugLength = 60;

    /// Lower-cases, replaces every run of characters outside [a-z0-9] by "-", trims "-" at both ends and
    /// cuts to 60 characters. Empty when nothing is left.
    static QString sanitizeSlug(const QString& slug);

    /// Writes a valid, runnable file with a description and one example step inside "$comment".
    /// Errors: `invalid_slug`, `file_exists` (field = path), `write_failed`. Returns the file's path.
    static Result<QString> create(const QString& seedsDir, const QString& slug,
                                  const QDate& utcDate = QDateTime::currentDateTimeUtc().date());

    /// The scaffold's content for an already sanitised slug.
    static QByteArray contentFor(const QString& slug);
};

} // namespace kumiko::esops
