#include "auth/VerificationResend.h"

namespace kumiko::auth {
namespace {

constexpr int kAddressesPerPage = 500;

void append(ResendReport& report, const ResendReport& part)
{
    report.queued += part.queued;
    report.skipped += part.skipped;
    report.rateLimited += part.rateLimited;
    report.notAttempted += part.notAttempted;
    if (part.failed)
        report.failed = part.failed;
}

} // namespace

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

ResendReport VerificationResend::runMatching(const QSqlDatabase& db, UserQuery query,
                                             const domain::Actor& actor, const QString& requesterLocale,
                                             const Step& step) const
{
    query.unverifiedOnly = true;
    query.after.clear();
    query.limit = kAddressesPerPage;
    ResendReport report;
    int done = 0;
    while (true) {
        auto page = UserOverview::page(db, query);
        if (!page) {
            report.failed = page.error();
            break;
        }
        QStringList emails;
        for (const UserSummary& user : page->users)
            emails << user.email;
        const ResendReport part =
            run(db, emails, actor, requesterLocale,
                [&](int index, const QString& email) { return !step || step(done + index, email); });
        append(report, part);
        done += int(emails.size());
        // Unverified users stay unverified by a resend, so the keyset on e-mail walks on unchanged.
        if (!part.complete() || page->nextCursor.isEmpty())
            break;
        query.after = page->nextCursor;
    }
    return report;
}

} // namespace kumiko::auth
