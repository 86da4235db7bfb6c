#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko mail deliver` and `kumiko mail outbox`.
class MailCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
