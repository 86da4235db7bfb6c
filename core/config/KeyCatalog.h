#pragma once

#include "common/Result.h"
#include "config/ConfigKey.h"

#include <QHash>
#include <QList>

namespace kumiko::config {

/// Every config key of a project, by qualified name, in declaration order.
class KeyCatalog
{
public:
    /// False when a key with the same qualified name exists already.
    bool add(ConfigKey key);
    /// Room for `count` keys in all, reserved once: growing the list would move every key again.
    void reserve(qsizetype count);
    const ConfigKey* find(const QString& qualifiedName) const;
    const QList<ConfigKey>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

    /// What `config:write:set` checks: the key exists (`unknown_config_key`), the scope is not deeper
    /// than the key's (`invalid_scope`), the value fits (`invalid_value` with the reason in context).
    Status validateWrite(const QString& qualifiedName, Scope scope, const nlohmann::json& value) const;
    /// What `config:write:reset` checks: key and scope.
    Status validateReset(const QString& qualifiedName, Scope scope) const;

private:
    Result<const ConfigKey*> knownKey(const QString& qualifiedName) const;

    QList<ConfigKey> m_keys;
    QHash<QString, qsizetype> m_index;
};

} // namespace kumiko::config
