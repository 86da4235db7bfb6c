#pragma once

#include "common/Result.h"
#include "config/ProjectManifest.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <nlohmann/json.hpp>

namespace kumiko::config {

/// Where one seed of the manifest stands in the database.
struct SeedState
{
    QString key;
    QString scope;    ///< empty when the key is unknown and the seed names no scope
    QString tenantId; ///< row tenant; empty when unresolved
    QString userId;
    QString id;     ///< deterministic seed id; empty when unresolved
    QString status; ///< pending | applied | overridden | reset | unknown-key | invalid
    QString reason; ///< for invalid and unknown-key: why
};

/// Computes the status of every seed in one query: pending (no stream), applied (row equals the
/// seed), overridden (row differs, the stream has more events, or an admin row exists without a
/// seed stream), reset (stream exists, row gone), unknown-key, invalid.
class SeedStatusReader
{
public:
    static Result<QList<SeedState>>
    read(const QSqlDatabase& db, const ProjectManifest& manifest,
         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    /// `{"seeds": [{"key","scope","tenantId","userId","id","status"}]}` — the `config seeds --json` shape.
    static nlohmann::json toJson(const QList<SeedState>& states);
};

} // namespace kumiko::config
