#pragma once

#include "common/Result.h"
#include "esops/SeedFile.h"
#include "esops/SeedServices.h"
#include "esops/SeedStep.h"

#include <QProcessEnvironment>

namespace kumiko::esops {

/// Checks a parsed migration before anything runs: every `write` handler is registered, every config key
/// is known and every value valid for its key, every `valueFromEnv` variable is set.
class SeedValidator
{
public:
    /// Errors keep their code (`unknown_handler`, `unknown_config_key`, `invalid_scope`, `invalid_value`,
    /// `env_not_set`); the message names file:line:column, the step and the member; field =
    /// "steps[i].member".
    static Status validate(const SeedMigration& migration, const SeedFile& file, const SeedServices& services,
                           const QProcessEnvironment& env);
};

} // namespace kumiko::esops
