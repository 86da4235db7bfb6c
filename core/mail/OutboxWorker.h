#pragma once

#include "common/Result.h"
#include "mail/MailTransport.h"

#include <QSqlDatabase>
#include <QStringList>
#include <atomic>

namespace kumiko::mail {

/// Delivers due outbox mails through a transport, one claimed row at a time, on the caller's
/// connection. Several workers (threads or processes) may run at once. Claiming and marking are one
/// statement each, so no transaction stays open while a mail is on the wire.
class OutboxWorker
{
public:
    struct Report
    {
        int sent = 0;
        int retryScheduled = 0;
        int failedForGood = 0;
        QStringList errors; ///< one line per failed attempt (no credentials, no body)
    };

    OutboxWorker(MailTransport& transport, QString workerId);

    /// Sends until nothing is due (or `maxMails` were attempted, when > 0, or `cancel` is set).
    Result<Report> deliverDue(const QSqlDatabase& db, int maxMails = 0,
                              const std::atomic_bool* cancel = nullptr);

private:
    MailTransport& m_transport;
    QString m_workerId;
};

} // namespace kumiko::mail
