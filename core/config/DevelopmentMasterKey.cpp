#include "config/DevelopmentMasterKey.h"

#include "config/EnvelopeCipher.h"

namespace kumiko::config {
namespace {

// base64 of the 32 bytes "kumiko-demo-DEVELOPMENT-only-key": published in the sources on purpose.
constexpr char kDevelopmentKey[] = "a3VtaWtvLWRlbW8tREVWRUxPUE1FTlQtb25seS1rZXk=";

} // namespace

bool DevelopmentMasterKey::applies(const db::ConnectionSettings& database, const QProcessEnvironment& env)
{
    return database.embedded && !EnvelopeCipher::isConfigured(env);
}

QProcessEnvironment DevelopmentMasterKey::environmentFor(const db::ConnectionSettings& database,
                                                         QProcessEnvironment env)
{
    if (applies(database, env)) {
        env.remove(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_CURRENT_VERSION"));
        env.insert(QStringLiteral("KUMIKO_SECRETS_MASTER_KEY_V1"), QLatin1String(kDevelopmentKey));
    }
    return env;
}

} // namespace kumiko::config
