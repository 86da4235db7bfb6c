#include "auth/AccountAdmin.h"

#include "auth/PasswordHasher.h"
#include "auth/UserAccount.h"
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

} // namespace

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
