#include "esops/SkipRules.h"

namespace kumiko::esops {

QString SkipRules::variableFor(const QString& migrationId)
{
    // Same as upstream's id.toUpperCase().replace(/[^A-Z0-9]+/g, "_") (full Unicode upper-casing).
    const QString upper = migrationId.toUpper();
    QString normalised;
    normalised.reserve(upper.size());
    bool inRun = false;
    for (const QChar c : upper) {
        const bool kept = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (kept)
            normalised.append(c);
        else if (!inRun)
            normalised.append(QLatin1Char('_'));
        inRun = !kept;
    }
    return globalVariable() + QLatin1Char('_') + normalised;
}

bool SkipRules::globallySkipped(const QProcessEnvironment& env)
{
    return env.value(globalVariable()) == QLatin1String("1");
}

bool SkipRules::migrationSkipped(const QString& migrationId, bool skippable, const QProcessEnvironment& env)
{
    return skippable && env.value(variableFor(migrationId)) == QLatin1String("1");
}

} // namespace kumiko::esops
