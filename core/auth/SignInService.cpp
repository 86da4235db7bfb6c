#include "auth/SignInService.h"

#include "auth/LoginLockout.h"
#include "auth/PasswordHasher.h"
#include "auth/UserAccount.h"
#include "domain/WellKnownIds.h"

namespace kumiko::auth {
namespace {

// Verified against when there is no real hash, so unknown users cost the same time as known ones.
const QString kDummyHash = QStringLiteral(
    "$argon2id$v=19$m=19456,t=2,p=1$wb9vopXhMiIWuxiPtjOtwg$C7QvzPdNMhbzZ58a53TJSyovne50Harf6FGBOzYiUHU");

SignInOutcome outcome(SignInReason reason, int lockedSeconds = 0)
{
    SignInOutcome o;
    o.reason = reason;
    o.lockedSeconds = lockedSeconds;
    return o;
}

} // namespace

QString SignInOutcome::code() const
{
    switch (reason) {
    case SignInReason::Ok:
        return QStringLiteral("ok");
    case SignInReason::InvalidCredentials:
        return QStringLiteral("invalid_credentials");
    case SignInReason::AccountLocked:
        return QStringLiteral("account_locked");
    case SignInReason::EmailNotVerified:
        return QStringLiteral("email_not_verified");
    case SignInReason::AccountRestricted:
        return QStringLiteral("account_restricted");
    case SignInReason::NotAnAdmin:
        return QStringLiteral("not_an_admin");
    }
    return QStringLiteral("invalid_credentials");
}

SignInService::SignInService(AuthSettings settings)
    : m_settings(std::move(settings))
{}

Result<SignInOutcome> SignInService::signIn(const QSqlDatabase& db, const QString& email,
                                            const QString& password) const
{
    // 1. the user
    auto found = UserAccount::findByEmail(db, email);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->isDeleted || (*found)->passwordHash.isEmpty()) {
        PasswordHasher::verify(password, kDummyHash);
        return outcome(SignInReason::InvalidCredentials);
    }
    const UserAccount& user = **found;
    // 2. lockout, before any password check
    auto locked = LoginLockout::lockedSeconds(db, user.id);
    if (!locked)
        return locked.error();
    if (locked.value() > 0)
        return outcome(SignInReason::AccountLocked, locked.value());
    // 3. password
    if (!PasswordHasher::verify(password, user.passwordHash)) {
        auto failure =
            LoginLockout::recordFailure(db, user.id, m_settings.maxFailedAttempts, m_settings.lockoutMinutes);
        if (!failure)
            return failure.error();
        // A failure that arrived while a parallel one had just locked the account is not counted.
        if (!failure->counted && failure->lockedSeconds > 0)
            return outcome(SignInReason::AccountLocked, failure->lockedSeconds);
        return outcome(SignInReason::InvalidCredentials);
    }
    if (auto cleared = LoginLockout::clear(db, user.id); !cleared)
        return cleared.error();
    SignInOutcome result = outcome(SignInReason::Ok);
    result.userId = user.id;
    result.displayName = user.displayName;
    result.locale = user.locale;
    // 4. verified address
    if (m_settings.requiresVerifiedEmail() && !user.emailVerified)
        result.reason = SignInReason::EmailNotVerified;
    // 5. status
    else if (user.status == QLatin1String("restricted"))
        result.reason = SignInReason::AccountRestricted;
    else if (user.status == QLatin1String("deletionRequested") || user.status == QLatin1String("deleted"))
        return outcome(SignInReason::InvalidCredentials);
    // 6. role
    else if (!user.roles.contains(domain::WellKnownIds::systemAdminRole()))
        result.reason = SignInReason::NotAnAdmin;
    return result;
}

} // namespace kumiko::auth
