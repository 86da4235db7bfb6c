#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace kumiko::auth {

/// What sign-in and verification need to know about one row of read_users.
struct UserAccount
{
    QString id;
    QString email;
    QString displayName;
    QString passwordHash; ///< empty when the user has none
    QString locale;
    QString status; ///< active | restricted | deletionRequested | deleted
    QStringList roles;
    bool emailVerified = false;
    bool isDeleted = false;
    int version = 0;

    /// Roles as upstream stores them: a JSON text array (`["SystemAdmin"]`); anything else is none.
    static QStringList parseRoles(const QString& text);
    /// Exact e-mail match, as upstream; nullopt when there is no such row.
    static Result<std::optional<UserAccount>> findByEmail(const QSqlDatabase& db, const QString& email);
    static Result<std::optional<UserAccount>> findById(const QSqlDatabase& db, const QString& id);

    /// Soft-deleted, or in the `deleted` status.
    bool isGone() const { return isDeleted || status == QLatin1String("deleted"); }
};

} // namespace kumiko::auth
