#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace kumiko::esops {

/// Creates new seed-migration files `seeds/<UTC date>-<slug>.json`; never overwrites one.
class SeedScaffold
{
public:
    static constexpr int kMaxSlugLength = 60;

    /// Why a slug cannot be used as it is written.
    enum class SlugProblem
    {
        Empty,
        InvalidCharacters, ///< anything but a-z, 0-9 and "-"
        EdgeDash,          ///< starts or ends with "-", or has "--"
        TooLong,           ///< more than kMaxSlugLength characters
    };

    /// What is wrong with `slug` as written, before anything would rewrite it; nothing when it can be
    /// used unchanged (sanitizeSlug() then returns it as it is).
    static std::optional<SlugProblem> slugProblem(const QString& slug);

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
