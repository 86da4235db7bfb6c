#include "config/RevealAudit.h"

#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSysInfo>

namespace kumiko::config {
namespace {

using Json = nlohmann::json;

QVariant uuidOrNull(const QString& id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
}

Json textOrNull(const QString& text)
{
    return text.isEmpty() ? Json() : Json(text.toStdString());
}

} // namespace

Json RevealRecord::toJson() const
{
    return {{"id", id},
            {"revealedAt", revealedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()},
            {"revealedById", revealedById.toStdString()},
            {"revealedBy", revealedBy.toStdString()},
            {"via", via.toStdString()},
            {"key", key.toStdString()},
            {"tenantId", textOrNull(tenantId)},
            {"userId", textOrNull(userId)},
            {"databaseUser", databaseUser.toStdString()},
            {"hostName", textOrNull(hostName)}};
}

Json RevealPage::toJson() const
{
    Json list = Json::array();
    for (const RevealRecord& reveal : reveals)
        list.push_back(reveal.toJson());
    return {{"reveals", list}, {"nextAfter", nextAfter > 0 ? Json(nextAfter) : Json()}};
}

Status RevealAudit::record(const QSqlDatabase& db, const domain::Actor& actor,
                           const QList<RevealRecord>& reveals)
{
    db::Transaction transaction(db);
    if (Status ok = transaction.begin(); !ok)
        return ok;
    for (const RevealRecord& reveal : reveals) {
        if (Status ok = db::Sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO kumiko_admin_reveal_audit (revealed_by_id, revealed_by, via, "
                    "config_key, tenant_id, user_id, host_name) VALUES (?::uuid, COALESCE(NULLIF(?, "
                    "''), (SELECT email FROM read_users WHERE id = ?::uuid), 'system'), ?, ?, "
                    "?::uuid, ?::uuid, ?)"),
                {actor.userId, reveal.revealedBy, actor.userId, reveal.via, reveal.key,
                 uuidOrNull(reveal.tenantId), uuidOrNull(reveal.userId), QSysInfo::machineHostName()});
            !ok)
            return ok;
    }
    return transaction.commit();
}

Result<RevealPage> RevealAudit::list(const QSqlDatabase& db, int limit, qint64 afterId)
{
    // One row more than asked tells whether an older page exists.
    auto rows = db::Sql::exec(
        db,
        QStringLiteral("SELECT reveal_id, to_char(revealed_at AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), revealed_by_id::text, revealed_by, via, "
                       "config_key, tenant_id::text, user_id::text, database_user, host_name "
                       "FROM kumiko_admin_reveal_audit WHERE (? = 0 OR reveal_id < ?) "
                       "ORDER BY reveal_id DESC LIMIT ?"),
        {afterId, afterId, limit + 1});
    if (!rows)
        return rows.error();
    RevealPage page;
    while (rows->next()) {
        if (page.reveals.size() == limit) {
            page.nextAfter = page.reveals.last().id;
            break;
        }
        RevealRecord reveal;
        reveal.id = rows->value(0).toLongLong();
        reveal.revealedAt = QDateTime::fromString(rows->value(1).toString(), Qt::ISODateWithMs);
        reveal.revealedById = rows->value(2).toString();
        reveal.revealedBy = rows->value(3).toString();
        reveal.via = rows->value(4).toString();
        reveal.key = rows->value(5).toString();
        reveal.tenantId = rows->value(6).toString();
        reveal.userId = rows->value(7).toString();
        reveal.databaseUser = rows->value(8).toString();
        reveal.hostName = rows->value(9).toString();
        page.reveals.append(reveal);
    }
    return page;
}

} // namespace kumiko::config
