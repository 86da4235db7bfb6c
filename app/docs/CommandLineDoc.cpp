#include "CommandLineDoc.h"

#include "CliApplication.h"
#include "config/ConfigKey.h"

#include <QRegularExpression>

namespace kumiko::docs {
namespace {

// What a value can be completed from, by the name `--help` gives it; the command prefix narrows names
// that mean different things in different commands (an ops `id` is a migration, an audit `id` is not;
// `<key>` of a config command is a config key, `--tenant KEY` is a tenant).
struct KindRule
{
    QString commandPrefix;
    QString valueName;
    ValueKind kind;
};

const QList<KindRule> kOptionRules = {
    {{}, QStringLiteral("dir"), ValueKind::Directory},
    {{}, QStringLiteral("scope"), ValueKind::Scope},
    {{}, QStringLiteral("locale"), ValueKind::Locale},
    {{}, QStringLiteral("lang"), ValueKind::Locale},
    {{}, QStringLiteral("code"), ValueKind::Locale},
    {QStringLiteral("ops "), QStringLiteral("id"), ValueKind::MigrationId},
};

const QList<KindRule> kArgumentRules = {
    {QStringLiteral("config "), QStringLiteral("key"), ValueKind::ConfigKey},
    {QStringLiteral("ops "), QStringLiteral("id"), ValueKind::MigrationId},
};

ValueKind kindOf(const QList<KindRule>& rules, const QString& command, const QString& valueName)
{
    const QString name = valueName.toLower();
    for (const KindRule& rule : rules)
        if (rule.valueName == name && command.startsWith(rule.commandPrefix))
            return rule.kind;
    return ValueKind::Free;
}

OptionDoc optionDoc(const QString& command, const QCommandLineOption& option)
{
    return {option.names(), option.valueName(), option.description(),
            kindOf(kOptionRules, command, option.valueName())};
}

// "<key> <value>", "[ID]", "<email> <tenant> <role>…": one kind per word, brackets and ellipsis dropped.
QList<ValueKind> argumentKinds(const QString& command, const QString& arguments)
{
    static const QRegularExpression decoration(QStringLiteral("[<>\\[\\]…]"));
    QList<ValueKind> kinds;
    for (QString word : arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        kinds << kindOf(kArgumentRules, command, word.remove(decoration));
    return kinds;
}

} // namespace

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Free:
        return {};
    case ValueKind::Directory:
        return QStringLiteral("dir");
    case ValueKind::Scope:
        return QStringLiteral("scope");
    case ValueKind::Locale:
        return QStringLiteral("locale");
    case ValueKind::ConfigKey:
        return QStringLiteral("config-key");
    case ValueKind::MigrationId:
        return QStringLiteral("migration-id");
    }
    return {};
}

QStringList fixedValues(ValueKind kind)
{
    using config::ConfigKey;
    using config::Scope;
    switch (kind) {
    case ValueKind::Scope:
        return {ConfigKey::scopeName(Scope::System), ConfigKey::scopeName(Scope::Tenant),
                ConfigKey::scopeName(Scope::User)};
    case ValueKind::Locale:
        // The languages of the console and of the verification mails.
        return {QStringLiteral("de"), QStringLiteral("en")};
    case ValueKind::Free:
    case ValueKind::Directory:
    case ValueKind::ConfigKey:
    case ValueKind::MigrationId:
        return {};
    }
    return {};
}

QString shellQuoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

QStringList OptionDoc::spelled() const
{
    QStringList spelled;
    for (const QString& name : names)
        spelled << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    return spelled;
}

QString OptionDoc::synopsis() const
{
    const QString joined = spelled().join(QStringLiteral(", "));
    return valueName.isEmpty() ? joined : joined + QLatin1Char(' ') + valueName.toUpper();
}

CommandLineDoc CommandLineDoc::fromCli(const cli::CliApplication& cli)
{
    CommandLineDoc doc;
    doc.program = QStringLiteral("kumiko");
    doc.tagline = cli::CliApplication::tagline();
    for (const cli::CliCommand& command : cli.registry().commands()) {
        CommandDoc entry{command.name,
                         command.arguments,
                         command.summary,
                         {},
                         argumentKinds(command.name, command.arguments)};
        for (const QCommandLineOption& option : command.options)
            entry.options << optionDoc(command.name, option);
        doc.commands << entry;
    }
    for (const QCommandLineOption& option : cli::CliApplication::globalOptions())
        doc.options << optionDoc({}, option);
    // Answered before any command is looked up, so it is not among the commands' options.
    doc.options << OptionDoc{
        {QStringLiteral("version")}, {}, QStringLiteral("Print the version and the git revision.")};
    return doc;
}

CommandLineDoc CommandLineDoc::fromQtHelp(const QString& program, const QString& helpText)
{
    // QCommandLineParser::helpText(): "Usage: …", the description, a blank line, "Options:", then
    // "  -h, --help      Text" with continuation lines indented further.
    static const QRegularExpression optionLine(
        QStringLiteral("^  (-[^ ]+(?:, -[^ ]+)*)(?: <([^>]+)>)?\\s{2,}(.*)$"));
    CommandLineDoc doc;
    doc.program = program;
    const QStringList lines = helpText.split(QLatin1Char('\n'));
    if (lines.size() > 1)
        doc.tagline = lines.at(1).trimmed();
    for (const QString& line : lines) {
        if (const auto match = optionLine.match(line); match.hasMatch()) {
            QStringList names;
            for (const QString& name : match.captured(1).split(QStringLiteral(", ")))
                names << QString(name).remove(QRegularExpression(QStringLiteral("^-+")));
            doc.options << OptionDoc{names, match.captured(2), match.captured(3).trimmed(),
                                     kindOf(kOptionRules, {}, match.captured(2))};
        } else if (!doc.options.isEmpty() && line.startsWith(QStringLiteral("     ")) &&
                   !line.trimmed().isEmpty()) {
            doc.options.last().description += QLatin1Char(' ') + line.trimmed();
        }
    }
    return doc;
}

QList<OptionDoc> CommandLineDoc::valueOptions() const
{
    QList<OptionDoc> found;
    QStringList seen;
    auto collect = [&](const QList<OptionDoc>& options) {
        for (const OptionDoc& option : options) {
            if (option.valueName.isEmpty() || seen.contains(option.spelled().join(QLatin1Char('|'))))
                continue;
            seen << option.spelled().join(QLatin1Char('|'));
            found << option;
        }
    };
    collect(options);
    for (const CommandDoc& command : commands)
        collect(command.options);
    return found;
}

QStringList CommandLineDoc::groups() const
{
    QStringList groups;
    for (const CommandDoc& command : commands) {
        const QString first = command.name.section(QLatin1Char(' '), 0, 0);
        if (!groups.contains(first))
            groups << first;
    }
    return groups;
}

QList<CommandDoc> CommandLineDoc::commandsOf(const QString& group) const
{
    QList<CommandDoc> found;
    for (const CommandDoc& command : commands)
        if (command.name.section(QLatin1Char(' '), 0, 0) == group && command.name.contains(QLatin1Char(' ')))
            found << command;
    return found;
}

int CommandLineDoc::longestCommand() const
{
    int longest = 0;
    for (const CommandDoc& command : commands)
        longest = std::max(longest, int(command.name.count(QLatin1Char(' ')) + 1));
    return longest;
}

QString CommandLineDoc::functionName() const
{
    return QString(program).replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace kumiko::docs
