#include "config/ConfigCascade.h"

#include "config/SeedId.h"
#include "config/ValueText.h"
#include "config/ValueValidator.h"
#include "db/Sql.h"
#include "domain/WellKnownIds.h"

#include <QHash>
#include <QMap>

namespace kumiko::config {
namespace {

struct StoredRow
{
    QString id;
    std::optional<QString> value;
};

// Rows of one key by level.
using RowsByLevel = QMap<ValueSource, StoredRow>;

QList<ValueSource> rowLevelsFor(Scope scope)
{
    switch (scope) {
    case Scope::User:
        return {ValueSource::UserRow, ValueSource::TenantRow, ValueSource::SystemRow};
    case Scope::Tenant:
        return {ValueSource::TenantRow, ValueSource::SystemRow};
    case Scope::System:
        break;
    }
    return {ValueSource::SystemRow};
}

std::optional<ValueSource> levelOf(const QString& rowTenant, const QString& rowUser, const QString& tenantId)
{
    if (!rowUser.isEmpty())
        return ValueSource::UserRow;
    if (rowTenant == domain::WellKnownIds::systemTenantId())
        return ValueSource::SystemRow;
    return rowTenant == tenantId ? std::optional(ValueSource::TenantRow) : std::nullopt;
}

Result<QHash<QString, RowsByLevel>> loadRows(const QSqlDatabase& db, const QStringList& keys,
                                             const QString& tenantId, const QString& userId)
{
    nlohmann::json keyList = nlohmann::json::array();
    for (const QString& key : keys)
        keyList.push_back(key.toStdString());
    const QVariant tenant =
        tenantId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(tenantId);
    const QVariant user = userId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(userId);
    auto rows = db::Sql::exec(
        db,
        QStringLiteral("SELECT key, tenant_id::text, user_id, value, id::text FROM read_config_values "
                       "WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)) "
                       "AND ((tenant_id = ?::uuid AND user_id IS NULL) "
                       "OR (tenant_id = ?::uuid AND (user_id IS NULL OR user_id = ?)))"),
        {QString::fromStdString(keyList.dump()), domain::WellKnownIds::systemTenantId(), tenant, user});
    if (!rows)
        return rows.error();
    QHash<QString, RowsByLevel> byKey;
    while (rows->next()) {
        const std::optional<ValueSource> level =
            levelOf(rows->value(1).toString(), rows->value(2).toString(), tenantId);
        if (!level)
            continue;
        StoredRow row{rows->value(4).toString(), std::nullopt};
        if (!rows->isNull(3))
            row.value = rows->value(3).toString();
        byKey[rows->value(0).toString()].insert(*level, row);
    }
    return byKey;
}

// The id a seed would give the row of `level`; a row with that id was written by a seed.
QString seedIdOf(const QString& key, ValueSource level, const QString& tenantId, const QString& userId)
{
    const QString tenant =
        level == ValueSource::SystemRow ? domain::WellKnownIds::systemTenantId() : tenantId;
    const QString user = level == ValueSource::UserRow ? userId : QString();
    return SeedId::of(key, QUuid(tenant), user).toString(QUuid::WithoutBraces);
}

} // namespace

ConfigCascade::ConfigCascade(const KeyCatalog& keys, QProcessEnvironment env)
    : m_keys(keys)
    , m_env(std::move(env))
{}

Result<std::optional<QString>> ConfigCascade::appOverride(const ConfigKey& key) const
{
    if (key.env.isEmpty() || !m_env.contains(key.env))
        return std::optional<QString>();
    auto value = ValueValidator::coerce(key, m_env.value(key.env));
    if (!value) {
        Error e = Error::make(ErrorCode::InvalidEnvOverride,
                              QStringLiteral("environment variable %1 does not fit config key %2: %3")
                                  .arg(key.env, key.qualifiedName, value.error().message),
                              key.env);
        e.context = value.error().context;
        return e;
    }
    return std::optional<QString>(ValueText::encode(value.value()));
}

Result<QList<ResolvedValue>> ConfigCascade::resolve(const QSqlDatabase& db, const QStringList& keys,
                                                    const QString& tenantId, const QString& userId) const
{
    for (const QString& key : keys)
        if (!m_keys.find(key))
            return Error::make(ErrorCode::UnknownConfigKey,
                               QStringLiteral("no config key %1 is declared in kumiko.json").arg(key),
                               QStringLiteral("key"));
    auto rows = loadRows(db, keys, tenantId, userId);
    if (!rows)
        return rows.error();
    QList<ResolvedValue> resolved;
    for (const QString& name : keys) {
        const ConfigKey& key = *m_keys.find(name);
        ResolvedValue out;
        out.key = name;
        const RowsByLevel levelRows = rows->value(name);
        for (ValueSource level : rowLevelsFor(key.scope)) {
            CascadeLevel rung{level, std::nullopt, key.encrypted, false, {}};
            if (levelRows.contains(level)) {
                rung.value = levelRows.value(level).value;
                rung.rowId = levelRows.value(level).id;
            }
            out.cascade.push_back(rung);
        }
        auto override = appOverride(key);
        if (!override)
            return override.error();
        out.cascade.push_back({ValueSource::AppOverride, override.value(), false, false, {}});
        std::optional<QString> fallback;
        if (key.defaultValue)
            fallback = ValueText::encode(*key.defaultValue);
        out.cascade.push_back({ValueSource::Default, fallback, false, false, {}});
        for (CascadeLevel& rung : out.cascade) {
            if (!rung.hasValue())
                continue;
            rung.active = true;
            out.source = rung.level;
            out.value = rung.value;
            out.envelope = rung.envelope;
            out.seeded = !rung.rowId.isEmpty() && rung.rowId == seedIdOf(name, rung.level, tenantId, userId);
            break;
        }
        resolved.append(std::move(out));
    }
    return resolved;
}

QString ConfigCascade::sourceName(ValueSource source)
{
    switch (source) {
    case ValueSource::UserRow:
        return QStringLiteral("user-row");
    case ValueSource::TenantRow:
        return QStringLiteral("tenant-row");
    case ValueSource::SystemRow:
        return QStringLiteral("system-row");
    case ValueSource::AppOverride:
        return QStringLiteral("app-override");
    case ValueSource::Default:
        return QStringLiteral("default");
    case ValueSource::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

Result<ResolvedValue> ConfigCascade::resolveOne(const QSqlDatabase& db, const QString& key,
                                                const QString& tenantId, const QString& userId) const
{
    auto all = resolve(db, {key}, tenantId, userId);
    if (!all)
        return all.error();
    return all->first();
}

} // namespace kumiko::config
