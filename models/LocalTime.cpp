#include "LocalTime.h"

#include <QLocale>
#include <algorithm>

namespace kumiko::models {

QString LocalTime::text(const QDateTime& time, Precision precision)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), precision == Precision::Milliseconds
                                                      ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                      : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString LocalTime::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const auto twoDigits = [](qint64 value) {
        return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
    };
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(twoDigits(seconds % 60));
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(twoDigits(seconds / 60 % 60), twoDigits(seconds % 60));
}

} // namespace kumiko::models
