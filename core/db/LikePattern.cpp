#include "db/LikePattern.h"

namespace kumiko::db {

QString LikePattern::escaped(const QString& term)
{
    QString text;
    text.reserve(term.size());
    for (const QChar c : term) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            text += QLatin1Char('\\');
        text += c;
    }
    return text;
}

QString LikePattern::startingWith(const QString& term)
{
    return escaped(term) + QLatin1Char('%');
}

QString LikePattern::containing(const QString& term)
{
    return QLatin1Char('%') + escaped(term) + QLatin1Char('%');
}

} // namespace kumiko::db
