#pragma once

#include "common/Result.h"
#include "mail/MailOutbox.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kumiko::auth {

/// One user as the console's Users page lists them: verification state and the last verification mail.
struct UserSummary
{
    QString id;
    QString email;
    QString displayName;
    bool emailVerified = false;
    QString status; ///< active, restricted, …
    QStringList roles;
    std::optional<mail::MailStatus> lastMailStatus; ///< none: never sent
    QString lastMailError;
    int lastMailAttempts = 0;
    QDateTime lastMailAt; ///< when the last verification mail was queued (UTC)
};

/// Reads every user with the latest verification mail of each, in one query.
class UserOverview
{
public:
    static Result<QList<UserSummary>> list(const QSqlDatabase& db);
};

} // namespace kumiko::auth
