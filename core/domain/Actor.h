#pragma once

#include <QString>
#include <QStringList>

namespace kumiko::domain {

/// Who performs a write: user id (→ metadata.userId, created_by), session tenant (stream of new
/// aggregates that are not system-stream entities) and roles (access rules).
struct Actor
{
    QString userId;
    QString tenantId;
    QStringList roles;
    QString correlationId; ///< written to metadata.correlationId when not empty
    QString reason;        ///< why an operator did this; written to metadata.reason when not empty

    /// The system user (role `system`) acting in `tenantId`. Membership add/remove need `SystemAdmin`
    /// as an extra role, as upstream: `Actor::system(WellKnownIds::systemTenantId(), {"SystemAdmin"})`.
    static Actor system(const QString& tenantId = {}, const QStringList& extraRoles = {});
    /// The system user with `SystemAdmin` in the system tenant: may call every standard handler.
    static Actor systemAdmin();

    bool hasAnyRole(const QStringList& allowed) const;
    /// This actor with a correlation id: its own if it has one, else a new random UUID. Services call
    /// it once per use case, so every event of one command or console action shares one id.
    Actor correlated() const;
};

} // namespace kumiko::domain
