#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kumiko::cli {
class CliApplication;
}

namespace kumiko::docs {

/// What a value on the command line can be completed from.
enum class ValueKind
{
    Free,        ///< anything; nothing to offer
    Directory,   ///< a folder
    Scope,       ///< system, tenant, user
    Locale,      ///< de, en
    ConfigKey,   ///< a key of kumiko.json in the project folder (asks `kumiko config keys`)
    MigrationId, ///< a seed migration of the project folder (seeds/*.json)
};

/// The name completion scripts use for `kind` ("scope", "config-key", …); empty for Free.
QString kindName(ValueKind kind);
/// The fixed values of `kind` (scopes, locales); empty for kinds found at completion time.
QStringList fixedValues(ValueKind kind);
/// `text` in single quotes for a POSIX shell.
QString shellQuoted(const QString& text);

/// One option of a program or command, as `--help` lists it.
struct OptionDoc
{
    QStringList names; ///< without dashes, e.g. {"h", "help"}
    QString valueName; ///< empty for a switch
    QString description;
    ValueKind kind = ValueKind::Free;

    /// "-h, --help" or "--scope SCOPE".
    QString synopsis() const;
    /// The names with their dashes.
    QStringList spelled() const;
};

/// One `kumiko <group> <verb>` command.
struct CommandDoc
{
    QString name;      ///< e.g. "config get"
    QString arguments; ///< e.g. "<key>"
    QString summary;
    QList<OptionDoc> options;
    QList<ValueKind> argumentKinds; ///< one per positional argument
};

/// A program's command line, read from the same source its `--help` prints, so the man page and the
/// shell completions written from it cannot drift from `--help`.
struct CommandLineDoc
{
    QString program;
    QString tagline;
    QList<CommandDoc> commands; ///< empty for a program without commands
    QList<OptionDoc> options;   ///< accepted everywhere

    /// `kumiko`: its command registry and global options.
    static CommandLineDoc fromCli(const cli::CliApplication& cli);
    /// A program that prints QCommandLineParser's `--help` (`kumiko-admin`).
    static CommandLineDoc fromQtHelp(const QString& program, const QString& helpText);

    /// Every option name (with dashes) that takes a value, and what the value is.
    QList<OptionDoc> valueOptions() const;
    /// The first words of the commands, in registry order, without repeats.
    QStringList groups() const;
    /// The commands of `group` with their remaining words (e.g. "init" of "db init").
    QList<CommandDoc> commandsOf(const QString& group) const;
    /// The most words a command name has.
    int longestCommand() const;
    /// The name shell functions get: "kumiko_admin" for "kumiko-admin".
    QString functionName() const;
};

} // namespace kumiko::docs
