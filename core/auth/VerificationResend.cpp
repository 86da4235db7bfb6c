#include "auth/VerificationResend.h"

namespace kumiko::auth {

VerificationResend::VerificationResend(AuthSettings auth, mail::MailSettings mail)
    : m_service(std::move(auth), std::move(mail))
{}

ResendReport VerificationResend::run(const QSqlDatabase& db, const QStringList& emails,
                                     const domain::Actor& actor, const QString& requesterLocale,
                                     const Step& step) const
{
    ResendReport report;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString& email = emails.at(i);
        if (step && !step(int(i), email)) {
            report.notAttempted = emails.mid(i);
            break;
        }
        auto outcome = m_service.requestEmailVerification(db, email, requesterLocale, actor.userId);
        if (!outcome) {
            report.failed = outcome.error();
            report.notAttempted = emails.mid(i + 1);
            break;
        }
        if (!outcome->accepted())
            report.rateLimited.append({email, outcome->retryAfterSeconds});
        else if (outcome->outboxId != 0)
            report.queued << email;
        else
            report.skipped << email;
    }
    return report;
}

} // namespace kumiko::auth
