#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko users list|create`: users of read_users; passwords stored as argon2id PHC strings.
class UserCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
