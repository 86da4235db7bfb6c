#pragma once

#include "eventstore/EventTypes.h"

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace kumiko::domain {

/// Replays one aggregate's events into the read row they produce, as upstream's projections do.
class RowReplay
{
public:
    /// The read table of an aggregate type; empty for types without a projection here.
    static QString tableOf(const QString& aggregateType);
    /// The read tables replay fills, in a fixed order.
    static QStringList tables();
    /// The row the events (one aggregate, in id order) leave behind, as column → value JSON that
    /// jsonb_populate_record() reads; nullopt when they never create it or end with a delete.
    static std::optional<nlohmann::json> rowAfter(const std::vector<es::StoredEvent>& events);
};

} // namespace kumiko::domain
