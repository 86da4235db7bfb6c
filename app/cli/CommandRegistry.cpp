#include "CommandRegistry.h"

namespace kumiko::cli {

void CommandRegistry::add(CliCommand command)
{
    m_commands.push_back(std::move(command));
}

const CliCommand* CommandRegistry::find(const QStringList& args) const
{
    const CliCommand* best = nullptr;
    qsizetype bestLength = 0;
    for (const CliCommand& command : m_commands) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (words.size() > args.size() || words.size() <= bestLength)
            continue;
        if (args.mid(0, words.size()) == words) {
            best = &command;
            bestLength = words.size();
        }
    }
    return best;
}

} // namespace kumiko::cli
