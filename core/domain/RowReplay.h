#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kumiko::domain {

/// One stored event as replay reads it: texts as the server prints them, the payload parsed once.
struct ReplayEvent
{
    qint64 id = 0;
    std::string aggregateType;
    std::string tenantId; ///< stream tenant
    int version = 0;
    std::string type;
    nlohmann::json payload;
    std::string createdAt; ///< the server's text of created_at, which jsonb_populate_record reads back
    std::string createdBy;
};

/// Replays one aggregate's events into the read row they produce, as upstream's projections do.
class RowReplay
{
public:
    /// The read table of an aggregate type; empty for types without a projection here.
    static const QString& tableOf(std::string_view aggregateType);
    /// The read tables replay fills, in a fixed order.
    static QStringList tables();
    /// The row the events (one aggregate, in id order) leave behind, as column → value JSON that
    /// jsonb_populate_record() reads; nullopt when they never create it or end with a delete. The
    /// payloads' values move into the row.
    static std::optional<nlohmann::json> rowAfter(const std::string& aggregateId,
                                                  std::vector<ReplayEvent>&& events);
};

} // namespace kumiko::domain
