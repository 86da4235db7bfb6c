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

private:
    void printHelp() const;
    void printCommandHelp(const CliCommand& command) const;

    CommandRegistry m_registry;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace kumiko::cli
