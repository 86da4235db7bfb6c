#pragma once

#include "common/Result.h"
#include "config/ConfigCascade.h"
#include "config/ContextIds.h"
#include "config/ContextLabels.h"
#include "config/ProjectManifest.h"
#include "config/SeedStatusReader.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>

namespace kumiko::config {

/// One key as the overview shows it: its declaration and its effective value with the whole cascade.
struct KeyOverview
{
    ConfigKey key;
    ResolvedValue resolved;
};

/// One seed as the overview shows it: as declared, and where it stands in the database.
struct SeedOverview
{
    ConfigSeed declared;
    SeedState state;
    bool encrypted = false; ///< its key is encrypted: the declared value is never shown
};

/// What ConfigOverview::read reads; by default everything the Configuration page shows.
struct OverviewRequest
{
    QString tenant;     ///< tenant key or id; empty: no tenant
    QString user;       ///< user e-mail or id, in `tenant`; empty: no user
    QStringList keys;   ///< the keys to resolve; empty: every key of the manifest
    bool values = true; ///< effective values with their cascades
    bool seeds = true;  ///< every seed with its status
    bool labels = true; ///< keys and e-mails of the context's and the seeds' tenants and users

    /// Everything, for the Configuration page.
    static OverviewRequest everything(const QString& tenant, const QString& user);
    /// The values of `keys` (all when empty) only, for `config list` and `config get`.
    static OverviewRequest valuesOf(const QString& tenant, const QString& user, const QStringList& keys);
    /// The seeds only, for `config seeds`.
    static OverviewRequest seedsOnly();
};

/// Everything the Configuration page and `kumiko config list|get|seeds` show for a tenant and user:
/// per key the effective value, source, scope, seeded flag and cascade; every seed with its status;
/// the keys and e-mails of the tenants and users they name. Read in one read-only transaction, so the parts
/// agree.
class ConfigOverview
{
public:
    /// Errors: those of ContextIds::resolve, `unknown_config_key`, `invalid_env_override`, the database's.
    static Result<ConfigOverview>
    read(const QSqlDatabase& db, const ProjectManifest& manifest, const OverviewRequest& request,
         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    const ProjectManifest& manifest() const { return m_manifest; }
    const ContextIds& context() const { return m_context; }
    const QList<KeyOverview>& values() const { return m_values; } ///< in the order of the request's keys
    const QList<SeedOverview>& seeds() const { return m_seeds; }  ///< in manifest order
    const ContextLabels& labels() const { return m_labels; }
    /// The overview of `key`, or nullptr when it was not read.
    const KeyOverview* find(const QString& key) const;

private:
    Status readValues(const QSqlDatabase& db, const QStringList& keys, const QProcessEnvironment& env);
    Status readSeeds(const QSqlDatabase& db, const QProcessEnvironment& env);
    Status readLabels(const QSqlDatabase& db);

    ProjectManifest m_manifest;
    ContextIds m_context;
    QList<KeyOverview> m_values;
    QList<SeedOverview> m_seeds;
    ContextLabels m_labels;
};

} // namespace kumiko::config
