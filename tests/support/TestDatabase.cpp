#include "TestDatabase.h"

#include "db/SchemaBootstrap.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"
#include "domain/HandlerRegistry.h"

#include <QUrl>

namespace kumiko::test {

db::ConnectionSettings TestDatabase::clusterSettings(const QString& database)
{
    db::ConnectionSettings s;
    s.host = qEnvironmentVariable("KUMIKO_TEST_PG_DIR") + QStringLiteral("/run");
    s.port = qEnvironmentVariableIntValue("KUMIKO_TEST_PG_PORT");
    s.user = QStringLiteral("postgres");
    s.database = database;
    s.applicationName = QStringLiteral("kumiko-tests");
    return s;
}

Result<db::ConnectionSettings> TestDatabase::create(const QString& name, bool bootstrap)
{
    if (qEnvironmentVariable("KUMIKO_TEST_PG_DIR").isEmpty())
        return Error::make(ErrorCode::NotConfigured,
                           QStringLiteral("KUMIKO_TEST_PG_DIR is not set: run the suite through ctest"));
    const QString adminName = QStringLiteral("kumiko-test-admin");
    Status status;
    {
        auto admin = db::ThreadConnection::openNamed(adminName, clusterSettings(QStringLiteral("postgres")));
        if (!admin)
            return admin.error();
        // Database names come from the suites' own code; quote_ident keeps them well-formed.
        auto quoted = db::Sql::scalar(admin.value(), QStringLiteral("SELECT quote_ident(?)"), {name});
        if (!quoted)
            status = quoted.error();
        else if (auto dropped = db::Sql::run(
                     admin.value(),
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted->toString()));
                 !dropped)
            status = dropped;
        else
            status =
                db::Sql::run(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(quoted->toString()));
        admin.value().close();
    }
    QSqlDatabase::removeDatabase(adminName);
    if (!status)
        return status.error();
    const db::ConnectionSettings settings = clusterSettings(name);
    db::ThreadConnection::configure(settings);
    if (bootstrap) {
        auto db = db::ThreadConnection::get();
        if (!db)
            return db.error();
        auto report = db::SchemaBootstrap::run(db.value());
        if (!report)
            return report.error();
    }
    return settings;
}

QSqlDatabase TestDatabase::connection()
{
    auto db = db::ThreadConnection::get();
    if (!db)
        qFatal("test database unreachable: %s", qPrintable(db.error().toString()));
    return db.value();
}

QString TestDatabase::url(const db::ConnectionSettings& settings)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(settings.user)),
             QString::fromUtf8(QUrl::toPercentEncoding(settings.host)), QString::number(settings.port),
             QString::fromUtf8(QUrl::toPercentEncoding(settings.database)));
}

qint64 TestDatabase::count(const QString& table, const QString& where)
{
    auto n = db::Sql::scalar(connection(),
                             QStringLiteral("SELECT count(*) FROM %1 %2")
                                 .arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    if (!n)
        qFatal("count(%s) failed: %s", qPrintable(table), qPrintable(n.error().toString()));
    return n->toLongLong();
}

QString TestDatabase::createAsSystemAdmin(const QString& handler, const nlohmann::json& payload)
{
    static const domain::HandlerRegistry registry = domain::HandlerRegistry::standard();
    auto outcome = registry.dispatch(connection(), handler, payload, domain::Actor::systemAdmin());
    return outcome ? QString::fromStdString(outcome->result["id"].get<std::string>()) : QString();
}

} // namespace kumiko::test
