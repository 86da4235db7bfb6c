#include "config/SeedPlanner.h"

#include "config/SeedId.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "db/Sql.h"
#include "domain/WellKnownIds.h"

#include <QHash>
#include <QSet>

namespace kumiko::config {
namespace {

bool isUuid(const QString& reference)
{
    return reference.size() == 36 && !QUuid::fromString(reference).isNull();
}

struct References
{
    QHash<QString, QString> tenants; ///< tenant key → id
    QHash<QString, QString> users;   ///< lower-case e-mail → id
};

QString jsonList(const QSet<QString>& values)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& value : values)
        list.push_back(value.toStdString());
    return QString::fromStdString(list.dump());
}

Result<References> lookUp(const QSqlDatabase& db, const QList<ConfigSeed>& seeds)
{
    QSet<QString> tenantKeys;
    QSet<QString> emails;
    for (const ConfigSeed& seed : seeds) {
        if (!seed.tenant.isEmpty() && !isUuid(seed.tenant))
            tenantKeys.insert(seed.tenant);
        if (!seed.user.isEmpty() && !isUuid(seed.user))
            emails.insert(seed.user.toLower());
    }
    References found;
    if (tenantKeys.isEmpty() && emails.isEmpty())
        return found;
    auto rows =
        db::Sql::exec(db,
                      QStringLiteral("SELECT 't', key, id::text FROM read_tenants "
                                     "WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)) "
                                     "UNION ALL SELECT 'u', lower(email), id::text FROM read_users "
                                     "WHERE lower(email) IN (SELECT jsonb_array_elements_text(?::jsonb))"),
                      {jsonList(tenantKeys), jsonList(emails)});
    if (!rows)
        return rows.error();
    while (rows->next())
        (rows->value(0).toString() == QLatin1String("t") ? found.tenants : found.users)
            .insert(rows->value(1).toString(), rows->value(2).toString());
    return found;
}

Error seedError(const ConfigSeed& seed, const QString& code, const QString& message)
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
    const QList<ConfigSeed>& seeds = m_manifest.seeds();
    auto references = lookUp(db, seeds);
    if (!references)
        return references.error();
    SeedPlan plan;
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        const ConfigSeed& seed = seeds.at(i);
        const ConfigKey* key = m_manifest.keys().find(seed.key);
        if (!key) {
            plan.problems.append({i, true,
                                  seedError(seed, QStringLiteral("unknown_config_key"),
                                            QStringLiteral("no such config key"))});
            if (!plan.unknownKeys.contains(seed.key))
                plan.unknownKeys.append(seed.key);
            continue;
        }
        const auto problem = [&](const QString& code, const QString& message) {
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
            problem(QStringLiteral("seed_env_missing"),
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
            planned.tenantId =
                isUuid(seed.tenant) ? seed.tenant.toLower() : references->tenants.value(seed.tenant);
            if (planned.tenantId.isEmpty()) {
                problem(QStringLiteral("unknown_tenant"),
                        QStringLiteral("no tenant with key \"%1\"").arg(seed.tenant));
                continue;
            }
        }
        if (!seed.user.isEmpty()) {
            planned.userId =
                isUuid(seed.user) ? seed.user.toLower() : references->users.value(seed.user.toLower());
            if (planned.userId.isEmpty()) {
                problem(QStringLiteral("unknown_user"),
                        QStringLiteral("no user with e-mail %1").arg(seed.user));
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
                return seedError(seed, QStringLiteral("master_key_missing"),
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

} // namespace kumiko::config
