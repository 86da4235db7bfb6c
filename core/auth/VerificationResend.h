#pragma once

#include "auth/UserOverview.h"
#include "auth/VerificationService.h"
#include "domain/Actor.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace kumiko::auth {

/// What a resend did, address by address.
struct ResendReport
{
    struct RateLimited
    {
        QString email;
        int waitSeconds = 0; ///< until this address may be asked for again
    };

    QStringList queued;  ///< a mail is in the outbox for each
    QStringList skipped; ///< verified already, unknown or deleted: nothing to send
    QList<RateLimited> rateLimited;
    QStringList notAttempted;    ///< after a cancel or a failure, in the order given
    std::optional<Error> failed; ///< what stopped the run early

    /// Every address was handled (queued, skipped or rate limited).
    bool complete() const { return notAttempted.isEmpty() && !failed; }
};

/// Requests verification mails for many addresses on behalf of an admin (the Users page's bulk
/// resend, `kumiko auth request-verification`): one rate-limited request per address, each in its own
/// transaction, with progress and cancellation between addresses.
class VerificationResend
{
public:
    /// Called before each address; returning false stops the run there (it and the rest are
    /// reported as not attempted).
    using Step = std::function<bool(int index, const QString& email)>;

    VerificationResend(AuthSettings auth, mail::MailSettings mail);

    /// `actor` is recorded as who requested each mail; `requesterLocale` is the mail language for
    /// users without a locale of their own. A failure (database, `invalid_email`, `not_configured`, …)
    /// stops the run and is the report's `failed`.
    ResendReport run(const QSqlDatabase& db, const QStringList& emails, const domain::Actor& actor,
                     const QString& requesterLocale, const Step& step = {}) const;
    /// run() for every unverified user matching `query` (its paging ignored), read page by page so no
    /// list of every address is held; `step` counts across pages. After a cancel or a failure the
    /// report's notAttempted holds the rest of the page under way; later pages are not read.
    ResendReport runMatching(const QSqlDatabase& db, UserQuery query, const domain::Actor& actor,
                             const QString& requesterLocale, const Step& step = {}) const;

private:
    VerificationService m_service;
};

} // namespace kumiko::auth
