#include "mail/MailOutbox.h"

#include "db/Sql.h"

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
    }
    return {};
}

Result<MailStatus> MailOutbox::parseStatus(const QString& name)
{
    for (MailStatus status : {MailStatus::Queued, MailStatus::Sending, MailStatus::Sent, MailStatus::Failed})
        if (statusName(status) == name)
            return status;
    return Error::make(ErrorCode::SchemaMismatch,
                       QStringLiteral("kumiko_admin_mail_outbox holds an unknown status %1").arg(name));
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
