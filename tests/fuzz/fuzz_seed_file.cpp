// libFuzzer target: SeedParser::parse (strict JSON with positions): a migration or a located error.
#include "FuzzSupport.h"
#include "esops/SeedParser.h"

using namespace kumiko;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto migration =
        esops::SeedParser::parse(fuzz::bytes(data, size), QStringLiteral("2026-01-01-fuzz.json"));
    if (!migration)
        fuzz::require(migration.error().message.startsWith(QLatin1String("2026-01-01-fuzz.json")),
                      "a seed-file error names the file first");
    return 0;
}
