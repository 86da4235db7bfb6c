#include "mail/OutboxWorker.h"

#include "mail/MailOutbox.h"

namespace kumiko::mail {

OutboxWorker::OutboxWorker(MailTransport& transport, QString workerId)
    : m_transport(transport)
    , m_workerId(std::move(workerId))
{}

Result<OutboxWorker::Report> OutboxWorker::deliverDue(const QSqlDatabase& db, int maxMails,
                                                      const std::atomic_bool* cancel)
{
    Report report;
    for (int attempted = 0; maxMails <= 0 || attempted < maxMails; ++attempted) {
        if (cancel && cancel->load())
            break;
        auto claimed = MailOutbox::claimNext(db, m_workerId);
        if (!claimed)
            return claimed.error();
        if (!claimed->has_value())
            break;
        const ClaimedMail& mail = **claimed;
        const Status sent = m_transport.send(mail.sender, mail.recipient, mail.mime);
        if (sent) {
            if (auto marked = MailOutbox::markSent(db, mail.id); !marked)
                return marked.error();
            ++report.sent;
            continue;
        }
        auto status = MailOutbox::markFailed(db, mail, sent.error().message);
        if (!status)
            return status.error();
        (*status == MailStatus::Failed ? report.failedForGood : report.retryScheduled)++;
        report.errors << QStringLiteral("mail %1 (attempt %2): %3")
                             .arg(mail.id)
                             .arg(mail.attempts)
                             .arg(sent.error().message);
    }
    return report;
}

} // namespace kumiko::mail
