#pragma once

#include "common/Result.h"
#include "config/KeyCatalog.h"

#include <QList>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace kumiko::config {

/// Where a key's effective value comes from: a rung of its cascade, or nowhere (ConfigCascade::sourceName
/// gives its name).
enum class ValueSource
{
    UserRow,
    TenantRow,
    SystemRow,
    AppOverride, ///< the key's `env` variable
    Default,
    Missing, ///< no rung has a value; never a rung itself
};

/// One rung of a key's cascade as the GUI and `config get` show it.
struct CascadeLevel
{
    ValueSource level = ValueSource::Default;
    std::optional<QString> value; ///< stored JSON text (an envelope for rows of encrypted keys); empty: none
    bool envelope = false;        ///< value is an encryption envelope
    bool active = false;          ///< the rung the effective value comes from
    QString rowId;                ///< row levels: id of the row, if there is one

    bool hasValue() const { return value.has_value(); }
};

/// The effective value of one key for a tenant and user, with every rung of its cascade.
struct ResolvedValue
{
    QString key;
    ValueSource source = ValueSource::Missing; ///< the active level
    std::optional<QString> value;
    bool envelope = false;
    bool seeded = false; ///< the active row is a seed's row (its id is the seed id)
    std::vector<CascadeLevel> cascade;
};

/// Resolves config values: user row → tenant row → system row (as deep as the key's scope), then the
/// key's `env` variable (coerced to the key's type), then the default. A row whose value is NULL is
/// absent. A batch costs one query.
class ConfigCascade
{
public:
    explicit ConfigCascade(const KeyCatalog& keys,
                           QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    /// `tenantId` / `userId` empty: that rung has no value. Unknown keys → `unknown_config_key`; an
    /// env value that does not fit its key → `invalid_env_override` naming the variable.
    Result<QList<ResolvedValue>> resolve(const QSqlDatabase& db, const QStringList& keys,
                                         const QString& tenantId, const QString& userId) const;
    Result<ResolvedValue> resolveOne(const QSqlDatabase& db, const QString& key, const QString& tenantId,
                                     const QString& userId) const;

    /// The name `config list/get` print and their JSON carries: user-row, tenant-row, system-row,
    /// app-override, default, missing.
    static QString sourceName(ValueSource source);

private:
    Result<std::optional<QString>> appOverride(const ConfigKey& key) const;

    const KeyCatalog& m_keys;
    QProcessEnvironment m_env;
};

} // namespace kumiko::config
