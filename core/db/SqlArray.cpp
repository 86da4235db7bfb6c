#include "db/SqlArray.h"

namespace kumiko::db {

QString SqlArray::literal(const QStringList& values)
{
    QString out;
    out.reserve(values.size() * 40 + 2);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        const QString& value = values.at(i);
        if (value.isNull()) {
            out += QLatin1String("NULL");
            continue;
        }
        out += QLatin1Char('"');
        if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\\'))) {
            for (const QChar c : value) {
                if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    out += QLatin1Char('\\');
                out += c;
            }
        } else {
            out += value; // the common case (ids, keys): no character to escape
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

} // namespace kumiko::db
