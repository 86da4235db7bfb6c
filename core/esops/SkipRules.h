#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace kumiko::esops {

/// The runner's environment switches, as upstream: `KUMIKO_SKIP_ES_OPS=1` skips every migration,
/// `KUMIKO_SKIP_ES_OPS_<ID>=1` skips one that is marked `skippable`. Only the exact value "1" counts.
class SkipRules
{
public:
    static QString globalVariable() { return QStringLiteral("KUMIKO_SKIP_ES_OPS"); }

    /// `KUMIKO_SKIP_ES_OPS_` + the id upper-cased with every run of characters outside [A-Z0-9]
    /// replaced by one `_` (`2026-05-20-fix-admin-roles` → `…_2026_05_20_FIX_ADMIN_ROLES`).
    static QString variableFor(const QString& migrationId);

    static bool globallySkipped(const QProcessEnvironment& env);
    /// True only for a `skippable` migration whose flag is exactly "1".
    static bool migrationSkipped(const QString& migrationId, bool skippable, const QProcessEnvironment& env);
};

} // namespace kumiko::esops
