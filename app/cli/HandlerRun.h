#pragma once

#include "common/Result.h"
#include "domain/HandlerRegistry.h"

namespace kumiko::cli {

class CliContext;

/// Runs write handlers for the domain commands: one transaction per command, as the run's actor.
class HandlerRun
{
public:
    /// Dispatches each (handler, payload) in order in ONE transaction, as CliContext::actor();
    /// commits only if all succeed. Returns the outcomes.
    static Result<std::vector<domain::HandlerOutcome>>
    inTransaction(CliContext& cli, const std::vector<std::pair<QString, nlohmann::json>>& writes);
};

} // namespace kumiko::cli
