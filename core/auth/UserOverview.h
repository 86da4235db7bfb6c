#pragma once

#include "common/Page.h"
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

/// Reads users with the latest verification mail of each, a keyset page at a time.
class UserOverview
{
public:
    /// One page by e-mail (the unique index's order); the cursor is the last row's e-mail, the filter
    /// matches a substring of the e-mail or the display name.
    static Result<Page<UserSummary>> list(const QSqlDatabase& db, const PageRequest& request);
    /// Every user (page by page) plus the newest `outboxRows` mails of the outbox: what the Users
    /// page shows until it pages by itself.
    static Result<UsersAndOutbox> withOutbox(const QSqlDatabase& db, int outboxRows);
};

} // namespace kumiko::auth
