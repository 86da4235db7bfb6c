#pragma once

#include "CommandRegistry.h"

namespace kumiko::cli {

/// `kumiko demo`: prepares the database and shows what the console would show, for headless machines.
class DemoCommand
{
public:
    static void registerInto(CommandRegistry& registry);
};

} // namespace kumiko::cli
