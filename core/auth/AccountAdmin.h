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

    struct NewUser
    {
        QString email;
        QString displayName;
        QString locale;   ///< empty: none
        QString password; ///< empty: the user gets no password (signs in after setting one)
        QStringList roles;
        bool emailVerified = false;
    };
    /// Creates a user (`user.created` as upstream writes it; `user.updated` {emailVerified} after it
    /// when created verified). Returns the new id. Errors: `invalid_email`, `invalid_password`,
    /// `unique_violation` (the address is taken), handler codes.
    static Result<QString> createUser(const QSqlDatabase& db, const NewUser& user,
                                      const domain::Actor& actor);

    /// The user's `status` (`active`, `restricted`, …) as `user.updated` {status}; an unchanged status
    /// writes nothing. Errors: `not_found`, `invalid_value` (empty status).
    static Status setStatus(const QSqlDatabase& db, const QString& email, const QString& status,
                            const domain::Actor& actor);
    /// The user's global roles as `user.updated` {roles}; unchanged roles write nothing.
    static Status setRoles(const QSqlDatabase& db, const QString& email, const QStringList& roles,
                           const domain::Actor& actor);

    struct Unlocked
    {
        QString userId;
        bool wasLocked = false; ///< a lock was active (else only failed attempts were forgotten)
        int failedAttempts = 0; ///< the count that was cleared
    };
    /// Lifts the sign-in lockout and forgets the failed attempts; records who did it, when and what
    /// was cleared in `kumiko_admin_lockout_resets` (a lockout is no upstream aggregate, so no
    /// event). Errors: `not_found`, `invalid_state` (nothing to clear).
    static Result<Unlocked> unlock(const QSqlDatabase& db, const QString& email, const domain::Actor& actor);

    /// Marks the address of user `userId` verified without a token (`user.updated` {emailVerified}),
    /// as `actor`, with `reason` in the event's metadata. Errors: `reason_required`, `not_found`,
    /// `already_verified`, handler codes.
    static Status markVerified(const QSqlDatabase& db, const QString& userId, const QString& reason,
                               const domain::Actor& actor);
};

} // namespace kumiko::auth
