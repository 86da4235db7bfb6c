#pragma once

#include "CliCommand.h"

#include <QStringList>
#include <vector>

namespace kumiko::cli {

/// All commands of the CLI, looked up by their leading words.
class CommandRegistry
{
public:
    void add(CliCommand command);
    /// The command whose words start `args` (longest match); nullptr if none.
    const CliCommand* find(const QStringList& args) const;
    const std::vector<CliCommand>& commands() const { return m_commands; }

private:
    std::vector<CliCommand> m_commands;
};

} // namespace kumiko::cli
