#include "db/ConnectionProbe.h"

#include "db/PoolerProbe.h"
#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QAtomicInteger>
#include <libpq-fe.h>

namespace kumiko::db {
namespace {

QAtomicInteger<quint64> probeCounter;

} // namespace

Result<ConnectionProbe::Report> ConnectionProbe::probe(const ConnectionSettings& settings)
{
    const QString name = QStringLiteral("kumiko-probe-%1").arg(++probeCounter);
    Result<Report> report = Report{};
    {
        // The handle must be gone before removeDatabase(), hence the scope.
        auto db = ThreadConnection::openNamed(name, settings);
        report = db ? inspect(db.value()) : Result<Report>(db.error());
        if (db)
            db.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

Result<ConnectionProbe::Report> ConnectionProbe::inspect(const QSqlDatabase& db)
{
    Report report;
    report.latestSchemaVersion = SchemaBootstrap::latestAdminVersion();
    auto info = Sql::exec(db, QStringLiteral("SELECT current_setting('server_version'), current_database(), "
                                             "to_regclass('public.kumiko_admin_schema') IS NOT NULL"));
    if (!info)
        return info.error();
    info->next();
    report.serverVersion = info->value(0).toString();
    report.databaseName = info->value(1).toString();
    if (info->value(2).toBool()) {
        auto version =
            Sql::scalar(db, QStringLiteral("SELECT COALESCE(max(version), 0) FROM kumiko_admin_schema"));
        if (!version)
            return version.error();
        report.schemaVersion = version->toInt();
    }
    return report;
}

Result<ConnectionProbe::Report> ConnectionProbe::inspectSession(const QSqlDatabase& db,
                                                                const ConnectionSettings& settings)
{
    auto report = inspect(db);
    if (!report)
        return report;
    auto pooled = PoolerProbe::sharesServerSessions(db, settings);
    if (!pooled)
        return pooled.error();
    report->transactionPooling = pooled.value();
    return report;
}

QString ConnectionProbe::clientLibraryVersion()
{
    // From PostgreSQL 10 on the number is major * 10000 + minor.
    const int version = PQlibVersion();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

} // namespace kumiko::db
