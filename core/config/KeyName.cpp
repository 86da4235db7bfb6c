#include "config/KeyName.h"

#include <algorithm>

namespace kumiko::config {

QString KeyName::kebab(const QString& name)
{
    // Written into a buffer of the largest possible size: a manifest kebab-cases every key and seed.
    QString out(name.size() * 2, Qt::Uninitialized);
    QChar* written = out.data();
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('.')) {
            *written++ = QLatin1Char('-');
            continue;
        }
        if (c.isUpper() && i > 0) {
            const QChar before = name.at(i - 1);
            const bool afterLowerOrDigit = before.isLower() || before.isDigit();
            // An acronym run stays together; its last capital starts the next word ("ABCDef").
            const bool endsAcronym = before.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            if (afterLowerOrDigit || endsAcronym)
                *written++ = QLatin1Char('-');
        }
        *written++ = c.toLower();
    }
    out.truncate(written - out.constData());
    return out;
}

QString KeyName::qualify(const QString& feature, const QString& key)
{
    return kebab(feature) + QStringLiteral(":config:") + kebab(key);
}

bool KeyName::isValidSegment(QStringView segment)
{
    // By hand rather than by regular expression: a manifest checks one per key and seed.
    const auto lower = [](QChar c) {
        return c >= QLatin1Char('a') && c <= QLatin1Char('z');
    };
    const auto digit = [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    };
    if (segment.isEmpty() || !lower(segment.front()))
        return false;
    return std::all_of(segment.begin(), segment.end(),
                       [&](QChar c) { return lower(c) || digit(c) || c == QLatin1Char('-'); });
}

bool KeyName::isQualified(QStringView name)
{
    static const QLatin1String middle(":config:");
    const qsizetype at = name.indexOf(middle);
    return at > 0 && isValidSegment(name.left(at)) && isValidSegment(name.mid(at + middle.size()));
}

} // namespace kumiko::config
