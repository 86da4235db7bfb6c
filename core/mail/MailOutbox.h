#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kumiko::mail {

/// Where an outbox row is in its delivery (the table's CHECK constraint allows exactly these).
enum class MailStatus
{
    Queued,  ///< waiting for its next attempt
    Sending, ///< claimed by a worker
    Sent,
    Failed,    ///< given up after MaxAttempts
    Cancelled, ///< an operator cancelled it before delivery (the body is gone)
};

/// A mail to queue: the rendered message plus what the admin pages show about it.
struct OutboxMail
{
    QString kind; ///< e.g. "email-verification"
    QString userId;
    QString requestedBy; ///< user id of whoever asked (the user themself, an admin, the system user)
    QString locale;
    QString sender;    ///< envelope sender address
    QString recipient; ///< envelope recipient address
    QString subject;
    QByteArray mime;
};

/// One outbox row as the admin pages and `kumiko mail outbox` show it (never the message body).
struct OutboxEntry
{
    qint64 id = 0;
    MailStatus status = MailStatus::Queued;
    QString kind;
    QString userId;
    QString requestedBy;
    QString locale;
    QString recipient;
    QString subject;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime sentAt;
    QDateTime createdAt;
};

/// How much the outbox still holds, for a status line.
struct OutboxSummary
{
    int queued = 0;    ///< queued or being sent
    int due = 0;       ///< of those, due now
    int failed = 0;    ///< given up
    QString lastError; ///< of the most recent failed attempt still queued or failed
    QDateTime lastErrorAt;
};

/// A row claimed for delivery by one worker.
struct ClaimedMail
{
    qint64 id = 0;
    QString sender;
    QString recipient;
    QByteArray mime;
    int attempts = 0; ///< including the current one
};

/// The transactional mail outbox `kumiko_admin_mail_outbox`.
class MailOutbox
{
public:
    static constexpr int MaxAttempts = 5;
    /// A `sending` row older than this is taken to belong to a crashed worker and is claimed again.
    static constexpr int StaleClaimSeconds = 600;

    /// Inserts a queued mail in the caller's transaction; returns its id.
    static Result<qint64> enqueue(const QSqlDatabase& db, const OutboxMail& mail);
    /// Claims the next due mail (FOR UPDATE SKIP LOCKED: concurrent workers never get the same row).
    static Result<std::optional<ClaimedMail>> claimNext(const QSqlDatabase& db, const QString& workerId);
    /// Marks a claimed mail sent and drops its body (it contains a live token).
    static Status markSent(const QSqlDatabase& db, qint64 id);
    /// Records a failed attempt: queued again after backoff, or `failed` after MaxAttempts.
    /// Returns the new status.
    static Result<MailStatus> markFailed(const QSqlDatabase& db, const ClaimedMail& mail,
                                         const QString& error);
    /// Seconds to wait after the n-th failed attempt: 30 s doubling (30, 60, 120, 240).
    static int backoffSeconds(int attempts);

    /// The name stored in the status column, printed by `kumiko mail outbox` and carried by its JSON.
    static QString statusName(MailStatus status);
    /// A status column value; anything else → `schema_mismatch`.
    static Result<MailStatus> parseStatus(const QString& name);

    /// Cancels the queued mails among `ids` (not one a worker is sending): status `cancelled`, who
    /// and when recorded, body dropped. Returns the ids cancelled.
    static Result<QList<qint64>> cancel(const QSqlDatabase& db, const QList<qint64>& ids,
                                        const domain::Actor& actor);
    /// Queues the failed mails among `ids` again, due now with a fresh count of attempts. Returns
    /// the ids queued.
    static Result<QList<qint64>> retry(const QSqlDatabase& db, const QList<qint64>& ids);
    /// Counts of queued, due and failed mails and the newest error among them.
    static Result<OutboxSummary> summary(const QSqlDatabase& db);

    /// One page, newest first (keyset on the id, so the cursor is the last row's id); the filter
    /// matches a substring of the recipient.
    static Result<Page<OutboxEntry>> list(const QSqlDatabase& db, const PageRequest& request);
};

} // namespace kumiko::mail
