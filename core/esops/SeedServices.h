#pragma once

#include "common/Result.h"
#include "config/EnvelopeCipher.h"
#include "config/KeyCatalog.h"
#include "domain/HandlerRegistry.h"

#include <QProcessEnvironment>
#include <optional>

namespace kumiko::esops {

/// What seed steps need from a project: its config keys, the master key if any, and the standard
/// handler registry wired to both (config writes are checked against the keys; encrypted keys stored
/// as envelopes).
class SeedServices
{
public:
    /// Loads `<projectDir>/kumiko.json`; a project without one has no config keys. The manifest's own
    /// errors (e.g. `invalid_manifest`) are returned as they are.
    static Result<SeedServices>
    forProject(const QString& projectDir,
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// For projects given in code (tests): `keys` and the standard handlers.
    static SeedServices withKeys(config::KeyCatalog keys, const QProcessEnvironment& env);

    const domain::HandlerRegistry& registry() const { return m_registry; }
    const config::KeyCatalog& keys() const { return m_keys; }
    /// The master-key cipher of the environment, if one is configured and valid.
    const std::optional<config::EnvelopeCipher>& cipher() const { return m_cipher; }

private:
    domain::HandlerRegistry m_registry;
    config::KeyCatalog m_keys;
    std::optional<config::EnvelopeCipher> m_cipher;
};

} // namespace kumiko::esops
