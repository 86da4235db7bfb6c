#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::config {

/// Finds tenant ids by key and user ids by e-mail (case-insensitive), all in one query.
class TenantUserLookup
{
public:
    QHash<QString, QString> tenants; ///< tenant key → id
    QHash<QString, QString> users;   ///< lower-case e-mail → id

    /// True when `reference` is a UUID (an id rather than a key or e-mail).
    static bool isUuid(const QString& reference);

    /// Looks up the tenant keys and e-mails among `tenants` and `users`; empty references and ids
    /// need no lookup and are left out of the query.
    static Result<TenantUserLookup> run(const QSqlDatabase& db, const QSet<QString>& tenants,
                                        const QSet<QString>& users);

    /// The id for a tenant reference (id or key); empty when unknown.
    QString tenantId(const QString& reference) const;
    /// The id for a user reference (id or e-mail); empty when unknown.
    QString userId(const QString& reference) const;
};

} // namespace kumiko::config
