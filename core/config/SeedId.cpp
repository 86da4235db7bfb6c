#include "config/SeedId.h"

namespace kumiko::config {

QUuid SeedId::ns()
{
    static const QUuid id(QStringLiteral("6f1e9d8c-2a5b-4c7d-9e3f-1a2b3c4d5e6f"));
    return id;
}

QUuid SeedId::fromName(const QString& name)
{
    return QUuid::createUuidV5(ns(), name.toUtf8());
}

QUuid SeedId::of(const QString& qualifiedKey, const QUuid& tenantId, const QString& userId)
{
    return fromName(qualifiedKey + QLatin1Char(':') + tenantId.toString(QUuid::WithoutBraces) +
                    QLatin1Char(':') + userId);
}

} // namespace kumiko::config
