#include "CliContext.h"

#include "db/DatabaseLocator.h"
#include "db/ThreadConnection.h"

#include <QDir>

namespace kumiko::cli {

CliContext::CliContext(QCommandLineParser& parser, QStringList positional, QTextStream& out, QTextStream& err)
    : m_parser(parser)
    , m_positional(std::move(positional))
    , m_out(out)
    , m_err(err)
{}

QString CliContext::projectDir() const
{
    const QString dir = value(QStringLiteral("project"));
    return QDir(dir.isEmpty() ? QDir::currentPath() : dir).absolutePath();
}

Status CliContext::configureDatabase()
{
    if (m_connected)
        return {};
    auto settings =
        db::DatabaseLocator::resolve(value(QStringLiteral("database-url")), QStringLiteral("kumiko"));
    if (!settings)
        return settings.error();
    db::ThreadConnection::configure(settings.value());
    m_connected = true;
    return {};
}

Result<QSqlDatabase> CliContext::database()
{
    if (Status configured = configureDatabase(); !configured)
        return configured.error();
    return db::ThreadConnection::get();
}

domain::Actor CliContext::actor() const
{
    return domain::Actor::systemAdmin();
}

void CliContext::printJson(const nlohmann::json& document)
{
    m_out << QString::fromStdString(document.dump(2)) << '\n';
    m_out.flush();
}

ExitCode CliContext::exitCodeFor(const Error& error)
{
    static const QStringList unreachable = {
        QStringLiteral("connection_failed"),     QStringLiteral("connection_lost"),
        QStringLiteral("auth_failed"),           QStringLiteral("database_not_found"),
        QStringLiteral("lock_timeout"),          QStringLiteral("postgres_not_installed"),
        QStringLiteral("embedded_start_failed"), QStringLiteral("embedded_init_failed"),
        QStringLiteral("embedded_timeout"),      QStringLiteral("embedded_folder"),
        QStringLiteral("embedded_no_user"),      QStringLiteral("socket_in_use"),
        QStringLiteral("driver_missing"),        QStringLiteral("too_many_connections"),
    };
    static const QStringList usage = {
        QStringLiteral("invalid_database_url"),
        QStringLiteral("usage"),
        // seed migrations: invalid files, keys, values, ids
        QStringLiteral("invalid_json"),
        QStringLiteral("invalid_seed"),
        QStringLiteral("duplicate_migration_id"),
        QStringLiteral("unknown_handler"),
        QStringLiteral("unknown_config_key"),
        QStringLiteral("invalid_scope"),
        QStringLiteral("invalid_value"),
        QStringLiteral("env_not_set"),
        QStringLiteral("invalid_slug"),
        QStringLiteral("unknown_migration"),
        QStringLiteral("invalid_payload"),
    };
    // config: invalid kumiko.json, values, env overrides, unknown tenant/user references
    static const QStringList configUsage = {
        QStringLiteral("invalid_manifest"),     QStringLiteral("invalid_value"),
        QStringLiteral("invalid_scope"),        QStringLiteral("unknown_config_key"),
        QStringLiteral("invalid_env_override"), QStringLiteral("unknown_tenant"),
        QStringLiteral("unknown_user")};
    if (configUsage.contains(error.code))
        return ExitCode::Usage;
    if (unreachable.contains(error.code))
        return ExitCode::Unreachable;
    if (usage.contains(error.code))
        return ExitCode::Usage;
    return ExitCode::Failed;
}

int CliContext::fail(const Error& error)
{
    return fail(error, exitCodeFor(error));
}

int CliContext::fail(const Error& error, ExitCode code)
{
    m_err << "error: " << error.message;
    if (!error.field.isEmpty())
        m_err << " (" << error.field << ")";
    m_err << " [" << error.code;
    if (!error.sqlState.isEmpty())
        m_err << ", SQLSTATE " << error.sqlState;
    m_err << "]\n";
    if (!error.context.isEmpty())
        m_err << "  while: " << error.context << '\n';
    m_err.flush();
    return code;
}

int CliContext::usage(const QString& message)
{
    m_err << "usage error: " << message << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

} // namespace kumiko::cli
