#include "auth/RateLimiter.h"

#include "db/Sql.h"

namespace kumiko::auth {
namespace {

// A PostgreSQL array literal bound as one value: every element double-quoted with \ and " escaped.
QString arrayLiteral(const QStringList& elements)
{
    QStringList quoted;
    for (QString e : elements)
        quoted << QLatin1Char('"') +
                      e.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                          .replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
                      QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

Result<int> RateLimiter::hit(const QSqlDatabase& db, const QList<Bucket>& buckets)
{
    if (buckets.isEmpty())
        return 0;
    // One row per bucket; arrays keep the statement text fixed (prepared once) for any bucket count.
    // The sort order is fixed (key) so concurrent callers lock shared rows in the same order.
    QStringList keys, limits, windows;
    for (const Bucket& b : buckets) {
        keys << b.key;
        limits << QString::number(b.limit);
        windows << QString::number(b.windowSeconds);
    }
    auto rows = db::Sql::exec(
        db,
        QStringLiteral(
            "WITH input AS (SELECT * FROM unnest(?::text[], ?::int[], ?::int[]) AS i(bucket, lim, win) ORDER "
            "BY bucket), "
            "counted AS ( "
            "  INSERT INTO kumiko_admin_rate_limits AS r (bucket, window_seconds, window_started_at, hits) "
            "  SELECT bucket, win, now(), 1 FROM input "
            "  ON CONFLICT (bucket) DO UPDATE SET "
            "    window_seconds = EXCLUDED.window_seconds, "
            "    hits = CASE WHEN r.window_started_at + make_interval(secs => r.window_seconds) <= now() "
            "                THEN 1 ELSE r.hits + 1 END, "
            "    window_started_at = CASE WHEN r.window_started_at + make_interval(secs => r.window_seconds) "
            "<= now() "
            "                THEN now() ELSE r.window_started_at END "
            "  RETURNING bucket, hits, window_started_at, window_seconds) "
            "SELECT COALESCE(max(GREATEST(1, ceil(extract(epoch FROM "
            "    c.window_started_at + make_interval(secs => c.window_seconds) - now()))::int)) "
            "  FILTER (WHERE c.hits > i.lim), 0) "
            "FROM counted c JOIN input i USING (bucket)"),
        {arrayLiteral(keys), arrayLiteral(limits), arrayLiteral(windows)});
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toInt() : 0;
}

} // namespace kumiko::auth
