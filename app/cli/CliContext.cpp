#include "CliContext.h"

#include "auth/ActorLookup.h"
#include "common/OperatingSystemUser.h"
#include "config/DevelopmentMasterKey.h"
#include "db/DatabaseLocator.h"
#include "db/ThreadConnection.h"

#include <QDir>
#include <QUuid>

namespace kumiko::cli {

CliContext::CliContext(QCommandLineParser& parser, QStringList positional, QTextStream& out, QTextStream& err)
    : m_parser(parser)
    , m_positional(std::move(positional))
    , m_out(out)
    , m_err(err)
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

QString CliContext::projectDir() const
{
    const QString dir = value(QStringLiteral("project"));
    return QDir(dir.isEmpty() ? QDir::currentPath() : dir).absolutePath();
}

QProcessEnvironment CliContext::secretsEnvironment()
{
    return config::DevelopmentMasterKey::environmentFor(db::ThreadConnection::settings());
}

Status CliContext::configureDatabase()
{
    if (m_connected)
        return {};
    auto settings =
        db::DatabaseLocator::resolve(value(QStringLiteral("database-url")), QStringLiteral("kumiko"));
    if (!settings)
        return settings.error();
    if (const QString warning = settings->urlPasswordWarning(); !warning.isEmpty()) {
        m_err << warning << '\n';
        m_err.flush();
    }
    db::ThreadConnection::configure(settings.value());
    m_connected = true;
    return {};
}

QString CliContext::count(qint64 n, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? singular : plural);
}

QString CliContext::actorEmail() const
{
    const QString option = value(QStringLiteral("as")).trimmed();
    return option.isEmpty() ? qEnvironmentVariable("KUMIKO_ACTOR").trimmed() : option;
}

Result<domain::Actor> CliContext::actor()
{
    if (m_actor)
        return *m_actor;
    const QString email = actorEmail();
    if (email.isEmpty()) {
        domain::Actor system = domain::Actor::systemAdmin();
        system.correlationId = m_correlationId;
        m_actor = system;
        return *m_actor;
    }
    Result<domain::Actor> found =
        withDatabase([&email](QSqlDatabase& db) { return auth::ActorLookup::admin(db, email); });
    if (found)
        found->correlationId = m_correlationId;
    if (!found && found.error().category() == ErrorCategory::NotFound) {
        Error error = found.error();
        error.field = QStringLiteral("--as");
        found = error;
    }
    m_actor = found;
    return found;
}

QString CliContext::actorName() const
{
    const QString email = actorEmail();
    return email.isEmpty() ? OperatingSystemUser::name() : email;
}

void CliContext::printJson(const nlohmann::json& document)
{
    m_out << QString::fromStdString(document.dump(2)) << '\n';
    m_out.flush();
}

ExitCode CliContext::exitCodeFor(const Error& error)
{
    switch (error.category()) {
    case ErrorCategory::Usage:
    case ErrorCategory::NotFound:
        return ExitCode::Usage;
    case ErrorCategory::Unreachable:
        return ExitCode::Unreachable;
    case ErrorCategory::Conflict:
    case ErrorCategory::Failed:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

int CliContext::fail(const Error& error)
{
    m_err << "error: " << error.message;
    if (!error.field.isEmpty())
        m_err << " (" << error.field << ")";
    m_err << " [" << error.codeName();
    if (!error.sqlState.isEmpty())
        m_err << ", SQLSTATE " << error.sqlState;
    m_err << "]\n";
    if (!error.context.isEmpty())
        m_err << "  while: " << error.context << '\n';
    if (!error.statement.isEmpty() && qEnvironmentVariableIntValue("KUMIKO_VERBOSE") == 1)
        m_err << "  statement: " << error.statement << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

int CliContext::usage(const QString& message)
{
    m_err << "usage error: " << message << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

} // namespace kumiko::cli
