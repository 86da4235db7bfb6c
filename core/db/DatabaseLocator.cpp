#include "db/DatabaseLocator.h"

#include "common/DataLocations.h"

namespace kumiko::db {

EmbeddedPostgres DatabaseLocator::embedded()
{
    const DataLocations locations = DataLocations::current();
    EmbeddedPostgres cluster(locations.embeddedDatabase);
    cluster.setLogDir(locations.logs);
    return cluster;
}

Result<ConnectionSettings> DatabaseLocator::startEmbedded(const QString& applicationName)
{
    EmbeddedPostgres embedded = DatabaseLocator::embedded();
    if (auto ok = embedded.ensureRunning(); !ok)
        return ok.error();
    if (auto ok = embedded.ensureDatabase(embeddedDatabaseName()); !ok)
        return ok.error();
    ConnectionSettings settings = embedded.connectionSettings(embeddedDatabaseName());
    settings.applicationName = applicationName;
    settings.embedded = true;
    return settings;
}

Result<ConnectionSettings> DatabaseLocator::resolve(const QString& commandLineUrl,
                                                    const QString& applicationName)
{
    auto settings = ConnectionSettings::fromCommandLineOrEnvironment(commandLineUrl);
    if (!settings && settings.error().code == ErrorCode::NoDatabaseUrl)
        return startEmbedded(applicationName);
    if (settings && settings->applicationName.isEmpty())
        settings->applicationName = applicationName;
    return settings;
}

} // namespace kumiko::db
