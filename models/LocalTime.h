#pragma once

#include <QDateTime>
#include <QString>

namespace kumiko::models {

/// How the console shows a point in time: local time as `yyyy-MM-dd HH:mm:ss`, with milliseconds where
/// events of one second must be told apart; an invalid time shows as nothing. A span of time shows as a
/// clock reads it (13:54, 1:02:03), the same in every language.
class LocalTime
{
public:
    enum class Precision
    {
        Seconds,
        Milliseconds,
    };

    static QString text(const QDateTime& time, Precision precision = Precision::Seconds);
    /// `seconds` as m:ss, or h:mm:ss from an hour on; negative spans count as none.
    static QString duration(qint64 seconds);
};

} // namespace kumiko::models
