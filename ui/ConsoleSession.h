#pragma once

#include "domain/Actor.h"
#include "domain/WellKnownIds.h"

#include <QString>
#include <QStringList>

namespace kumiko::ui {

/// The admin signed in to the console: the one person every page shows data to and writes as.
struct ConsoleSession
{
    QString userId;
    QString email;
    QStringList roles;

    /// The actor of the admin's writes: events name them as created_by and metadata.userId.
    domain::Actor actor() const { return {userId, domain::WellKnownIds::systemTenantId(), roles, {}, {}}; }
};

} // namespace kumiko::ui
