#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kumiko::auth {

/// Operator-side account changes that go through the user write handlers (events, read rows). Each
/// operation commits its own transaction (all of it or nothing) and writes as the given actor.
class AccountAdmin
{
public:
    static constexpr int MinPasswordLength = 8;

    /// Stores a new argon2id hash (`user.updated` {passwordHash}); returns the user id.
    /// Errors: `invalid_password` (shorter than 8 characters), `not_found`, handler codes.
    static Result<QString> setPassword(const QSqlDatabase& db, const QString& email, const QString& password,
                                       const domain::Actor& actor);

    struct Wanted
    {
        QString email;
        QString displayName;
        QString password;
        QStringList roles;
        bool emailVerified = false;
    };
    /// Creates the user when missing, else brings password and verification state to `wanted`
    /// (only what differs is written). Returns the user id. Used by the demo.
    static Result<QString> ensureAccount(const QSqlDatabase& db, const Wanted& wanted,
                                         const domain::Actor& actor);

    /// Marks the address of user `userId` verified without a token (`user.updated` {emailVerified}),
    /// as `actor`, with `reason` in the event's metadata. Errors: `reason_required`, `not_found`,
    /// `already_verified`, handler codes.
    static Status markVerified(const QSqlDatabase& db, const QString& userId, const QString& reason,
                               const domain::Actor& actor);
};

} // namespace kumiko::auth
