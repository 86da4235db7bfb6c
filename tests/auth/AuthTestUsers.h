#pragma once

// Test users created through the real user write handlers (events + read rows), as the console would.

#include "auth/PasswordHasher.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "db/Transaction.h"
#include "domain/HandlerRegistry.h"

#include <QtTest>

namespace kumiko::test {

/// Creates the user and returns its id; aborts the test on any error. An empty password means no
/// password hash; a non-empty status is set by a second event.
inline QString createUser(const QString& email, const QString& password, bool verified = true,
                          const QStringList& roles = {QStringLiteral("SystemAdmin")},
                          const QString& status = {}, const QString& locale = {})
{
    struct
    {
        QString email, password;
        bool verified;
        QStringList roles;
        QString status, locale, displayName;
    } user{email, password, verified, roles, status, locale, QStringLiteral("Test User")};
    static const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    const QSqlDatabase db = db::ThreadConnection::get().value();
    db::Transaction tx(db);
    if (!tx.begin())
        qFatal("begin failed");
    nlohmann::json roleArray = nlohmann::json::array();
    for (const QString& role : user.roles)
        roleArray.push_back(role.toStdString());
    nlohmann::json payload = {{"email", user.email.toStdString()},
                              {"displayName", user.displayName.toStdString()},
                              {"roles", roleArray},
                              {"emailVerified", user.verified}};
    if (!user.password.isEmpty())
        payload["passwordHash"] = auth::PasswordHasher::hash(user.password).value().toStdString();
    if (!user.locale.isEmpty())
        payload["locale"] = user.locale.toStdString();
    auto created =
        registry.dispatch(db, QStringLiteral("user:write:user:create"), payload, domain::Actor::system());
    if (!created)
        qFatal("user create failed: %s", qPrintable(created.error().toString()));
    const QString id = QString::fromStdString(created->result["id"].get<std::string>());
    if (!user.status.isEmpty()) {
        auto updated = registry.dispatch(
            db, QStringLiteral("user:write:user:update"),
            {{"id", id.toStdString()}, {"changes", {{"status", user.status.toStdString()}}}},
            domain::Actor::system());
        if (!updated)
            qFatal("user update failed: %s", qPrintable(updated.error().toString()));
    }
    if (!tx.commit())
        qFatal("commit failed");
    return id;
}

} // namespace kumiko::test
