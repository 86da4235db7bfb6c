#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <nlohmann/json.hpp>

namespace kumiko::config {

/// One display of a decrypted config value: who, which key, in which context, when (never the value).
struct RevealRecord
{
    static QString viaCli() { return QStringLiteral("cli"); }
    static QString viaGui() { return QStringLiteral("gui"); }

    qint64 id = 0;
    QDateTime revealedAt; ///< UTC; set by the database
    QString revealedById; ///< the actor's user id; set from the actor
    QString revealedBy;   ///< who, by name: as given, else the actor's e-mail (else "system")
    QString via;          ///< viaCli() or viaGui()
    QString key;          ///< qualified config key
    QString tenantId;     ///< the context shown; empty for none
    QString userId;
    QString databaseUser; ///< set by the database
    QString hostName;     ///< set from this machine

    /// `{"id", "revealedAt", "revealedById", "revealedBy", "via", "key", "tenantId", "userId",
    /// "databaseUser", "hostName"}`; empty ids are null.
    nlohmann::json toJson() const;
};

/// One page of the audit, newest first.
struct RevealPage
{
    QList<RevealRecord> reveals;
    qint64 nextAfter = 0; ///< pass as `afterId` for the next (older) page; 0 when this is the last

    /// `{"reveals": [RevealRecord::toJson()…], "nextAfter": id | null}`
    nlohmann::json toJson() const;
};

/// The console's record of every reveal of an encrypted config value (kumiko_admin_reveal_audit).
class RevealAudit
{
public:
    /// Records `reveals` as done by `actor` (its user id; its e-mail from read_users where a reveal names
    /// nobody), in one transaction of its own.
    static Status record(const QSqlDatabase& db, const domain::Actor& actor,
                         const QList<RevealRecord>& reveals);
    /// Up to `limit` reveals, newest first; with `afterId` > 0 only those older than that id (keyset).
    static Result<RevealPage> list(const QSqlDatabase& db, int limit, qint64 afterId = 0);
};

} // namespace kumiko::config
