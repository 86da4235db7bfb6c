// libFuzzer target: ProjectManifest::parse (kumiko.json): any text is a manifest or a list of issues.
#include "FuzzSupport.h"
#include "config/ProjectManifest.h"

using namespace kumiko;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<config::ManifestIssue> issues;
    auto manifest =
        config::ProjectManifest::parse(fuzz::bytes(data, size), QStringLiteral("kumiko.json"), &issues);
    if (!manifest) {
        fuzz::require(!issues.isEmpty() || !manifest.error().message.isEmpty(), "a rejection names a reason");
        return 0;
    }
    fuzz::require(issues.isEmpty(), "an accepted manifest has no issues");
    for (const config::ConfigSeed& seed : manifest.value().seeds())
        (void)seed;
    return 0;
}
