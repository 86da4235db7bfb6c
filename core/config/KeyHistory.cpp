#include "config/KeyHistory.h"

#include "config/EnvelopeCipher.h"
#include "db/Sql.h"

namespace kumiko::config {
namespace {

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

} // namespace

Result<KeyHistoryPage> KeyHistory::read(const QSqlDatabase& db, const QString& key, int limit,
                                        qint64 afterEventId)
{
    // Only a row's first event names its key; the others are found through its aggregate id. One row
    // more than asked tells whether an older page exists.
    auto rows = db::Sql::exec(
        db,
        QStringLiteral(
            "WITH value_rows AS (SELECT aggregate_id, payload->>'tenantId' AS tenant_id, "
            "payload->>'userId' AS user_id FROM kumiko_events WHERE aggregate_type = 'config-value' "
            "AND type = 'config-value.created' AND payload->>'key' = ?) "
            "SELECT e.id, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            "split_part(e.type, '.', 2), e.created_by, by_user.email, r.tenant_id, t.key, r.user_id, "
            "row_user.email, "
            "CASE WHEN e.type = 'config-value.created' THEN NULL ELSE e.payload->'previous'->>'value' END, "
            "CASE WHEN e.type = 'config-value.created' THEN e.payload->>'value' "
            "WHEN e.type = 'config-value.updated' THEN e.payload->'changes'->>'value' END "
            "FROM kumiko_events e JOIN value_rows r ON r.aggregate_id = e.aggregate_id "
            "LEFT JOIN read_users by_user ON by_user.id::text = e.created_by "
            "LEFT JOIN read_tenants t ON t.id::text = r.tenant_id "
            "LEFT JOIN read_users row_user ON row_user.id::text = r.user_id "
            "WHERE e.aggregate_type = 'config-value' AND (? = 0 OR e.id < ?) ORDER BY e.id DESC LIMIT ?"),
        {key, afterEventId, afterEventId, limit + 1});
    if (!rows)
        return rows.error();
    KeyHistoryPage page;
    while (rows->next()) {
        if (page.changes.size() == limit) {
            page.nextAfter = page.changes.last().eventId;
            break;
        }
        KeyChange change;
        change.eventId = rows->value(0).toLongLong();
        change.at = QDateTime::fromString(rows->value(1).toString(), Qt::ISODateWithMs);
        change.verb = rows->value(2).toString();
        change.byId = rows->value(3).toString();
        change.byName = rows->value(4).toString();
        change.tenantId = rows->value(5).toString();
        change.tenantKey = rows->value(6).toString();
        change.userId = rows->value(7).toString();
        change.userEmail = rows->value(8).toString();
        change.oldValue = optionalText(rows->value(9));
        change.newValue = optionalText(rows->value(10));
        change.encrypted = EnvelopeCipher::isEnvelope(change.oldValue.value_or(QString())) ||
                           EnvelopeCipher::isEnvelope(change.newValue.value_or(QString()));
        page.changes.append(change);
    }
    return page;
}

} // namespace kumiko::config
