#pragma once

#include "auth/AuthSettings.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kumiko::auth {

/// Why a sign-in ended the way it did; code() gives the stable snake_case text.
enum class SignInReason
{
    Ok,
    InvalidCredentials, ///< unknown/deleted user, no password, wrong password, deletion requested
    AccountLocked,      ///< too many failed attempts; see SignInOutcome::lockedSeconds
    EmailNotVerified,   ///< only ever after a correct password
    AccountRestricted,
    NotAnAdmin, ///< lacks the global role SystemAdmin
};

/// The answer to one sign-in attempt (a failed attempt is an outcome, not an Error).
struct SignInOutcome
{
    SignInReason reason = SignInReason::InvalidCredentials;
    int lockedSeconds = 0; ///< > 0 with AccountLocked
    QString userId;        ///< set from EmailNotVerified on (the password was right)
    QString displayName;
    QString locale;

    bool ok() const { return reason == SignInReason::Ok; }
    /// "ok", "invalid_credentials", "account_locked", "email_not_verified", "account_restricted",
    /// "not_an_admin"
    QString code() const;
};

/// The console's own sign-in against read_users (spec/auth-verification.md, gates in order).
/// Blocking (argon2id, SQL on the caller's connection): call it from a worker thread. Runs without
/// a transaction of its own on purpose: each lockout write is one statement, and no transaction stays
/// open across the slow password check.
class SignInService
{
public:
    explicit SignInService(AuthSettings settings);

    /// An Error only when the database fails; every refusal is an outcome.
    Result<SignInOutcome> signIn(const QSqlDatabase& db, const QString& email, const QString& password) const;

private:
    AuthSettings m_settings;
};

} // namespace kumiko::auth
