#pragma once

#include "common/Result.h"
#include "mail/MailOutbox.h"
#include "mail/MailSettings.h"
#include "mail/OutboxWorker.h"

#include <QSqlDatabase>
#include <atomic>
#include <optional>

namespace kumiko::mail {

/// One delivery round of a sender that keeps running (the console): the due mails through the
/// project's configured transport, claimed as `kumiko mail deliver` claims them (OutboxWorker), then
/// what the outbox still holds.
class OutboxDelivery
{
public:
    struct Round
    {
        OutboxWorker::Report report;
        /// Set when no transport could be made (e.g. `not_configured`): nothing was attempted.
        std::optional<Error> transportProblem;
        OutboxSummary left;
    };

    /// `projectDir` resolves a relative directory transport; `cancel` stops after the current mail.
    static Result<Round> run(const QSqlDatabase& db, const MailSettings& settings, const QString& projectDir,
                             const QString& workerId, const std::atomic_bool* cancel);
    /// `<program>@<host>:<pid>`, the claimed_by of this process's mails.
    static QString workerId(const QString& program);
};

} // namespace kumiko::mail
