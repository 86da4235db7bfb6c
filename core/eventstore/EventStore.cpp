#include "eventstore/EventStore.h"

#include "db/Sql.h"

#include <QRegularExpression>

namespace kumiko::es {
namespace {

using db::Sql;
using nlohmann::json;

const QString kInsertHead = QStringLiteral(
    "WITH ev AS (INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
    "event_version, payload, metadata, created_by) "
    "SELECT ?::uuid, ?, ?::uuid, ?::int + 1, ?, 1, ?::jsonb, ?::jsonb, ? ");
const QString kReturning = QStringLiteral(" RETURNING id, aggregate_id, version, created_at, created_by)");
const QString kSelectAppended =
    QStringLiteral(" SELECT ev.id, ev.version, (extract(epoch FROM ev.created_at) * 1000)::bigint, "
                   "(SELECT count(*) FROM (SELECT pg_notify('kumiko_events_new', '')) n) FROM ev");
const QString kEventColumns = QStringLiteral(
    "id, aggregate_id::text, aggregate_type, tenant_id::text, version, type, event_version, payload::text, "
    "metadata::text, (extract(epoch FROM created_at) * 1000)::bigint, created_by");

// Identifiers are spliced into SQL, so they must come from code and look like plain names.
bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

Error invalidIdentifier(const QString& name)
{
    return Error::make(QStringLiteral("invalid_argument"),
                       QStringLiteral("\"%1\" is not a plain table or column name").arg(name));
}

QString text(const json& value)
{
    return QString::fromStdString(value.dump());
}

QString createdBy(const json& metadata)
{
    const auto it = metadata.find("userId");
    return it != metadata.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                   : QString();
}

QString idempotencyKey(const json& metadata)
{
    const auto it = metadata.find("idempotencyKey");
    return it != metadata.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                   : QString();
}

// Older upstream versions stored payload/metadata double-encoded (a jsonb string holding JSON text).
json parseStoredJson(const QString& stored)
{
    json value = json::parse(stored.toStdString(), nullptr, false);
    if (value.is_string()) {
        json inner = json::parse(value.get<std::string>(), nullptr, false);
        if (!inner.is_discarded())
            return inner;
    }
    return value.is_discarded() ? json() : value;
}

StoredEvent eventFromRow(db::SqlRows& rows)
{
    StoredEvent e;
    e.id = rows.value(0).toLongLong();
    e.aggregateId = rows.value(1).toString();
    e.aggregateType = rows.value(2).toString();
    e.tenantId = rows.value(3).toString();
    e.version = rows.value(4).toInt();
    e.type = rows.value(5).toString();
    e.eventVersion = rows.value(6).toInt();
    e.payload = parseStoredJson(rows.value(7).toString());
    e.metadata = parseStoredJson(rows.value(8).toString());
    e.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(9).toLongLong(), Qt::UTC);
    e.createdBy = rows.value(10).toString();
    return e;
}

Result<std::vector<StoredEvent>> eventsOf(const QSqlDatabase& db, const QString& sql,
                                          const QVariantList& values)
{
    auto rows = Sql::exec(db, sql, values);
    if (!rows)
        return rows.error();
    std::vector<StoredEvent> events;
    while (rows->next())
        events.push_back(eventFromRow(rows.value()));
    return events;
}

// The read-row part of the append statement, as a second CTE; appends its bound values.
Result<QString> effectCte(const ReadRowEffect& effect, QVariantList& values)
{
    if (effect.kind == ReadRowEffect::Kind::None)
        return QString();
    if (!isIdentifier(effect.table))
        return invalidIdentifier(effect.table);
    const QString& t = effect.table;
    switch (effect.kind) {
    case ReadRowEffect::Kind::Insert:
        values << text(effect.columns);
        return QStringLiteral(", r AS (INSERT INTO %1 SELECT p.* FROM ev CROSS JOIN LATERAL "
                              "jsonb_populate_record(NULL::%1, ?::jsonb || jsonb_build_object('id', "
                              "ev.aggregate_id, 'version', ev.version, 'inserted_at', ev.created_at, "
                              "'inserted_by_id', ev.created_by)) p RETURNING 1)")
            .arg(t);
    case ReadRowEffect::Kind::Update: {
        QString assignments;
        for (const auto& [column, value] : effect.columns.items()) {
            const QString name = QString::fromStdString(column);
            if (!isIdentifier(name))
                return invalidIdentifier(name);
            assignments += QStringLiteral("%1 = p.%1, ").arg(name);
        }
        values << text(effect.columns);
        return QStringLiteral(
                   ", r AS (UPDATE %1 t SET %2version = ev.version, modified_at = ev.created_at, "
                   "modified_by_id = ev.created_by FROM ev, jsonb_populate_record(NULL::%1, ?::jsonb) p "
                   "WHERE t.id = ev.aggregate_id RETURNING 1)")
            .arg(t, assignments);
    }
    case ReadRowEffect::Kind::Delete:
        return QStringLiteral(", r AS (DELETE FROM %1 t USING ev WHERE t.id = ev.aggregate_id RETURNING 1)")
            .arg(t);
    case ReadRowEffect::Kind::None:
        break;
    }
    return QString();
}

// The batch as ONE JSON array text, written directly: building a json tree of copies first would
// double the client's work for large seeds.
QString batchInput(const std::vector<NewStream>& streams)
{
    std::string out;
    out.reserve(streams.size() * 512);
    out += '[';
    for (const NewStream& s : streams) {
        if (out.size() > 1)
            out += ',';
        out += R"({"aggregate_id":)" + json(s.aggregateId.toStdString()).dump();
        out += R"(,"tenant_id":)" + json(s.tenantId.toStdString()).dump();
        out += R"(,"type":)" + json(s.type.toStdString()).dump();
        out += R"(,"payload":)" + s.payload.dump();
        out += R"(,"metadata":)" + s.metadata.dump();
        out += R"(,"created_by":)" + json(createdBy(s.metadata).toStdString()).dump();
        out += R"(,"row":)" + s.rowColumns.dump() + '}';
    }
    out += ']';
    return QString::fromStdString(out);
}

// Nothing was appended although no statement failed: find out which guard said no.
Error refusal(const QSqlDatabase& db, const NewEvent& event, const ReadRowEffect& effect,
              const QVariant& uniqueValue)
{
    const QString key = idempotencyKey(event.metadata);
    if (!key.isEmpty()) {
        auto used =
            Sql::scalar(db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM kumiko_events WHERE tenant_id = ?::uuid "
                                       "AND metadata->>'idempotencyKey' = ?)"),
                        {event.tenantId, key});
        if (!used)
            return used.error();
        if (used->toBool())
            return Error::make(QStringLiteral("idempotency_conflict"),
                               QStringLiteral("idempotency key \"%1\" was already used in tenant %2")
                                   .arg(key, event.tenantId),
                               QStringLiteral("idempotencyKey"));
    }
    if (uniqueValue.isValid()) {
        auto taken = Sql::scalar(db,
                                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 = ?)")
                                     .arg(effect.table, effect.uniqueColumn),
                                 {uniqueValue});
        if (!taken)
            return taken.error();
        if (taken->toBool())
            return Error::make(
                QStringLiteral("duplicate_key"),
                QStringLiteral("%1 \"%2\" is already taken").arg(effect.uniqueColumn, uniqueValue.toString()),
                effect.uniqueColumn);
    }
    return Error::make(QStringLiteral("version_conflict"),
                       QStringLiteral("version conflict for %1 %2: expected version %3 in tenant %4")
                           .arg(event.aggregateType, event.aggregateId)
                           .arg(event.expectedVersion)
                           .arg(event.tenantId));
}

} // namespace

nlohmann::json StoredEvent::toJson() const
{
    return {{"id", id},
            {"aggregate_id", aggregateId.toStdString()},
            {"aggregate_type", aggregateType.toStdString()},
            {"tenant_id", tenantId.toStdString()},
            {"version", version},
            {"type", type.toStdString()},
            {"event_version", eventVersion},
            {"payload", payload},
            {"metadata", metadata},
            {"created_at", createdAt.toString(Qt::ISODateWithMs).toStdString()},
            {"created_by", createdBy.toStdString()}};
}

Result<StoredEvent> EventStore::append(const QSqlDatabase& db, const NewEvent& event,
                                       const ReadRowEffect& effect)
{
    const QString author = createdBy(event.metadata);
    QVariantList values{event.aggregateId, event.aggregateType, event.tenantId,       event.expectedVersion,
                        event.type,        text(event.payload), text(event.metadata), author};
    QStringList guards;
    if (event.expectedVersion == 0) {
        guards << QStringLiteral("NOT EXISTS (SELECT 1 FROM kumiko_events WHERE tenant_id = ?::uuid AND "
                                 "aggregate_id = ?::uuid)");
    } else {
        guards << QStringLiteral("EXISTS (SELECT 1 FROM kumiko_events WHERE tenant_id = ?::uuid AND "
                                 "aggregate_id = ?::uuid AND version = ?::int)");
    }
    values << event.tenantId << event.aggregateId;
    if (event.expectedVersion != 0)
        values << event.expectedVersion;
    const QString key = idempotencyKey(event.metadata);
    if (!key.isEmpty()) {
        guards << QStringLiteral("NOT EXISTS (SELECT 1 FROM kumiko_events WHERE tenant_id = ?::uuid AND "
                                 "metadata->>'idempotencyKey' = ?)");
        values << event.tenantId << key;
    }
    QVariant uniqueValue;
    if (effect.kind == ReadRowEffect::Kind::Insert && !effect.uniqueColumn.isEmpty()) {
        if (!isIdentifier(effect.table))
            return invalidIdentifier(effect.table);
        if (!isIdentifier(effect.uniqueColumn))
            return invalidIdentifier(effect.uniqueColumn);
        guards << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE %2 = ?)")
                      .arg(effect.table, effect.uniqueColumn);
        const json value = effect.columns.value(effect.uniqueColumn.toStdString(), json());
        uniqueValue = value.is_string() ? QString::fromStdString(value.get<std::string>()) : text(value);
        values << uniqueValue;
    }
    auto cte = effectCte(effect, values);
    if (!cte)
        return cte.error();
    const QString sql = kInsertHead + QStringLiteral("WHERE ") + guards.join(QStringLiteral(" AND ")) +
                        kReturning + *cte + kSelectAppended;
    auto rows = Sql::exec(db, sql, values);
    if (!rows) {
        Error e = rows.error();
        if (e.code == QLatin1String("unique_violation")) {
            e.code = QStringLiteral("version_conflict");
            e.message = QStringLiteral("a concurrent writer appended to %1 %2 first: %3")
                            .arg(event.aggregateType, event.aggregateId, e.message);
        }
        return e;
    }
    if (!rows->next())
        return refusal(db, event, effect, uniqueValue);
    StoredEvent stored;
    stored.id = rows->value(0).toLongLong();
    stored.version = rows->value(1).toInt();
    stored.createdAt = QDateTime::fromMSecsSinceEpoch(rows->value(2).toLongLong(), Qt::UTC);
    stored.aggregateId = event.aggregateId;
    stored.aggregateType = event.aggregateType;
    stored.tenantId = event.tenantId;
    stored.type = event.type;
    stored.payload = event.payload;
    stored.metadata = event.metadata;
    stored.createdBy = author;
    return stored;
}

Result<BatchAppendResult> EventStore::appendNewStreams(const QSqlDatabase& db, const QString& aggregateType,
                                                       const QString& readTable,
                                                       const std::vector<NewStream>& streams,
                                                       bool skipExistingStreams)
{
    if (!isIdentifier(readTable))
        return invalidIdentifier(readTable);
    if (streams.empty())
        return BatchAppendResult{};
    const QString skip =
        skipExistingStreams
            ? QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM kumiko_events e WHERE e.tenant_id = "
                             "x.tenant_id AND e.aggregate_id = x.aggregate_id)")
            : QString();
    // The read rows come from the input, not from a join with the inserted events: the planner
    // cannot estimate jsonb_to_recordset and picked a nested loop (10,000 × 10,000). A row's
    // inserted_at equals its event's created_at because both are the transaction's now() at
    // millisecond precision (the events column is timestamp(3)).
    const QString sql =
        QStringLiteral(
            "WITH i AS MATERIALIZED (SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(aggregate_id uuid, "
            "tenant_id uuid, type text, payload jsonb, metadata jsonb, created_by text, \"row\" jsonb)%2), "
            "ev AS (INSERT INTO kumiko_events (aggregate_id, aggregate_type, tenant_id, version, type, "
            "event_version, payload, metadata, created_by) SELECT i.aggregate_id, ?, i.tenant_id, 1, i.type, "
            "1, "
            "i.payload, i.metadata, i.created_by FROM i RETURNING id, aggregate_id), "
            "r AS (INSERT INTO %1 SELECT p.* FROM i CROSS JOIN LATERAL jsonb_populate_record(NULL::%1, "
            "i.\"row\" || jsonb_build_object('id', i.aggregate_id, 'version', 1, 'inserted_at', "
            "now()::timestamp(3) with time zone, 'inserted_by_id', i.created_by)) p RETURNING 1) "
            "SELECT string_agg(ev.aggregate_id::text, ',' ORDER BY ev.id), "
            "(SELECT count(*) FROM r), "
            "(SELECT count(*) FROM (SELECT pg_notify('kumiko_events_new', '') FROM ev LIMIT 1) n) FROM ev")
            .arg(readTable, skip);
    auto rows = Sql::exec(db, sql, {batchInput(streams), aggregateType});
    if (!rows) {
        Error e = rows.error();
        if (e.code == QLatin1String("unique_violation"))
            e.code = QStringLiteral("version_conflict");
        return e;
    }
    BatchAppendResult result;
    if (rows->next() && !rows->isNull(0)) {
        const QStringList ids = rows->value(0).toString().split(QLatin1Char(','));
        result.appendedIds.assign(ids.begin(), ids.end());
    }
    return result;
}

Result<std::vector<StoredEvent>> EventStore::loadStream(const QSqlDatabase& db, const QString& tenantId,
                                                        const QString& aggregateId)
{
    return eventsOf(
        db,
        QStringLiteral("SELECT %1 FROM kumiko_events WHERE tenant_id = ?::uuid AND aggregate_id = ?::uuid "
                       "ORDER BY version")
            .arg(kEventColumns),
        {tenantId, aggregateId});
}

Result<std::optional<StoredEvent>> EventStore::firstEvent(const QSqlDatabase& db, const QString& aggregateId)
{
    auto events =
        eventsOf(db,
                 QStringLiteral("SELECT %1 FROM kumiko_events WHERE aggregate_id = ?::uuid AND version = 1 "
                                "ORDER BY id LIMIT 1")
                     .arg(kEventColumns),
                 {aggregateId});
    if (!events)
        return events.error();
    if (events->empty())
        return std::optional<StoredEvent>();
    return std::optional<StoredEvent>(events->front());
}

Result<int> EventStore::streamVersion(const QSqlDatabase& db, const QString& tenantId,
                                      const QString& aggregateId)
{
    auto version =
        Sql::scalar(db,
                    QStringLiteral("SELECT coalesce(max(version), 0) FROM kumiko_events WHERE tenant_id = "
                                   "?::uuid AND aggregate_id = ?::uuid"),
                    {tenantId, aggregateId});
    if (!version)
        return version.error();
    return version->toInt();
}

Result<EventPage> EventStore::read(const QSqlDatabase& db, const EventFilter& filter)
{
    const auto optional = [](const QString& value) {
        return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    };
    const auto optionalTime = [](const QDateTime& value) {
        return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                               : QVariant(QMetaType(QMetaType::QString));
    };
    const int limit = qBound(1, filter.limit, 10000);
    const QString keyset = filter.newestFirst ? QStringLiteral("(?::bigint = 0 OR id < ?::bigint)")
                                              : QStringLiteral("(?::bigint = 0 OR id > ?::bigint)");
    const qint64 cursor = filter.newestFirst ? filter.beforeId : filter.afterId;
    const QString sql =
        QStringLiteral(
            "SELECT %1 FROM kumiko_events WHERE %2 "
            "AND (?::text IS NULL OR aggregate_type = ?::text) AND (?::text IS NULL OR type = ?::text) "
            "AND (?::uuid IS NULL OR tenant_id = ?::uuid) AND (?::uuid IS NULL OR aggregate_id = ?::uuid) "
            "AND (?::timestamptz IS NULL OR created_at >= ?::timestamptz) "
            "AND (?::timestamptz IS NULL OR created_at < ?::timestamptz) ORDER BY id %3 LIMIT ?::int")
            .arg(kEventColumns, keyset, filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    const QVariant type = optional(filter.aggregateType), eventType = optional(filter.type),
                   tenant = optional(filter.tenantId), aggregate = optional(filter.aggregateId),
                   from = optionalTime(filter.from), to = optionalTime(filter.to);
    auto events = eventsOf(db, sql,
                           {cursor, cursor, type, type, eventType, eventType, tenant, tenant, aggregate,
                            aggregate, from, from, to, to, limit + 1});
    if (!events)
        return events.error();
    EventPage page;
    page.events = std::move(events.value());
    if (qsizetype(page.events.size()) > limit) {
        page.events.resize(limit);
        page.nextCursor = page.events.back().id;
    }
    return page;
}

} // namespace kumiko::es
