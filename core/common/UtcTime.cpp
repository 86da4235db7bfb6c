#include "common/UtcTime.h"

#include <cstdio>

namespace kumiko {

QString UtcTime::iso(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime clock = utc.time();
    char text[32];
    const int length =
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                      date.day(), clock.hour(), clock.minute(), clock.second(), clock.msec());
    return QString::fromLatin1(text, length);
}

QString UtcTime::epochMsColumn(const char* column)
{
    return QStringLiteral("floor(extract(epoch FROM %1) * 1000)::bigint").arg(QLatin1String(column));
}

} // namespace kumiko
