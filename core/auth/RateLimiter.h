#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::auth {

/// Fixed-window request counters in `kumiko_admin_rate_limits`, shared by every process on the database.
class RateLimiter
{
public:
    struct Bucket
    {
        QString key; ///< e.g. "verify-mail:address:ada@example.com"
        int limit = 0;
        int windowSeconds = 0;
    };

    /// Counts one request in every bucket with a single statement (atomic per bucket, also across
    /// processes). Returns 0 when all buckets are within their limit, else the seconds until the
    /// fullest window ends.
    static Result<int> hit(const QSqlDatabase& db, const QList<Bucket>& buckets);
};

} // namespace kumiko::auth
