#pragma once

#include <QString>

namespace kumiko::domain {

/// The ids and role names every Kumiko application shares (upstream constants).
class WellKnownIds
{
public:
    static QString systemTenantId() { return QStringLiteral("00000000-0000-4000-8000-000000000000"); }
    static QString systemUserId() { return QStringLiteral("00000000-0000-0000-0000-000000000000"); }
    static QString systemRole() { return QStringLiteral("system"); }
    static QString systemAdminRole() { return QStringLiteral("SystemAdmin"); }
    static QString tenantAdminRole() { return QStringLiteral("TenantAdmin"); }
};

} // namespace kumiko::domain
