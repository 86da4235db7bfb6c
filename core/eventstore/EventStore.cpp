#include "eventstore/EventStore.h"

#include "db/CopyIn.h"
#include "db/LibpqHandle.h"
#include "db/LikePattern.h"
#include "db/Sql.h"
#include "db/SqlIdentifier.h"
#include "db/Transaction.h"

#include <optional>

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
const QString kEventColumns = EventStore::selectColumns();

QString text(const json& value)
{
    return QString::fromStdString(value.dump());
}

// The read-table columns of a batch: every stream names the same ones, none of the base columns the
// append fills in itself.
Result<QStringList> batchRowColumns(const std::vector<NewStream>& streams)
{
    static const QStringList base = {QStringLiteral("id"), QStringLiteral("version"),
                                     QStringLiteral("inserted_at"), QStringLiteral("inserted_by_id")};
    QStringList columns;
    std::vector<std::string> names;
    for (const auto& [column, value] : streams.front().rowColumns.items()) {
        if (base.contains(QString::fromStdString(column)))
            return Error::make(
                ErrorCode::InvalidArgument,
                QStringLiteral("the append fills in \"%1\" itself").arg(QString::fromStdString(column)));
        names.push_back(column);
        columns << QString::fromStdString(column);
    }
    for (const NewStream& s : streams) {
        bool same = s.rowColumns.is_object() && s.rowColumns.size() == names.size();
        for (size_t i = 0; same && i < names.size(); ++i)
            same = s.rowColumns.contains(names[i]);
        if (!same)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("stream %1 has other read-row columns than the first stream")
                                   .arg(s.aggregateId));
    }
    return columns;
}

// A JSON value as the text PostgreSQL reads for its column: strings as they are, null as NULL,
// everything else (numbers, booleans, jsonb objects) as JSON text.
void copyValue(db::CopyIn& copy, const json& value)
{
    if (value.is_null())
        copy.null();
    else if (value.is_string())
        copy.field(value.get_ref<const std::string&>());
    else
        copy.field(value.dump());
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

} // namespace

json EventStore::parseStoredJson(std::string_view stored)
{
    json value = json::parse(stored, nullptr, false);
    if (value.is_string()) {
        json inner = json::parse(value.get<std::string>(), nullptr, false);
        if (!inner.is_discarded())
            return inner;
    }
    return value.is_discarded() ? json() : value;
}

StoredEvent EventStore::fromRow(const db::SqlRows& rows)
{
    StoredEvent e;
    e.id = rows.value(0).toLongLong();
    e.aggregateId = rows.value(1).toString();
    e.aggregateType = rows.value(2).toString();
    e.tenantId = rows.value(3).toString();
    e.version = rows.value(4).toInt();
    e.type = rows.value(5).toString();
    e.eventVersion = rows.value(6).toInt();
    e.payload = parseStoredJson(rows.value(7).toString().toStdString());
    e.metadata = parseStoredJson(rows.value(8).toString().toStdString());
    e.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(9).toLongLong(), Qt::UTC);
    e.createdBy = rows.value(10).toString();
    return e;
}

namespace {

Result<std::vector<StoredEvent>> eventsOf(const QSqlDatabase& db, const QString& sql,
                                          const QVariantList& values)
{
    auto rows = Sql::exec(db, sql, values);
    if (!rows)
        return rows.error();
    std::vector<StoredEvent> events;
    while (rows->next())
        events.push_back(EventStore::fromRow(rows.value()));
    return events;
}

// The read-row part of the append statement, as a second CTE; appends its bound values.
Result<QString> effectCte(const ReadRowEffect& effect, QVariantList& values)
{
    if (effect.kind == ReadRowEffect::Kind::None)
        return QString();
    if (auto plain = db::SqlIdentifier::check({effect.table}); !plain)
        return plain.error();
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
            if (auto plain = db::SqlIdentifier::check({name}); !plain)
                return plain.error();
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
            return Error::make(ErrorCode::IdempotencyConflict,
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
                ErrorCode::DuplicateKey,
                QStringLiteral("%1 \"%2\" is already taken").arg(effect.uniqueColumn, uniqueValue.toString()),
                effect.uniqueColumn);
    }
    return Error::make(ErrorCode::VersionConflict,
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
    if ((effect.kind == ReadRowEffect::Kind::Update || effect.kind == ReadRowEffect::Kind::Delete) &&
        effect.expectedRowVersion > 0) {
        if (auto plain = db::SqlIdentifier::check({effect.table}); !plain)
            return plain.error();
        guards << QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE id = ?::uuid AND version = ?::int)")
                      .arg(effect.table);
        values << event.aggregateId << effect.expectedRowVersion;
    }
    QVariant uniqueValue;
    if (effect.kind == ReadRowEffect::Kind::Insert && !effect.uniqueColumn.isEmpty()) {
        if (auto plain = db::SqlIdentifier::check({effect.table, effect.uniqueColumn}); !plain)
            return plain.error();
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
        if (e.code == ErrorCode::UniqueViolation) {
            e.code = ErrorCode::VersionConflict;
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
                                                       const std::vector<NewStream>& streams)
{
    if (streams.empty())
        return BatchAppendResult{};
    auto columns = batchRowColumns(streams);
    if (!columns)
        return columns.error();
    if (auto plain = db::SqlIdentifier::check(QStringList(columns.value()) << readTable); !plain)
        return plain.error();
    // Two COPYs must land together: without the caller's transaction, this call brings its own.
    std::optional<db::Transaction> own;
    if (!db::LibpqHandle::inTransaction(db)) {
        own.emplace(db);
        if (auto begun = own->begin(); !begun)
            return begun.error();
    }
    // The notification is transactional: it reaches listeners at commit, or never. The one
    // timestamp makes a row's inserted_at equal its event's created_at (timestamp(3), as upstream).
    auto now = Sql::scalar(db, QStringLiteral("SELECT now()::timestamp(3) with time zone::text, "
                                              "pg_notify('kumiko_events_new', '')"));
    if (!now)
        return now.error();
    const std::string createdAt = now->toString().toStdString();
    db::CopyIn events(QStringLiteral("kumiko_events"),
                      {QStringLiteral("aggregate_id"), QStringLiteral("aggregate_type"),
                       QStringLiteral("tenant_id"), QStringLiteral("version"), QStringLiteral("type"),
                       QStringLiteral("event_version"), QStringLiteral("payload"), QStringLiteral("metadata"),
                       QStringLiteral("created_at"), QStringLiteral("created_by")});
    db::CopyIn rows(readTable, QStringList{QStringLiteral("id"), QStringLiteral("version"),
                                           QStringLiteral("inserted_at"), QStringLiteral("inserted_by_id")}
                                   << columns.value());
    const std::string type = aggregateType.toStdString();
    constexpr std::string_view kVersionOne = "1";
    BatchAppendResult result;
    result.appendedIds.reserve(streams.size());
    for (const NewStream& s : streams) {
        const std::string id = s.aggregateId.toStdString();
        const std::string author = createdBy(s.metadata).toStdString();
        events.field(id);
        events.field(type);
        events.field(s.tenantId);
        events.field(kVersionOne);
        events.field(s.type);
        events.field(kVersionOne);
        events.field(s.payload.dump());
        events.field(s.metadata.dump());
        events.field(createdAt);
        events.field(author);
        events.endRow();
        rows.field(id);
        rows.field(kVersionOne);
        rows.field(createdAt);
        rows.field(author);
        for (const auto& [column, value] : s.rowColumns.items())
            copyValue(rows, value);
        rows.endRow();
        result.appendedIds.push_back(s.aggregateId);
    }
    for (const db::CopyIn* copy : {&events, &rows}) {
        if (auto sent = copy->send(db); !sent) {
            Error e = sent.error();
            if (e.code == ErrorCode::UniqueViolation)
                e.code = ErrorCode::VersionConflict;
            return e;
        }
    }
    if (own)
        if (auto committed = own->commit(); !committed)
            return committed.error();
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

QString EventStore::selectColumns()
{
    return QStringLiteral("id, aggregate_id::text, aggregate_type, tenant_id::text, version, type, "
                          "event_version, payload::text, metadata::text, "
                          "(extract(epoch FROM created_at) * 1000)::bigint, created_by");
}

Result<EventPage> EventStore::read(const QSqlDatabase& db, const EventFilter& filter)
{
    // Only the conditions given appear: each combination is its own statement, planned for it, so an
    // index that fits (tenant, aggregate, primary key) is used; no "? IS NULL OR …" hides it.
    QStringList where{QStringLiteral("true")};
    QVariantList values;
    const auto add = [&](bool given, const QString& condition, const QVariant& value) {
        if (!given)
            return;
        where << condition;
        values << value;
    };
    if (!filter.payloadContains.isEmpty() &&
        !nlohmann::json::parse(filter.payloadContains.toStdString(), nullptr, false).is_object())
        return Error::make(
            ErrorCode::InvalidFilter,
            QStringLiteral("the payload filter must be a JSON object such as {\"email\":\"a@b.c\"}"),
            QStringLiteral("payload"));
    add(filter.afterId != 0, QStringLiteral("id > ?::bigint"), filter.afterId);
    add(filter.beforeId != 0, QStringLiteral("id < ?::bigint"), filter.beforeId);
    add(!filter.aggregateType.isEmpty(), QStringLiteral("aggregate_type = ?::text"), filter.aggregateType);
    add(!filter.type.isEmpty(), QStringLiteral("type = ?::text"), filter.type);
    add(!filter.tenantId.isEmpty(), QStringLiteral("tenant_id = ?::uuid"), filter.tenantId);
    add(!filter.tenantKey.isEmpty(),
        QStringLiteral("tenant_id = (SELECT id FROM read_tenants WHERE key = ?::text)"), filter.tenantKey);
    add(!filter.aggregateId.isEmpty(), QStringLiteral("aggregate_id = ?::uuid"), filter.aggregateId);
    add(filter.from.isValid(), QStringLiteral("created_at >= ?::timestamptz"),
        filter.from.toUTC().toString(Qt::ISODateWithMs));
    add(filter.to.isValid(), QStringLiteral("created_at < ?::timestamptz"),
        filter.to.toUTC().toString(Qt::ISODateWithMs));
    add(!filter.correlationId.isEmpty(), QStringLiteral("metadata ->> 'correlationId' = ?::text"),
        filter.correlationId);
    add(!filter.payloadContains.isEmpty(), QStringLiteral("payload @> ?::jsonb"), filter.payloadContains);
    // `key=value` names a member (of the payload, its changes or its previous row); anything else is
    // searched for in the payload's text.
    const qsizetype equals = filter.payloadText.indexOf(QLatin1Char('='));
    const QString memberKey = equals > 0 ? filter.payloadText.left(equals).trimmed() : QString();
    const QString memberValue = equals > 0 ? filter.payloadText.mid(equals + 1).trimmed() : QString();
    if (!memberKey.isEmpty()) {
        where << QStringLiteral("(payload->>?::text = ?::text OR payload->'changes'->>?::text = ?::text "
                                "OR payload->'previous'->>?::text = ?::text)");
        values << memberKey << memberValue << memberKey << memberValue << memberKey << memberValue;
    } else if (!filter.payloadText.trimmed().isEmpty()) {
        add(true, QStringLiteral("payload::text ILIKE ?::text"),
            db::LikePattern::containing(filter.payloadText.trimmed()));
    }
    const int limit = qBound(1, filter.limit, 10000);
    values << limit + 1;
    const QString sql = QStringLiteral("SELECT %1 FROM kumiko_events WHERE %2 ORDER BY id %3 LIMIT ?::int")
                            .arg(kEventColumns, where.join(QStringLiteral(" AND ")),
                                 filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    auto events = eventsOf(db, sql, values);
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
