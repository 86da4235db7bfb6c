#pragma once

#include <QDateTime>
#include <QString>

namespace kumiko {

/// UTC instants between the database and the outputs without QDateTime's time-zone work, which costs
/// more than anything else when thousands of rows carry a timestamp.
class UtcTime
{
public:
    /// As Qt::ISODateWithMs of the UTC time: `2026-01-31T09:05:00.123Z`; empty for an invalid time.
    static QString iso(const QDateTime& time);
    /// SQL reading a timestamptz column as whole milliseconds since the epoch (null stays null).
    static QString epochMsColumn(const char* column);
};

} // namespace kumiko
