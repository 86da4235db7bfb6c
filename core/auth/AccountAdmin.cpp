#include "auth/AccountAdmin.h"

#include "auth/PasswordHasher.h"
#include "auth/UserAccount.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"

#include <type_traits>

namespace kumiko::auth {
namespace {

using nlohmann::json;

// The lookups and the write commit together, so a concurrent change cannot slip in between.
template <typename Work>
auto inTransaction(const QSqlDatabase& db, Work&& work) -> std::invoke_result_t<Work>
{
    db::Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto result = work();
    if (!result)
        return result;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<QString> dispatch(const QSqlDatabase& db, const QString& handler, const json& payload,
                         const domain::Actor& actor)
{
    static const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    auto outcome = registry.dispatch(db, handler, payload, actor);
    if (!outcome)
        return outcome.error();
    return QString::fromStdString(outcome->result.value("id", std::string()));
}

Result<QString> hashOf(const QString& password)
{
    if (password.size() < AccountAdmin::MinPasswordLength)
        return Error::make(ErrorCode::InvalidPassword,
                           QStringLiteral("the password must have at least %1 characters")
                               .arg(AccountAdmin::MinPasswordLength),
                           QStringLiteral("password"));
    return PasswordHasher::hash(password);
}

Result<QString> updateUser(const QSqlDatabase& db, const QString& id, const json& changes,
                           const domain::Actor& actor)
{
    auto done = dispatch(db, QStringLiteral("user:write:user:update"),
                         {{"id", id.toStdString()}, {"changes", changes}}, actor);
    if (!done)
        return done.error();
    return id;
}

json rolesArray(const QStringList& roles)
{
    json array = json::array();
    for (const QString& role : roles)
        array.push_back(role.toStdString());
    return array;
}

Result<UserAccount> existing(const QSqlDatabase& db, const QString& email)
{
    auto user = UserAccount::findByEmail(db, email);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user with e-mail address %1").arg(email),
                           QStringLiteral("email"));
    return **user;
}

} // namespace

Result<QString> AccountAdmin::createUser(const QSqlDatabase& db, const NewUser& user,
                                         const domain::Actor& actor)
{
    const QString email = user.email.trimmed();
    if (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@')) ||
        email.endsWith(QLatin1Char('@')))
        return Error::make(ErrorCode::InvalidEmail, QStringLiteral("%1 is no e-mail address").arg(email),
                           QStringLiteral("email"));
    json payload = {{"email", email.toStdString()},
                    {"displayName", user.displayName.trimmed().toStdString()},
                    {"roles", rolesArray(user.roles)},
                    {"emailVerified", user.emailVerified}};
    if (!user.locale.isEmpty())
        payload["locale"] = user.locale.toStdString();
    if (!user.password.isEmpty()) {
        // Hashing is slow: done before the transaction opens.
        auto hash = hashOf(user.password);
        if (!hash)
            return hash.error();
        payload["passwordHash"] = hash->toStdString();
    }
    return inTransaction(db, [&]() -> Result<QString> {
        return dispatch(db, QStringLiteral("user:write:user:create"), payload, actor);
    });
}

Status AccountAdmin::setStatus(const QSqlDatabase& db, const QString& email, const QString& status,
                               const domain::Actor& actor)
{
    if (status.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidValue, QStringLiteral("the status must not be empty"),
                           QStringLiteral("status"));
    return inTransaction(db, [&]() -> Status {
        auto user = existing(db, email);
        if (!user)
            return user.error();
        if (user->status == status)
            return {};
        if (auto done = updateUser(db, user->id, {{"status", status.toStdString()}}, actor); !done)
            return done.error();
        return {};
    });
}

Status AccountAdmin::setRoles(const QSqlDatabase& db, const QString& email, const QStringList& roles,
                              const domain::Actor& actor)
{
    return inTransaction(db, [&]() -> Status {
        auto user = existing(db, email);
        if (!user)
            return user.error();
        if (user->roles == roles)
            return {};
        if (auto done = updateUser(db, user->id, {{"roles", rolesArray(roles)}}, actor); !done)
            return done.error();
        return {};
    });
}

Result<AccountAdmin::Unlocked> AccountAdmin::unlock(const QSqlDatabase& db, const QString& email,
                                                    const domain::Actor& actor)
{
    return inTransaction(db, [&]() -> Result<Unlocked> {
        auto user = existing(db, email);
        if (!user)
            return user.error();
        // Deleting and recording in one statement: a sign-in failing meanwhile either counts before
        // (and is cleared and recorded) or after (and starts a new count).
        auto rows = db::Sql::exec(
            db,
            QStringLiteral(
                "WITH cleared AS (DELETE FROM kumiko_admin_auth_lockouts WHERE user_id = ?::uuid "
                "  RETURNING user_id, failed_attempts, locked_until) "
                "INSERT INTO kumiko_admin_lockout_resets (user_id, reset_by, failed_attempts, "
                "locked_until) SELECT user_id, ?::uuid, failed_attempts, locked_until FROM cleared "
                "RETURNING failed_attempts, COALESCE(locked_until > now(), false)"),
            {user->id, actor.userId});
        if (!rows)
            return rows.error();
        if (!rows->next())
            return Error::make(ErrorCode::InvalidState,
                               QStringLiteral("%1 has no failed sign-in attempts to clear").arg(email));
        return Unlocked{user->id, rows->value(1).toBool(), rows->value(0).toInt()};
    });
}

Result<QString> AccountAdmin::setPassword(const QSqlDatabase& db, const QString& email,
                                          const QString& password, const domain::Actor& actor)
{
    // Hashing is slow: done before the transaction opens.
    auto hash = hashOf(password);
    if (!hash)
        return hash.error();
    return inTransaction(db, [&]() -> Result<QString> {
        auto user = UserAccount::findByEmail(db, email);
        if (!user)
            return user.error();
        if (!user->has_value())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no user with this e-mail address"),
                               QStringLiteral("email"));
        return updateUser(db, (*user)->id, {{"passwordHash", hash->toStdString()}}, actor);
    });
}

Result<QString> AccountAdmin::ensureAccount(const QSqlDatabase& db, const Wanted& wanted,
                                            const domain::Actor& actor)
{
    return inTransaction(db, [&]() -> Result<QString> {
        auto user = UserAccount::findByEmail(db, wanted.email);
        if (!user)
            return user.error();
        const bool passwordMatches =
            user->has_value() && PasswordHasher::verify(wanted.password, (*user)->passwordHash);
        json changes = json::object();
        if (!passwordMatches) {
            auto hash = hashOf(wanted.password);
            if (!hash)
                return hash.error();
            changes["passwordHash"] = hash->toStdString();
        }
        if (!user->has_value()) {
            json roles = json::array();
            for (const QString& role : wanted.roles)
                roles.push_back(role.toStdString());
            json payload = changes;
            payload.update({{"email", wanted.email.toStdString()},
                            {"displayName", wanted.displayName.toStdString()},
                            {"roles", roles},
                            {"emailVerified", wanted.emailVerified}});
            return dispatch(db, QStringLiteral("user:write:user:create"), payload, actor);
        }
        if ((*user)->emailVerified != wanted.emailVerified)
            changes["emailVerified"] = wanted.emailVerified;
        if (changes.empty())
            return (*user)->id;
        return updateUser(db, (*user)->id, changes, actor);
    });
}

Status AccountAdmin::markVerified(const QSqlDatabase& db, const QString& userId, const QString& reason,
                                  const domain::Actor& actor)
{
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::ReasonRequired,
                           QStringLiteral("say why the address counts as verified without a token"),
                           QStringLiteral("reason"));
    return inTransaction(db, [&]() -> Status {
        auto user = UserAccount::findById(db, userId);
        if (!user)
            return user.error();
        if (!user->has_value())
            return Error::make(ErrorCode::NotFound, QStringLiteral("no user with this id"),
                               QStringLiteral("id"));
        if ((*user)->emailVerified)
            return Error::make(ErrorCode::AlreadyVerified,
                               QStringLiteral("%1 is verified already").arg((*user)->email));
        domain::Actor withReason = actor;
        withReason.reason = reason.trimmed();
        auto done = updateUser(db, userId, {{"emailVerified", true}}, withReason);
        if (!done)
            return done.error();
        return {};
    });
}

} // namespace kumiko::auth
