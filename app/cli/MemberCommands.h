#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko members grant|revoke EMAIL TENANT ROLE…`: adds or removes membership roles.
///
/// grant creates the membership when missing; revoke removes it when no role is left.
class MemberCommands
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
