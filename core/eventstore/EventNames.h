#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace kumiko::es {

/// The names people know for the ids events carry: tenant keys and user e-mail addresses, looked up
/// for a whole batch of ids in one query.
class EventNames
{
public:
    struct Names
    {
        QHash<QString, QString> tenants; ///< tenant id → key
        QHash<QString, QString> users;   ///< user id → e-mail
    };

    /// Ids that name no tenant or user (deleted, system ids) are left out; non-UUID text is ignored.
    static Result<Names> resolve(const QSqlDatabase& db, const QStringList& tenantIds,
                                 const QStringList& userIds);
};

} // namespace kumiko::es
