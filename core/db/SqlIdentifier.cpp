#include "db/SqlIdentifier.h"

namespace kumiko::db {

bool SqlIdentifier::isPlain(const QString& name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    }
    return true;
}

Status SqlIdentifier::check(const QStringList& names)
{
    for (const QString& name : names)
        if (!isPlain(name))
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("\"%1\" is not a plain SQL identifier").arg(name));
    return {};
}

} // namespace kumiko::db
