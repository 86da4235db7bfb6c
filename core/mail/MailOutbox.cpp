#include "mail/MailOutbox.h"

#include "db/Sql.h"
#include "db/SqlArray.h"

namespace kumiko::mail {

using db::Sql;

Result<qint64> MailOutbox::enqueue(const QSqlDatabase& db, const OutboxMail& mail)
{
    auto id = Sql::scalar(
        db,
        QStringLiteral("INSERT INTO kumiko_admin_mail_outbox (kind, user_id, requested_by, locale, "
                       "sender, recipient, subject, mime_message) "
                       "VALUES (?, ?::uuid, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {mail.kind, mail.userId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : mail.userId,
         mail.requestedBy, mail.locale, mail.sender, mail.recipient, mail.subject,
         QString::fromLatin1(mail.mime)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<ClaimedMail>> MailOutbox::claimNext(const QSqlDatabase& db, const QString& workerId)
{
    auto rows = Sql::exec(
        db,
        QStringLiteral("UPDATE kumiko_admin_mail_outbox SET status = 'sending', attempts = attempts + 1, "
                       "claimed_at = now(), claimed_by = ? "
                       "WHERE id = (SELECT id FROM kumiko_admin_mail_outbox "
                       "  WHERE (status = 'queued' AND next_attempt_at <= now()) "
                       "     OR (status = 'sending' AND claimed_at < now() - make_interval(secs => ?)) "
                       "  ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
                       "RETURNING id, sender, recipient, mime_message, attempts"),
        {workerId, StaleClaimSeconds});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<ClaimedMail>();
    ClaimedMail mail;
    mail.id = rows->value(0).toLongLong();
    mail.sender = rows->value(1).toString();
    mail.recipient = rows->value(2).toString();
    mail.mime = rows->value(3).toString().toLatin1();
    mail.attempts = rows->value(4).toInt();
    return std::optional<ClaimedMail>(std::move(mail));
}

Status MailOutbox::markSent(const QSqlDatabase& db, qint64 id)
{
    return Sql::run(db,
                    QStringLiteral("UPDATE kumiko_admin_mail_outbox SET status = 'sent', sent_at = now(), "
                                   "mime_message = NULL, last_error = NULL WHERE id = ?"),
                    {id});
}

int MailOutbox::backoffSeconds(int attempts)
{
    return 30 << std::clamp(attempts - 1, 0, 10);
}

Result<MailStatus> MailOutbox::markFailed(const QSqlDatabase& db, const ClaimedMail& mail,
                                          const QString& error)
{
    const MailStatus next = mail.attempts >= MaxAttempts ? MailStatus::Failed : MailStatus::Queued;
    auto status = Sql::scalar(
        db,
        QStringLiteral("UPDATE kumiko_admin_mail_outbox SET status = ?, last_error = ?, "
                       "next_attempt_at = now() + make_interval(secs => ?) WHERE id = ? RETURNING status"),
        {statusName(next), error.left(2000), backoffSeconds(mail.attempts), mail.id});
    if (!status)
        return status.error();
    return parseStatus(status->toString());
}

QString MailOutbox::statusName(MailStatus status)
{
    switch (status) {
    case MailStatus::Queued:
        return QStringLiteral("queued");
    case MailStatus::Sending:
        return QStringLiteral("sending");
    case MailStatus::Sent:
        return QStringLiteral("sent");
    case MailStatus::Failed:
        return QStringLiteral("failed");
    case MailStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Result<MailStatus> MailOutbox::parseStatus(const QString& name)
{
    for (MailStatus status : {MailStatus::Queued, MailStatus::Sending, MailStatus::Sent, MailStatus::Failed,
                              MailStatus::Cancelled})
        if (statusName(status) == name)
            return status;
    return Error::make(ErrorCode::SchemaMismatch,
                       QStringLiteral("kumiko_admin_mail_outbox holds an unknown status %1").arg(name));
}

namespace {

QString idArray(const QList<qint64>& ids)
{
    QStringList values;
    for (qint64 id : ids)
        values << QString::number(id);
    return db::SqlArray::literal(values);
}

Result<QList<qint64>> changedIds(Result<db::SqlRows> rows)
{
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

Result<QList<qint64>> MailOutbox::cancel(const QSqlDatabase& db, const QList<qint64>& ids,
                                         const domain::Actor& actor)
{
    // One statement: a worker's claim (FOR UPDATE SKIP LOCKED) and this update never both win a row.
    return changedIds(Sql::exec(db,
                                QStringLiteral("UPDATE kumiko_admin_mail_outbox SET status = 'cancelled', "
                                               "cancelled_by = ?, cancelled_at = now(), mime_message = NULL "
                                               "WHERE id = ANY (?::bigint[]) AND status = 'queued' "
                                               "RETURNING id"),
                                {actor.userId, idArray(ids)}));
}

Result<QList<qint64>> MailOutbox::retry(const QSqlDatabase& db, const QList<qint64>& ids)
{
    return changedIds(Sql::exec(db,
                                QStringLiteral("UPDATE kumiko_admin_mail_outbox SET status = 'queued', "
                                               "attempts = 0, next_attempt_at = now() "
                                               "WHERE id = ANY (?::bigint[]) AND status = 'failed' "
                                               "AND mime_message IS NOT NULL RETURNING id"),
                                {idArray(ids)}));
}

Result<OutboxSummary> MailOutbox::summary(const QSqlDatabase& db)
{
    // Each count reads a partial index only: the sent mails, the bulk of the table, are never scanned.
    auto rows = Sql::exec(
        db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM kumiko_admin_mail_outbox WHERE status IN ('queued', 'sending')), "
            "(SELECT count(*) FROM kumiko_admin_mail_outbox WHERE status = 'queued' "
            "   AND next_attempt_at <= now()), "
            "(SELECT count(*) FROM kumiko_admin_mail_outbox WHERE status = 'failed'), "
            "e.last_error, e.claimed_at FROM (SELECT 1) AS one LEFT JOIN LATERAL ("
            "  SELECT last_error, claimed_at FROM kumiko_admin_mail_outbox "
            "  WHERE status IN ('queued', 'sending', 'failed') AND last_error IS NOT NULL "
            "  ORDER BY claimed_at DESC NULLS LAST, id DESC LIMIT 1) AS e ON true"));
    if (!rows)
        return rows.error();
    OutboxSummary summary;
    if (rows->next()) {
        summary.queued = rows->value(0).toInt();
        summary.due = rows->value(1).toInt();
        summary.failed = rows->value(2).toInt();
        summary.lastError = rows->value(3).toString();
        summary.lastErrorAt = rows->isNull(4) ? QDateTime() : rows->value(4).toDateTime().toUTC();
    }
    return summary;
}

Result<Page<OutboxEntry>> MailOutbox::list(const QSqlDatabase& db, const PageRequest& request)
{
    QStringList conditions;
    QVariantList values;
    if (!request.after.isEmpty()) {
        bool number = false;
        const qint64 afterId = request.after.toLongLong(&number);
        if (!number)
            return Error::make(
                ErrorCode::Usage,
                QStringLiteral("the outbox cursor is a mail id, not \"%1\"").arg(request.after),
                QStringLiteral("after"));
        conditions << QStringLiteral("id < ?");
        values << afterId;
    }
    if (!request.filter.isEmpty()) {
        conditions << QStringLiteral("strpos(lower(recipient), lower(?)) > 0");
        values << request.filter;
    }
    values << request.limit + 1;
    auto rows = Sql::exec(
        db,
        QStringLiteral(
            "SELECT id, status, kind, user_id::text, requested_by, locale, recipient, subject, attempts, "
            "next_attempt_at, last_error, sent_at, created_at FROM kumiko_admin_mail_outbox%1 "
            "ORDER BY id DESC LIMIT ?")
            .arg(Sql::where(conditions)),
        values);
    if (!rows)
        return rows.error();
    Page<OutboxEntry> page;
    while (rows->next()) {
        auto status = parseStatus(rows->value(1).toString());
        if (!status)
            return status.error();
        OutboxEntry e;
        e.id = rows->value(0).toLongLong();
        e.status = status.value();
        e.kind = rows->value(2).toString();
        e.userId = rows->value(3).toString();
        e.requestedBy = rows->value(4).toString();
        e.locale = rows->value(5).toString();
        e.recipient = rows->value(6).toString();
        e.subject = rows->value(7).toString();
        e.attempts = rows->value(8).toInt();
        e.nextAttemptAt = rows->value(9).toDateTime().toUTC();
        e.lastError = rows->value(10).toString();
        e.sentAt = rows->isNull(11) ? QDateTime() : rows->value(11).toDateTime().toUTC();
        e.createdAt = rows->value(12).toDateTime().toUTC();
        page.rows << e;
    }
    page.keepAtMost(request.limit, [](const OutboxEntry& e) { return QString::number(e.id); });
    return page;
}

} // namespace kumiko::mail
