#include "config/ConfigOverview.h"

#include "db/Transaction.h"

namespace kumiko::config {

OverviewRequest OverviewRequest::everything(const QString& tenant, const QString& user)
{
    return {tenant, user, {}, true, true, true};
}

OverviewRequest OverviewRequest::valuesOf(const QString& tenant, const QString& user, const QStringList& keys)
{
    return {tenant, user, keys, true, false, false};
}

OverviewRequest OverviewRequest::seedsOnly()
{
    return {{}, {}, {}, false, true, false};
}

Result<ConfigOverview> ConfigOverview::read(const QSqlDatabase& db, const ProjectManifest& manifest,
                                            const OverviewRequest& request, const QProcessEnvironment& env)
{
    db::Transaction transaction(db);
    if (Status begun = transaction.beginReadOnly(); !begun)
        return begun.error();
    ConfigOverview overview;
    overview.m_manifest = manifest;
    auto context = ContextIds::resolve(db, request.tenant, request.user);
    if (!context)
        return context.error();
    overview.m_context = context.value();
    if (request.values)
        if (Status read = overview.readValues(db, request.keys, env); !read)
            return read.error();
    if (request.seeds)
        if (Status read = overview.readSeeds(db, env); !read)
            return read.error();
    if (request.labels)
        if (Status read = overview.readLabels(db); !read)
            return read.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return overview;
}

Status ConfigOverview::readValues(const QSqlDatabase& db, const QStringList& keys,
                                  const QProcessEnvironment& env)
{
    QStringList names = keys;
    if (names.isEmpty())
        for (const ConfigKey& key : m_manifest.keys().keys())
            names << key.qualifiedName;
    auto resolved =
        ConfigCascade(m_manifest.keys(), env).resolve(db, names, m_context.tenantId, m_context.userId);
    if (!resolved)
        return resolved.error();
    for (ResolvedValue& value : resolved.value())
        m_values.append({*m_manifest.keys().find(value.key), std::move(value)});
    return {};
}

Status ConfigOverview::readSeeds(const QSqlDatabase& db, const QProcessEnvironment& env)
{
    auto states = SeedStatusReader::read(db, m_manifest, env);
    if (!states)
        return states.error();
    const QList<ConfigSeed>& declared = m_manifest.seeds();
    for (qsizetype i = 0; i < declared.size(); ++i) {
        const ConfigKey* key = m_manifest.keys().find(declared.at(i).key);
        m_seeds.append({declared.at(i), states->at(i), key && key->encrypted});
    }
    return {};
}

Status ConfigOverview::readLabels(const QSqlDatabase& db)
{
    QSet<QString> tenants{m_context.tenantId};
    QSet<QString> users{m_context.userId};
    for (const SeedOverview& seed : m_seeds) {
        tenants.insert(seed.state.tenantId);
        users.insert(seed.state.userId);
    }
    auto labels = ContextLabels::load(db, tenants, users);
    if (!labels)
        return labels.error();
    m_labels = std::move(labels).value();
    return {};
}

const KeyOverview* ConfigOverview::find(const QString& key) const
{
    for (const KeyOverview& value : m_values)
        if (value.key.qualifiedName == key)
            return &value;
    return nullptr;
}

} // namespace kumiko::config
