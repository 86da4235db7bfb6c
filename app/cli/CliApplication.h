#pragma once

#include "CommandRegistry.h"

#include <QStringList>
#include <QTextStream>

namespace kumiko::cli {

/// The `kumiko` command line: finds the command named by the leading words and runs it.
class CliApplication
{
public:
    CliApplication(QTextStream& out, QTextStream& err);
    /// `arguments` as from QCoreApplication::arguments(); returns the process exit code.
    int run(const QStringList& arguments);

    /// Every command, as `--help` lists them (also the source of the man page and the completions).
    const CommandRegistry& registry() const { return m_registry; }
    /// The options every command accepts.
    static QList<QCommandLineOption> globalOptions();
    /// The one-line description `--help` starts with.
    static QString tagline();

private:
    void printHelp() const;
    void printCommandHelp(const CliCommand& command) const;

    CommandRegistry m_registry;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace kumiko::cli
