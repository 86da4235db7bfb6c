#include "MailCommands.h"

#include "AuthCommands.h"
#include "CliContext.h"
#include "ListPaging.h"
#include "mail/MailOutbox.h"
#include "mail/OutboxDelivery.h"
#include "mail/OutboxWorker.h"

#include <QThread>

namespace kumiko::cli {
namespace {

const QString kOnce = QStringLiteral("once");
const QString kInterval = QStringLiteral("interval");

void printReport(CliContext& cli, const mail::OutboxWorker::Report& report)
{
    for (const QString& error : report.errors)
        cli.err() << "  " << error << '\n';
    if (cli.json())
        cli.printJson({{"sent", report.sent},
                       {"retryScheduled", report.retryScheduled},
                       {"failed", report.failedForGood}});
    else if (report.sent + report.retryScheduled + report.failedForGood > 0)
        cli.out() << "sent " << report.sent << ", retry scheduled " << report.retryScheduled << ", failed "
                  << report.failedForGood << '\n';
    cli.out().flush();
    cli.err().flush();
}

int deliver(CliContext& cli)
{
    auto config = AuthCommands::configuration(cli);
    if (!config)
        return cli.fail(config.error());
    auto transport = mail::MailTransport::fromSettings(config->mail, config->projectDir);
    if (!transport)
        return cli.fail(transport.error());
    bool ok = false;
    const int interval = cli.isSet(kInterval) ? cli.value(kInterval).toInt(&ok) : 10;
    if (cli.isSet(kInterval) && (!ok || interval < 1))
        return cli.usage(QStringLiteral("--interval must be a positive number of seconds"));
    if (!cli.json())
        cli.err() << "delivering through " << transport.value()->describe() << '\n';
    mail::OutboxWorker worker(*transport.value(), mail::OutboxDelivery::workerId(QStringLiteral("kumiko")));
    for (;;) {
        auto report = cli.withDatabase([&worker](QSqlDatabase& db) { return worker.deliverDue(db); });
        if (!report)
            return cli.fail(report.error());
        if (cli.isSet(kOnce)) {
            printReport(cli, report.value());
            return report->retryScheduled + report->failedForGood > 0 ? ExitCode::Failed : ExitCode::Ok;
        }
        if (!cli.json())
            printReport(cli, report.value());
        QThread::sleep(unsigned(interval));
    }
}

nlohmann::json toJson(const mail::OutboxEntry& e)
{
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? nlohmann::json(t.toString(Qt::ISODateWithMs).toStdString()) : nlohmann::json();
    };
    const auto text = [](const QString& s) {
        return s.isEmpty() ? nlohmann::json() : nlohmann::json(s.toStdString());
    };
    return {{"id", e.id},
            {"status", mail::MailOutbox::statusName(e.status).toStdString()},
            {"kind", e.kind.toStdString()},
            {"userId", text(e.userId)},
            {"requestedBy", e.requestedBy.toStdString()},
            {"locale", e.locale.toStdString()},
            {"recipient", e.recipient.toStdString()},
            {"subject", e.subject.toStdString()},
            {"attempts", e.attempts},
            {"nextAttemptAt", time(e.nextAttemptAt)},
            {"lastError", text(e.lastError)},
            {"sentAt", time(e.sentAt)},
            {"createdAt", time(e.createdAt)}};
}

void printEntry(QTextStream& out, const mail::OutboxEntry& e)
{
    out << e.id << "  " << mail::MailOutbox::statusName(e.status).leftJustified(7) << "  "
        << e.createdAt.toString(Qt::ISODate) << "  " << e.locale << "  " << e.recipient << "  attempts "
        << e.attempts;
    if (e.sentAt.isValid())
        out << "  sent " << e.sentAt.toString(Qt::ISODate);
    else if (e.status == mail::MailStatus::Queued)
        out << "  next " << e.nextAttemptAt.toString(Qt::ISODate);
    out << "\n    " << e.subject << '\n';
    if (!e.lastError.isEmpty())
        out << "    last error: " << e.lastError << '\n';
}

int outbox(CliContext& cli)
{
    ListPaging::Printer<mail::OutboxEntry> printer;
    printer.fetch = [](QSqlDatabase& db, const PageRequest& request) {
        return mail::MailOutbox::list(db, request);
    };
    printer.json = toJson;
    printer.text = printEntry;
    printer.document = [](nlohmann::json rows) {
        return rows;
    };
    printer.empty = QStringLiteral("the outbox is empty");
    return ListPaging::run(cli, printer);
}

Result<QList<qint64>> idsOf(const QStringList& arguments)
{
    QList<qint64> ids;
    for (const QString& argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id < 1)
            return Error::make(ErrorCode::Usage, QStringLiteral("%1 is no outbox id").arg(argument));
        ids << id;
    }
    if (ids.isEmpty())
        return Error::make(ErrorCode::Usage, QStringLiteral("name at least one outbox id"));
    return ids;
}

// Prints which ids changed; the others were not in the state the command applies to (exit 1).
int reportChanged(CliContext& cli, const QList<qint64>& wanted, const QList<qint64>& changed,
                  const char* verb, const char* requiredState)
{
    QList<qint64> unchanged;
    for (qint64 id : wanted)
        if (!changed.contains(id))
            unchanged << id;
    if (cli.json()) {
        cli.printJson({{verb, std::vector<qint64>(changed.cbegin(), changed.cend())},
                       {"unchanged", std::vector<qint64>(unchanged.cbegin(), unchanged.cend())}});
    } else {
        for (qint64 id : changed)
            cli.out() << verb << ' ' << id << '\n';
        for (qint64 id : unchanged)
            cli.err() << "not " << verb << ' ' << id << ": not " << requiredState << '\n';
    }
    return unchanged.isEmpty() ? ExitCode::Ok : ExitCode::Failed;
}

int cancel(CliContext& cli)
{
    auto ids = idsOf(cli.positional());
    if (!ids)
        return cli.fail(ids.error());
    auto actor = cli.actor();
    if (!actor)
        return cli.fail(actor.error());
    auto cancelled = cli.withDatabase(
        [&](QSqlDatabase& db) { return mail::MailOutbox::cancel(db, ids.value(), actor.value()); });
    if (!cancelled)
        return cli.fail(cancelled.error());
    return reportChanged(cli, ids.value(), cancelled.value(), "cancelled", "queued");
}

int retry(CliContext& cli)
{
    auto ids = idsOf(cli.positional());
    if (!ids)
        return cli.fail(ids.error());
    auto queued =
        cli.withDatabase([&](QSqlDatabase& db) { return mail::MailOutbox::retry(db, ids.value()); });
    if (!queued)
        return cli.fail(queued.error());
    return reportChanged(cli, ids.value(), queued.value(), "queued", "failed");
}

} // namespace

void MailCommands::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("mail deliver"),
         {},
         QStringLiteral("Send due mails from the outbox (keeps polling unless --once)."),
         {{kOnce, QStringLiteral("Send what is due now, then exit (exit 1 if an attempt failed).")},
          {kInterval, QStringLiteral("Seconds between polls (default 10)."), QStringLiteral("seconds")}},
         deliver});
    registry.add({QStringLiteral("mail outbox"),
                  {},
                  QStringLiteral("List the newest outbox mails with status, attempts and last error."),
                  ListPaging::options(QStringLiteral("mail id"), QStringLiteral("recipient")),
                  outbox});
    registry.add({QStringLiteral("mail cancel"),
                  QStringLiteral("<id>…"),
                  QStringLiteral("Cancel queued mails (status cancelled; the body is dropped)."),
                  {},
                  cancel});
    registry.add({QStringLiteral("mail retry"),
                  QStringLiteral("<id>…"),
                  QStringLiteral("Queue failed mails again, due now with a fresh count of attempts."),
                  {},
                  retry});
}

} // namespace kumiko::cli
