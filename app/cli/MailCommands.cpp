#include "MailCommands.h"

#include "AuthCommands.h"
#include "CliContext.h"
#include "ListPaging.h"
#include "mail/MailOutbox.h"
#include "mail/OutboxWorker.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>

namespace kumiko::cli {
namespace {

const QString kOnce = QStringLiteral("once");
const QString kInterval = QStringLiteral("interval");

QString workerId()
{
    return QStringLiteral("kumiko@%1:%2")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

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
    mail::OutboxWorker worker(*transport.value(), workerId());
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
}

} // namespace kumiko::cli
