#pragma once

#include <QString>
#include <QUuid>

namespace kumiko::config {

/// Deterministic ids of config seeds, identical to upstream's (UUIDv5, SHA-1).
class SeedId
{
public:
    static QUuid ns();
    /// UUIDv5 of the UTF-8 text `name` in the config-seed namespace.
    static QUuid fromName(const QString& name);
    /// UUIDv5 of `<qualifiedKey>:<tenantId>:<userId or empty>`; tenantId is the system tenant for
    /// system and tenant-fallback seeds.
    static QUuid of(const QString& qualifiedKey, const QUuid& tenantId, const QString& userId);
};

} // namespace kumiko::config
