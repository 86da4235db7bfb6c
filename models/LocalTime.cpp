#include "LocalTime.h"

#include <QLocale>

namespace kumiko::models {

QString LocalTime::text(const QDateTime& time, Precision precision)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), precision == Precision::Milliseconds
                                                      ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                      : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace kumiko::models
