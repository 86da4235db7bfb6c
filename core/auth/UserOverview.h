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
    int version = 0;                                ///< of the user aggregate
    std::optional<mail::MailStatus> lastMailStatus; ///< none: never sent
    QString lastMailError;
    int lastMailAttempts = 0;
    QDateTime lastMailAt; ///< when the last verification mail was queued (UTC)
};

/// What the Users page shows: the users and the newest outbox mails.
struct UsersAndOutbox
{
    QList<UserSummary> users;
    QList<mail::OutboxEntry> outbox;
};

/// Reads every user with the latest verification mail of each, in one query.
class UserOverview
{
public:
    static Result<QList<UserSummary>> list(const QSqlDatabase& db);
    /// list() plus the newest `outboxRows` mails of the outbox.
    static Result<UsersAndOutbox> withOutbox(const QSqlDatabase& db, int outboxRows);
};

} // namespace kumiko::auth
