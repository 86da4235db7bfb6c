#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace kumiko::config {

/// Tenant keys and user e-mails for the few ids a config overview names (its context, its seeds'
/// targets), read by primary key: labels for the console, never the whole directory.
class ContextLabels
{
public:
    static Result<ContextLabels> load(const QSqlDatabase& db, const QSet<QString>& tenantIds,
                                      const QSet<QString>& userIds);

    /// Tenant key or user e-mail for an id; the id itself when unknown.
    QString tenantLabel(const QString& id) const { return m_tenants.value(id, id); }
    QString userLabel(const QString& id) const { return m_users.value(id, id); }

private:
    QHash<QString, QString> m_tenants; ///< id → key
    QHash<QString, QString> m_users;   ///< id → e-mail
};

} // namespace kumiko::config
