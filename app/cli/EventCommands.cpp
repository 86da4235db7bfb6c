#include "EventCommands.h"

#include "CliContext.h"
#include "eventstore/EventExport.h"
#include "eventstore/EventStore.h"
#include "eventstore/SecretPayload.h"

#include <QFile>
#include <QUuid>

namespace kumiko::cli {
namespace {

using nlohmann::json;

// The filter options `events tail` and `events export` share.
Result<es::EventFilter> filterOf(CliContext& cli)
{
    es::EventFilter filter;
    // "tenant.created" names an event type, "tenant" an aggregate type.
    const QString type = cli.value(QStringLiteral("type"));
    (type.contains(QLatin1Char('.')) ? filter.type : filter.aggregateType) = type;
    filter.aggregateId = cli.value(QStringLiteral("aggregate"));
    if (!filter.aggregateId.isEmpty() && QUuid::fromString(filter.aggregateId).isNull())
        return Error::make(ErrorCode::Usage, QStringLiteral("--aggregate must be a uuid"));
    const QString tenant = cli.value(QStringLiteral("tenant"));
    (QUuid::fromString(tenant).isNull() ? filter.tenantKey : filter.tenantId) = tenant;
    filter.correlationId = cli.value(QStringLiteral("correlation"));
    if (!filter.correlationId.isEmpty() && QUuid::fromString(filter.correlationId).isNull())
        return Error::make(ErrorCode::Usage, QStringLiteral("--correlation must be a uuid"));
    filter.payloadContains = cli.value(QStringLiteral("payload"));
    filter.payloadText = cli.value(QStringLiteral("search"));
    for (const auto& [option, into] :
         {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("until"), &filter.to}}) {
        if (!cli.isSet(option))
            continue;
        *into = QDateTime::fromString(cli.value(option), Qt::ISODateWithMs);
        if (!into->isValid())
            return Error::make(
                ErrorCode::Usage,
                QStringLiteral("--%1 must be an ISO 8601 time, e.g. 2026-11-30T08:00:00Z").arg(option));
    }
    return filter;
}

int tail(CliContext& cli)
{
    auto parsed = filterOf(cli);
    if (!parsed)
        return cli.fail(parsed.error());
    es::EventFilter filter = parsed.value();
    filter.newestFirst = true;
    filter.limit = 20;
    if (cli.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = cli.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 10000)
            return cli.usage(QStringLiteral("--limit must be a number from 1 to 10000"));
    }
    auto page = cli.withDatabase([&filter](QSqlDatabase& db) { return es::EventStore::read(db, filter); });
    if (!page)
        return cli.fail(page.error());
    std::vector<es::StoredEvent> events;
    events.reserve(page->events.size());
    for (auto event = page->events.rbegin(); event != page->events.rend(); ++event)
        events.push_back(es::SecretPayload::masked(std::move(*event)));
    if (cli.json()) {
        json list = json::array();
        for (const es::StoredEvent& event : events)
            list.push_back(event.toJson());
        cli.printJson({{"events", list}});
        return ExitCode::Ok;
    }
    for (const es::StoredEvent& event : events) {
        cli.out() << QString::number(event.id).rightJustified(8) << "  "
                  << event.createdAt.toString(Qt::ISODateWithMs) << "  " << event.type.leftJustified(28)
                  << ' ' << event.aggregateId << " v" << event.version << "  tenant " << event.tenantId
                  << "  by " << event.createdBy << '\n'
                  << "          " << QString::fromStdString(event.payload.dump()) << '\n';
    }
    if (events.empty())
        cli.out() << "no events\n";
    return ExitCode::Ok;
}

int exportEvents(CliContext& cli)
{
    const auto format = es::EventExport::parseFormat(cli.value(QStringLiteral("format")));
    if (!format)
        return cli.usage(QStringLiteral("--format must be jsonl or csv"));
    auto filter = filterOf(cli);
    if (!filter)
        return cli.fail(filter.error());
    QFile file;
    const QString output = cli.value(QStringLiteral("output"));
    const bool opened =
        output.isEmpty() || output == QLatin1String("-")
            ? file.open(stdout, QIODevice::WriteOnly)
            : (file.setFileName(output), file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened)
        return cli.fail(Error::make(ErrorCode::WriteFailed,
                                    QStringLiteral("cannot write %1: %2").arg(output, file.errorString())));
    cli.out().flush();
    auto written = cli.withDatabase(
        [&](QSqlDatabase& db) { return es::EventExport::run(db, filter.value(), *format, file); });
    file.close();
    if (!written)
        return cli.fail(written.error());
    cli.err() << "exported " << CliContext::count(*written, QStringLiteral("event"), QStringLiteral("events"))
              << '\n';
    return ExitCode::Ok;
}

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("type"), QStringLiteral("Event type (tenant.created) or aggregate type (tenant)."),
         QStringLiteral("type")},
        {QStringLiteral("aggregate"), QStringLiteral("Only events of this aggregate id."),
         QStringLiteral("id")},
        {QStringLiteral("tenant"), QStringLiteral("Only events in this tenant (key or id)."),
         QStringLiteral("tenant")},
        {QStringLiteral("correlation"),
         QStringLiteral("Only events of one command, console action or migration (metadata.correlationId)."),
         QStringLiteral("id")},
        {QStringLiteral("payload"),
         QStringLiteral("Payload contains this JSON object, e.g. {\"email\":\"a@b.c\"}."),
         QStringLiteral("json")},
        {QStringLiteral("search"), QStringLiteral("key=value in the payload, or text it contains."),
         QStringLiteral("text")},
        {QStringLiteral("from"), QStringLiteral("Events at or after this ISO 8601 time."),
         QStringLiteral("time")},
        {QStringLiteral("until"), QStringLiteral("Events before this ISO 8601 time."),
         QStringLiteral("time")}};
}

} // namespace

void EventCommands::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("events tail"),
         {},
         QStringLiteral("Show the newest events, oldest first."),
         filterOptions() + QList<QCommandLineOption>{{QStringLiteral("limit"),
                                                      QStringLiteral("How many events (default 20)."),
                                                      QStringLiteral("n")}},
         tail});
    registry.add(
        {QStringLiteral("events export"),
         {},
         QStringLiteral("Write every event the filters match, oldest first, as JSON Lines or CSV."),
         filterOptions() +
             QList<QCommandLineOption>{
                 {QStringLiteral("format"), QStringLiteral("jsonl or csv."), QStringLiteral("format")},
                 {QStringLiteral("output"), QStringLiteral("File to write (default: stdout)."),
                  QStringLiteral("file")}},
         exportEvents});
}

} // namespace kumiko::cli
