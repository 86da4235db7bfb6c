#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::config {

/// Finds tenant ids by key and user ids by e-mail (case-insensitive) through the unique indexes.
class TenantUserLookup
{
public:
    QHash<QString, QString> tenants; ///< tenant key → id
    QHash<QString, QString> users;   ///< lower-case e-mail → id

    /// True when `reference` is a UUID (an id rather than a key or e-mail).
    static bool isUuid(const QString& reference);

    /// Looks up the tenant keys and e-mails among `tenants` and `users`; empty references and ids
    /// need no lookup and are left out. Keys, and e-mails given as stored or stored in lower case, are
    /// found through the unique indexes; only e-mails not found so are then matched in any case,
    /// which reads read_users (unknown addresses, or ones stored in mixed case and given otherwise).
    static Result<TenantUserLookup> run(const QSqlDatabase& db, const QSet<QString>& tenants,
                                        const QSet<QString>& users);

    /// The id for a tenant reference (id or key); empty when unknown.
    QString tenantId(const QString& reference) const;
    /// The id for a user reference (id or e-mail); empty when unknown.
    QString userId(const QString& reference) const;
};

} // namespace kumiko::config
