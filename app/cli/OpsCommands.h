#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

class CliContext;

/// `kumiko ops seed:new|seed:status|seed:plan|seed:apply|seed:mark-applied`: seed migrations.
class OpsCommands
{
public:
    static void registerInto(CommandRegistry& registry);
    /// `kumiko demo`'s step: applies the project's pending seed migrations, then prints their status.
    static int applyAndShowStatus(CliContext& cli);
};

} // namespace kumiko::cli
