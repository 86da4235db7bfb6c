#include "CliApplication.h"

#include "AuditCommands.h"
#include "AuthCommands.h"
#include "CliContext.h"
#include "ConfigCommands.h"
#include "DbCommands.h"
#include "DemoCommand.h"
#include "EventCommands.h"
#include "ExitCode.h"
#include "MailCommands.h"
#include "MemberCommands.h"
#include "OpsCommands.h"
#include "TenantCommands.h"
#include "UserCommands.h"
#include "common/BuildInfo.h"
#include "db/ThreadConnection.h"

#include <QCommandLineParser>

namespace kumiko::cli {
namespace {

// Global options may stand before the command words ("kumiko --project x ops seed:status");
// they are moved behind them so the command words come first.
QStringList commandWordsFirst(const QStringList& args)
{
    static const QStringList takesValue = {QStringLiteral("--database-url"), QStringLiteral("--project"),
                                           QStringLiteral("--as")};
    QStringList leading;
    qsizetype i = 0;
    while (i < args.size() && args.at(i).startsWith(QLatin1String("--")) &&
           args.at(i) != QLatin1String("--help") && args.at(i) != QLatin1String("--version")) {
        leading << args.at(i);
        if (takesValue.contains(args.at(i)) && i + 1 < args.size())
            leading << args.at(++i);
        ++i;
    }
    return args.mid(i) + leading;
}

} // namespace

QList<QCommandLineOption> CliApplication::globalOptions()
{
    return {
        {QStringLiteral("database-url"),
         QStringLiteral("PostgreSQL URL (else KUMIKO_DATABASE_URL, DATABASE_URL, or the embedded database)."),
         QStringLiteral("url")},
        {QStringLiteral("project"),
         QStringLiteral("Project folder with kumiko.json and seeds/ (default: current)."),
         QStringLiteral("dir")},
        {QStringLiteral("as"),
         QStringLiteral("Write as this SystemAdmin user (else KUMIKO_ACTOR, else the system user)."),
         QStringLiteral("email")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON document instead of text.")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help for the command.")},
    };
}

QString CliApplication::tagline()
{
    return QStringLiteral("admin CLI for Kumiko event-sourced PostgreSQL applications");
}

CliApplication::CliApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    DbCommands::registerInto(m_registry);
    DemoCommand::registerInto(m_registry);
    ConfigCommands::registerInto(m_registry);
    TenantCommands::registerInto(m_registry);
    UserCommands::registerInto(m_registry);
    MemberCommands::registerInto(m_registry);
    EventCommands::registerInto(m_registry);
    AuthCommands::registerInto(m_registry);
    MailCommands::registerInto(m_registry);
    OpsCommands::registerInto(m_registry);
    AuditCommands::registerInto(m_registry);
}

void CliApplication::printHelp() const
{
    m_out << "kumiko " << KUMIKO_VERSION << " — " << tagline() << "\n\n"
          << "Usage: kumiko <command> [options]\n\nCommands:\n";
    for (const CliCommand& command : m_registry.commands()) {
        const QString head =
            command.name + (command.arguments.isEmpty() ? QString() : QLatin1Char(' ') + command.arguments);
        m_out << "  " << head.leftJustified(44) << ' ' << command.summary << '\n';
    }
    m_out << "\nCommon options:\n"
          << "  --database-url URL   PostgreSQL URL; else KUMIKO_DATABASE_URL, DATABASE_URL, else the "
             "embedded database\n"
          << "                       (leave the password out: libpq reads PGPASSWORD or PGPASSFILE)\n"
          << "  --project DIR        project folder (kumiko.json, seeds/); default: current folder\n"
          << "  --as EMAIL           write as this user (must exist and hold SystemAdmin);\n"
          << "                       else KUMIKO_ACTOR, else the system user\n"
          << "  --json               one JSON document on stdout\n"
          << "  --help, --version\n\n"
          << "Exit codes: 0 ok, 1 failed or check found problems, 2 usage or validation error,\n"
          << "            3 database unreachable or lock timeout.\n";
    m_out.flush();
}

void CliApplication::printCommandHelp(const CliCommand& command) const
{
    m_out << "Usage: kumiko " << command.name << ' ' << command.arguments << " [options]\n\n"
          << command.summary << "\n\n";
    QList<QCommandLineOption> options = command.options + globalOptions();
    m_out << "Options:\n";
    for (const QCommandLineOption& option : options) {
        QString names;
        for (const QString& name : option.names())
            names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                     (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName().toUpper();
        m_out << "  " << names.leftJustified(26) << ' ' << option.description() << '\n';
    }
    m_out.flush();
}

int CliApplication::run(const QStringList& arguments)
{
    const QStringList args = commandWordsFirst(arguments.mid(1));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp();
        return args.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        m_out << "kumiko " << BuildInfo::versionText() << '\n';
        m_out.flush();
        return ExitCode::Ok;
    }
    const CliCommand* command = m_registry.find(args);
    if (!command) {
        m_err << "usage error: unknown command \"" << args.mid(0, 2).join(QLatin1Char(' '))
              << "\"; `kumiko --help` lists the commands\n";
        m_err.flush();
        return ExitCode::Usage;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    const qsizetype wordCount = command->name.count(QLatin1Char(' ')) + 1;
    if (!parser.parse(QStringList{arguments.first()} + args.mid(wordCount))) {
        m_err << "usage error: " << parser.errorText() << "\n";
        m_err.flush();
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return ExitCode::Ok;
    }
    CliContext context(parser, parser.positionalArguments(), m_out, m_err);
    const int exitCode = command->run(context);
    m_out.flush();
    m_err.flush();
    db::ThreadConnection::closeThisThread();
    return exitCode;
}

} // namespace kumiko::cli
