#pragma once

#include "CommandRegistry.h"
#include "auth/AuthConfiguration.h"

namespace kumiko::cli {

class CliContext;

/// `kumiko auth login|request-verification|verify-email` and `kumiko users set-password`.
class AuthCommands
{
public:
    static void registerInto(CommandRegistry& registry);

    /// The project's auth and mail settings; warns on stderr when the inline development secret is used.
    static Result<auth::AuthConfiguration> configuration(CliContext& cli);

    /// The `kumiko demo` step: a verified admin and an unverified one, with their passwords printed.
    static int ensureDemoAccounts(CliContext& cli);
};

} // namespace kumiko::cli
