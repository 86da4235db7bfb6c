#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kumiko::config {

struct ContextTenant
{
    QString id;
    QString key;
    QString name;
};

struct ContextUser
{
    QString id;
    QString email;
    QStringList tenantIds; ///< the tenants the user is a member of
};

/// The tenants and users a config context can name: what the console's tenant and user choosers list.
class ContextDirectory
{
public:
    static Result<ContextDirectory> load(const QSqlDatabase& db);

    const QList<ContextTenant>& tenants() const { return m_tenants; } ///< by key
    const QList<ContextUser>& users() const { return m_users; }       ///< by e-mail
    QList<ContextUser> membersOf(const QString& tenantId) const;
    /// Tenant key or user e-mail for an id; the id itself when unknown.
    QString tenantLabel(const QString& id) const;
    QString userLabel(const QString& id) const;

private:
    QList<ContextTenant> m_tenants;
    QList<ContextUser> m_users;
};

} // namespace kumiko::config
