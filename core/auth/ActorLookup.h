#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QSqlDatabase>
#include <QString>

namespace kumiko::auth {

/// Turns the e-mail of a console admin into the Actor that writes are made as (the CLI's `--as`).
class ActorLookup
{
public:
    /// The user with exactly this e-mail, not deleted and holding the global role SystemAdmin, acting
    /// in the system tenant with its own roles. Errors: `unknown_user` (none, or deleted),
    /// `not_an_admin`, the database's.
    static Result<domain::Actor> admin(const QSqlDatabase& db, const QString& email);
};

} // namespace kumiko::auth
