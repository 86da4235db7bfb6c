#include "config/SeedPlanner.h"

#include "config/SeedId.h"
#include "config/TenantUserLookup.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "db/SqlArray.h"
#include "domain/WellKnownIds.h"

#include <QHash>
#include <QSet>
#include <numeric>

namespace kumiko::config {
namespace {

Result<TenantUserLookup> lookUp(const QSqlDatabase& db, const QList<ConfigSeed>& seeds,
                                const QList<qsizetype>& indexes)
{
    QSet<QString> tenants;
    QSet<QString> users;
    for (qsizetype i : indexes) {
        tenants.insert(seeds.at(i).tenant);
        users.insert(seeds.at(i).user);
    }
    return TenantUserLookup::run(db, tenants, users);
}

Error seedError(const ConfigSeed& seed, ErrorCode code, const QString& message)
{
    Error e = Error::make(code, QStringLiteral("seed %1 (%2): %3").arg(seed.jsonPath, seed.key, message),
                          seed.jsonPath);
    return e;
}

} // namespace

SeedPlanner::SeedPlanner(const ProjectManifest& manifest, QProcessEnvironment env)
    : m_manifest(manifest)
    , m_env(std::move(env))
{}

Result<SeedPlan> SeedPlanner::plan(const QSqlDatabase& db) const
{
    QList<qsizetype> every(m_manifest.seeds().size());
    std::iota(every.begin(), every.end(), qsizetype(0));
    return plan(db, every);
}

Result<SeedPlan> SeedPlanner::plan(const QSqlDatabase& db, const QList<qsizetype>& indexes) const
{
    const QList<ConfigSeed>& seeds = m_manifest.seeds();
    auto references = lookUp(db, seeds, indexes);
    if (!references)
        return references.error();
    SeedPlan plan;
    for (qsizetype i : indexes) {
        const ConfigSeed& seed = seeds.at(i);
        const ConfigKey* key = m_manifest.keys().find(seed.key);
        if (!key) {
            plan.problems.append(
                {i, true,
                 seedError(seed, ErrorCode::UnknownConfigKey, QStringLiteral("no such config key"))});
            if (!plan.unknownKeys.contains(seed.key))
                plan.unknownKeys.append(seed.key);
            continue;
        }
        const auto problem = [&](ErrorCode code, const QString& message) {
            plan.problems.append({i, false, seedError(seed, code, message)});
        };
        PlannedSeed planned;
        planned.index = i;
        planned.key = seed.key;
        planned.scope = seed.scope.value_or(key->scope);
        planned.encrypted = key->encrypted;
        if (seed.value) {
            planned.valueText = ValueText::encode(*seed.value);
        } else if (!m_env.contains(seed.valueFromEnv)) {
            problem(ErrorCode::SeedEnvMissing,
                    QStringLiteral("environment variable %1 is not set").arg(seed.valueFromEnv));
            continue;
        } else {
            auto value = ValueValidator::coerce(*key, m_env.value(seed.valueFromEnv));
            if (!value) {
                problem(value.error().code, QStringLiteral("environment variable %1: %2")
                                                .arg(seed.valueFromEnv, value.error().message));
                continue;
            }
            planned.valueText = ValueText::encode(value.value());
        }
        planned.tenantId = domain::WellKnownIds::systemTenantId();
        if (!seed.tenant.isEmpty()) {
            planned.tenantId = references->tenantId(seed.tenant);
            if (planned.tenantId.isEmpty()) {
                problem(ErrorCode::UnknownTenant,
                        QStringLiteral("no tenant with key \"%1\"").arg(seed.tenant));
                continue;
            }
        }
        if (!seed.user.isEmpty()) {
            planned.userId = references->userId(seed.user);
            if (planned.userId.isEmpty()) {
                problem(ErrorCode::UnknownUser, QStringLiteral("no user with e-mail %1").arg(seed.user));
                continue;
            }
        }
        planned.id = SeedId::of(planned.key, QUuid(planned.tenantId), planned.userId);
        plan.seeds.append(planned);
    }
    return plan;
}

Result<SeedPlan> SeedPlanner::planStrict(const QSqlDatabase& db, const EnvelopeCipher* cipher) const
{
    if (!cipher) {
        for (const ConfigSeed& seed : m_manifest.seeds()) {
            const ConfigKey* key = m_manifest.keys().find(seed.key);
            if (key && key->encrypted)
                return seedError(seed, ErrorCode::MasterKeyMissing,
                                 QStringLiteral("the key is encrypted but no master key is set "
                                                "(KUMIKO_SECRETS_MASTER_KEY_V1); nothing was written"));
        }
    }
    auto result = plan(db);
    if (!result)
        return result.error();
    for (const SeedProblem& problem : result->problems)
        if (!problem.unknownKey)
            return problem.error;
    return result;
}

QString seedRowsSource()
{
    return QStringLiteral(
        "(SELECT u.ord - 1 AS n, u.id, u.key, u.tenant, u.usr FROM unnest(?::uuid[], ?::text[], ?::uuid[], "
        "?::text[]) WITH ORDINALITY AS u(id, key, tenant, usr, ord))");
}

QVariantList seedRowValues(const QList<PlannedSeed>& seeds)
{
    QStringList ids, keys, tenants, users;
    for (const PlannedSeed& s : seeds) {
        ids << s.id.toString(QUuid::WithoutBraces);
        keys << s.key;
        tenants << s.tenantId;
        users << (s.userId.isEmpty() ? QString() : s.userId);
    }
    return {db::SqlArray::literal(ids), db::SqlArray::literal(keys), db::SqlArray::literal(tenants),
            db::SqlArray::literal(users)};
}

} // namespace kumiko::config
