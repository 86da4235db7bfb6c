#pragma once

#include "common/Result.h"
#include "config/ProjectManifest.h"
#include "domain/ConfigValueHandlers.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <nlohmann/json.hpp>

namespace kumiko::config {

/// What a seeding run did; unknown keys are counted as skipped and named.
struct SeedResult
{
    int created = 0;
    int skipped = 0;
    QStringList unknown;

    /// `{"created": n, "skipped": n, "unknown": [...]}` — the stable `config seed --json` shape.
    nlohmann::json toJson() const;
};

/// Writes the manifest's config seeds insert-only and set-based, in one transaction: one query finds
/// the seeds whose stream or (key, tenant, user) row exists, one batch appends `config-value.created`
/// events with their rows for the others.
///
/// Concurrent seeders (and anything else that creates config rows) serialise on a transaction-scoped
/// advisory lock, so a (key, tenant, user) never gets a second row.
class ConfigSeeder
{
public:
    /// The lock taken before rows are checked and written; config:write:set takes the same one.
    static constexpr qint64 advisoryLockKey = domain::ConfigValueHandlers::rowLockKey;

    /// Events are the system user's, as upstream's seeding writes them, with `correlationId` (a new
    /// UUID when empty) so one run's events can be found together.
    static Result<SeedResult> run(const QSqlDatabase& db, const ProjectManifest& manifest,
                                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                                  const QString& correlationId = {});
};

} // namespace kumiko::config
