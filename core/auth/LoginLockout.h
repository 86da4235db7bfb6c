#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kumiko::auth {

/// Consecutive failed password checks per user in `kumiko_admin_auth_lockouts`; N failures lock the
/// account for M minutes. Every change is one statement, so parallel attempts count exactly.
class LoginLockout
{
public:
    struct Failure
    {
        bool counted = false; ///< false: the account was already locked when this failure arrived
        int failedAttempts = 0;
        int lockedSeconds = 0; ///< > 0 when the account is locked now
    };

    /// Seconds until an active lock ends; 0 when not locked.
    static Result<int> lockedSeconds(const QSqlDatabase& db, const QString& userId);
    /// Counts one failure unless a lock is active; the failure that reaches `maxFailedAttempts`
    /// starts a lock of `lockoutMinutes`. A failure after an expired lock starts counting anew.
    static Result<Failure> recordFailure(const QSqlDatabase& db, const QString& userId, int maxFailedAttempts,
                                         int lockoutMinutes);
    /// Forgets the failures after a correct password (an active lock stays).
    static Status clear(const QSqlDatabase& db, const QString& userId);
};

} // namespace kumiko::auth
