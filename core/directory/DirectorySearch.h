#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::directory {

/// One tenant or user a search found: its id, what names it (key or e-mail) and a detail (name).
struct DirectoryEntry
{
    QString id;
    QString label;  ///< tenant key or user e-mail
    QString detail; ///< tenant name or user display name

    bool operator==(const DirectoryEntry&) const = default;
};

/// Finds tenants and users as someone types, for the console's choosers: a few rows per call, never
/// the whole directory. Matches starting with the term come first (read from the unique index on
/// tenant key / e-mail, by it in order), then matches containing it in key, e-mail or name (a scan that
/// stops once enough were found).
class DirectorySearch
{
public:
    static constexpr int kMaxResults = 50;

    /// Tenants whose key starts with or whose key or name contains `term` (case-insensitive for the
    /// latter); an empty term lists the first tenants by key. At most `limit` (≤ kMaxResults).
    static Result<QList<DirectoryEntry>> tenants(const QSqlDatabase& db, const QString& term,
                                                 int limit = kMaxResults);
    /// Users whose e-mail starts with `term` or whose e-mail or display name contains it; with
    /// `tenantId` only that tenant's members. At most `limit` (≤ kMaxResults).
    static Result<QList<DirectoryEntry>> users(const QSqlDatabase& db, const QString& term,
                                               const QString& tenantId = {}, int limit = kMaxResults);
};

} // namespace kumiko::directory
