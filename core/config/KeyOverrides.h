#pragma once

#include "common/Result.h"
#include "config/ConfigKey.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kumiko::config {

/// One stored value of a key: the system row, a tenant's own value or a user's.
struct KeyOverride
{
    QString rowId;
    Scope level = Scope::System; ///< system row (system tenant, no user), tenant row or user row
    QString tenantId;
    QString tenantKey;
    QString userId;
    QString userEmail;
    std::optional<QString> value; ///< stored text (an envelope for encrypted keys); empty: NULL
    bool encrypted = false;
};

/// One page of a key's stored values, in row-id order.
struct KeyOverridePage
{
    QList<KeyOverride> overrides;
    QString nextAfter; ///< pass as `afterRowId` for the next page; empty when this is the last
};

/// Which tenants and users have their own value of one config key (the rows of read_config_values).
class KeyOverrides
{
public:
    /// Up to `limit` rows of `key` ordered by row id; with `afterRowId` only those after it (keyset).
    static Result<KeyOverridePage> read(const QSqlDatabase& db, const QString& key, int limit,
                                        const QString& afterRowId = {});
};

} // namespace kumiko::config
