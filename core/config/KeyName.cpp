#include "config/KeyName.h"

#include <QRegularExpression>

namespace kumiko::config {

QString KeyName::kebab(const QString& name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('.')) {
            out += QLatin1Char('-');
            continue;
        }
        if (c.isUpper() && i > 0) {
            const QChar before = name.at(i - 1);
            const bool afterLowerOrDigit = before.isLower() || before.isDigit();
            // An acronym run stays together; its last capital starts the next word ("ABCDef").
            const bool endsAcronym = before.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            if (afterLowerOrDigit || endsAcronym)
                out += QLatin1Char('-');
        }
        out += c.toLower();
    }
    return out;
}

QString KeyName::qualify(const QString& feature, const QString& key)
{
    return kebab(feature) + QStringLiteral(":config:") + kebab(key);
}

bool KeyName::isValidSegment(const QString& segment)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return pattern.match(segment).hasMatch();
}

bool KeyName::isQualified(const QString& name)
{
    const QStringList parts = name.split(QLatin1Char(':'));
    return parts.size() == 3 && parts.at(1) == QLatin1String("config") && isValidSegment(parts.at(0)) &&
           isValidSegment(parts.at(2));
}

} // namespace kumiko::config
