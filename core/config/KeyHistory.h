#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kumiko::config {

/// One event of a config key's values: who changed which row when, from what to what.
struct KeyChange
{
    qint64 eventId = 0;
    QDateTime at;     ///< UTC
    QString verb;     ///< created, updated or deleted
    QString byId;     ///< the event's created_by
    QString byName;   ///< that user's e-mail; empty when unknown (e.g. the system user)
    QString tenantId; ///< the row's tenant (the system tenant for system rows)
    QString tenantKey;
    QString userId; ///< empty for system and tenant rows
    QString userEmail;
    std::optional<QString> oldValue; ///< stored text (an envelope for encrypted keys); empty: none
    std::optional<QString> newValue;
    bool encrypted = false; ///< the values are envelopes: show them masked
};

/// One page of a key's history, newest first.
struct KeyHistoryPage
{
    QList<KeyChange> changes;
    qint64 nextAfter = 0; ///< pass as `afterEventId` for the next (older) page; 0 when this is the last
};

/// The history of one config key across every tenant and user: its `config-value.*` events.
class KeyHistory
{
public:
    /// Up to `limit` events of `key`, newest first; with `afterEventId` > 0 only older ones (keyset).
    static Result<KeyHistoryPage> read(const QSqlDatabase& db, const QString& key, int limit,
                                       qint64 afterEventId = 0);
};

} // namespace kumiko::config
