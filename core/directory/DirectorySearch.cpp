#include "directory/DirectorySearch.h"

#include "db/LikePattern.h"
#include "db/Sql.h"
#include "db/Transaction.h"

namespace kumiko::directory {
namespace {

// Prefix matches first (the unique index on the label column gives them in order), then up to `limit`
// further matches containing the term; an empty term skips the second part, which would scan for
// nothing. `%1` is the FROM/WHERE of the rows searched, `%2` the label column, `%3` the detail column.
const QString kSearch = QStringLiteral(
    "SELECT id, label, detail FROM ("
    "(SELECT t.id::text AS id, %2 AS label, %3 AS detail, 0 AS rank %1 AND %2 LIKE ? "
    "ORDER BY %2 LIMIT ?::int) UNION ALL "
    "(SELECT t.id::text, %2, %3, 1 %1 AND ?::text <> '' AND (%2 ILIKE ? OR %3 ILIKE ?) AND NOT %2 LIKE ? "
    "LIMIT ?::int)) found ORDER BY rank, label LIMIT ?::int");

// `scope`: the values of the placeholders in `%1`, which both parts contain.
Result<QList<DirectoryEntry>> search(const QSqlDatabase& db, const QString& sql, const QVariantList& scope,
                                     const QString& term, int limit)
{
    const int capped = qBound(1, limit, DirectorySearch::kMaxResults);
    const QString prefix = db::LikePattern::startingWith(term);
    const QString containing = db::LikePattern::containing(term);
    QVariantList values = scope;
    values << prefix << capped;
    values << scope << term << containing << containing << prefix << capped;
    values << capped;
    return db::Transaction::searching(db, [&]() -> Result<QList<DirectoryEntry>> {
        auto rows = db::Sql::exec(db, sql, values);
        if (!rows)
            return rows.error();
        QList<DirectoryEntry> found;
        while (rows->next())
            found.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()});
        return found;
    });
}

} // namespace

Result<QList<DirectoryEntry>> DirectorySearch::tenants(const QSqlDatabase& db, const QString& term, int limit)
{
    static const QString sql = kSearch.arg(QStringLiteral("FROM read_tenants t WHERE true"),
                                           QStringLiteral("t.key"), QStringLiteral("t.name"));
    return search(db, sql, {}, term.trimmed(), limit);
}

Result<QList<DirectoryEntry>> DirectorySearch::users(const QSqlDatabase& db, const QString& term,
                                                     const QString& tenantId, int limit)
{
    // E-mails are stored as typed, nearly always in lower case; the prefix part looks for that.
    const QString lowered = term.trimmed().toLower();
    if (tenantId.isEmpty()) {
        static const QString sql = kSearch.arg(QStringLiteral("FROM read_users t WHERE true"),
                                               QStringLiteral("t.email"), QStringLiteral("t.display_name"));
        return search(db, sql, {}, lowered, limit);
    }
    // A tenant's members come from the membership index on tenant_id; each one is a primary-key lookup.
    static const QString members = kSearch.arg(
        QStringLiteral("FROM read_tenant_memberships m JOIN read_users t ON t.id = m.user_id::uuid "
                       "WHERE m.tenant_id = ?::uuid"),
        QStringLiteral("t.email"), QStringLiteral("t.display_name"));
    return search(db, members, {tenantId}, lowered, limit);
}

} // namespace kumiko::directory
