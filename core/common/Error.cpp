#include "common/Error.h"

namespace kumiko {

QString Error::toString() const
{
    QString text = codeName() + QStringLiteral(": ") + message;
    if (!field.isEmpty())
        text += QStringLiteral(" (field %1)").arg(field);
    if (!sqlState.isEmpty())
        text += QStringLiteral(" [SQLSTATE %1]").arg(sqlState);
    if (!context.isEmpty())
        text += QStringLiteral(" [%1]").arg(context);
    return text;
}

} // namespace kumiko
