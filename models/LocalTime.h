#pragma once

#include <QDateTime>
#include <QString>

namespace kumiko::models {

/// How the console shows a point in time: local time as `yyyy-MM-dd HH:mm:ss`, with milliseconds where
/// events of one second must be told apart; an invalid time shows as nothing.
class LocalTime
{
public:
    enum class Precision
    {
        Seconds,
        Milliseconds,
    };

    static QString text(const QDateTime& time, Precision precision = Precision::Seconds);
};

} // namespace kumiko::models
