#include "EventCommands.h"

#include "CliContext.h"
#include "eventstore/EventStore.h"
#include "eventstore/SecretPayload.h"

#include <QUuid>

namespace kumiko::cli {
namespace {

using nlohmann::json;

int tail(CliContext& cli)
{
    es::EventFilter filter;
    filter.newestFirst = true;
    filter.limit = 20;
    if (cli.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = cli.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 10000)
            return cli.usage(QStringLiteral("--limit must be a number from 1 to 10000"));
    }
    // "tenant.created" names an event type, "tenant" an aggregate type.
    const QString type = cli.value(QStringLiteral("type"));
    (type.contains(QLatin1Char('.')) ? filter.type : filter.aggregateType) = type;
    filter.aggregateId = cli.value(QStringLiteral("aggregate"));
    if (!filter.aggregateId.isEmpty() && QUuid::fromString(filter.aggregateId).isNull())
        return cli.usage(QStringLiteral("--aggregate must be a uuid"));
    filter.correlationId = cli.value(QStringLiteral("correlation"));
    if (!filter.correlationId.isEmpty() && QUuid::fromString(filter.correlationId).isNull())
        return cli.usage(QStringLiteral("--correlation must be a uuid"));
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

} // namespace

void EventCommands::registerInto(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("events tail"),
         {},
         QStringLiteral("Show the newest events, oldest first."),
         {{QStringLiteral("type"), QStringLiteral("Event type (tenant.created) or aggregate type (tenant)."),
           QStringLiteral("type")},
          {QStringLiteral("aggregate"), QStringLiteral("Only events of this aggregate id."),
           QStringLiteral("id")},
          {QStringLiteral("correlation"),
           QStringLiteral(
               "Only events of one command, console action or migration (metadata.correlationId)."),
           QStringLiteral("id")},
          {QStringLiteral("limit"), QStringLiteral("How many events (default 20)."), QStringLiteral("n")}},
         tail});
}

} // namespace kumiko::cli
