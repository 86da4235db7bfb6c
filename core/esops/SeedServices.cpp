#include "esops/SeedServices.h"

#include "config/ConfigWriteRules.h"
#include "config/ProjectManifest.h"

namespace kumiko::esops {

Result<SeedServices> SeedServices::forProject(const QString& projectDir, const QProcessEnvironment& env)
{
    auto manifest = config::ProjectManifest::load(projectDir);
    if (!manifest && manifest.error().code != ErrorCode::ManifestNotFound)
        return manifest.error();
    return withKeys(manifest ? manifest->keys() : config::KeyCatalog(), env);
}

SeedServices SeedServices::withKeys(config::KeyCatalog keys, const QProcessEnvironment& env)
{
    SeedServices services;
    services.m_registry = domain::HandlerRegistry::standard();
    services.m_keys = std::move(keys);
    if (auto cipher = config::EnvelopeCipher::fromEnvironment(env))
        services.m_cipher = std::move(cipher).value();
    config::ConfigWriteRules::install(services.m_registry, services.m_keys, services.m_cipher);
    return services;
}

} // namespace kumiko::esops
