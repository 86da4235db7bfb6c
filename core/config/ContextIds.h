#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kumiko::config {

/// The tenant and user ids a config context stands for, resolved from keys, e-mails or ids.
struct ContextIds
{
    QString tenantId; ///< empty: no tenant
    QString userId;   ///< empty: no user

    /// `tenant` is a tenant key or id, `user` an e-mail or id (empty: none), looked up in one query.
    /// Errors: `unknown_tenant` / `unknown_user` (field `tenant` / `user`), `invalid_target` for a user
    /// without a tenant (a user value lives in one tenant).
    static Result<ContextIds> resolve(const QSqlDatabase& db, const QString& tenant, const QString& user);
};

} // namespace kumiko::config
