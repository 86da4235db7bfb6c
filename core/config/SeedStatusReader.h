#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "config/ProjectManifest.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <nlohmann/json.hpp>

namespace kumiko::config {

/// What became of one seed of the manifest (SeedStatusReader::statusName gives its name).
enum class SeedStatus
{
    Pending,    ///< no seed stream yet
    Applied,    ///< the row equals the seed
    Overridden, ///< the row differs, its stream has more events, or an admin row exists without a seed stream
    Reset,      ///< the stream exists, the row is gone
    UnknownKey, ///< the manifest declares no such key
    Invalid,    ///< the seed does not fit its key or names no resolvable target
};

/// Where one seed of the manifest stands in the database.
struct SeedState
{
    QString key;
    std::optional<Scope> scope; ///< none when the key is unknown and the seed names no scope
    QString tenantId;           ///< row tenant; empty when unresolved
    QString userId;
    QString id; ///< deterministic seed id; empty when unresolved
    SeedStatus status = SeedStatus::Pending;
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
    /// One page in manifest order, reading only what its seeds need. The cursor is the position
    /// (1-based) of the page's last seed in kumiko.json's seed list; the filter matches a substring
    /// of the key.
    static Result<Page<SeedState>>
    list(const QSqlDatabase& db, const ProjectManifest& manifest, const PageRequest& request,
         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    /// The name `config seeds` prints and its JSON carries: pending, applied, overridden, reset,
    /// unknown-key, invalid.
    static QString statusName(SeedStatus status);

    /// `{"seeds": [toJson(state)…]}` — the `config seeds --json` shape.
    static nlohmann::json toJson(const QList<SeedState>& states);
    /// `{"key","scope","tenantId","userId","id","status"}`, plus `"reason"` when there is one.
    static nlohmann::json toJson(const SeedState& state);
};

} // namespace kumiko::config
