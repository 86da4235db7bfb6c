#include "config/SeedStatusReader.h"

#include "config/EnvelopeCipher.h"
#include "config/SeedPlanner.h"
#include "db/Sql.h"
#include "domain/WellKnownIds.h"

#include <numeric>

namespace kumiko::config {
namespace {

using Json = nlohmann::json;

struct Stored
{
    int streamVersion = 0;
    bool hasRow = false;
    std::optional<QString> value;
    int rowVersion = 0;
    bool otherRow = false; ///< a row for the same (key, tenant, user) with another id
};

Result<QHash<qsizetype, Stored>> loadStored(const QSqlDatabase& db, const QList<PlannedSeed>& seeds)
{
    QVariantList values{domain::WellKnownIds::systemTenantId()};
    values << seedRowValues(seeds);
    auto rows = db::Sql::exec(
        db,
        QStringLiteral(
            "SELECT i.n, (SELECT max(version) FROM kumiko_events e WHERE e.tenant_id = ?::uuid "
            "AND e.aggregate_id = i.id), r.id IS NOT NULL, r.value, r.version, "
            "EXISTS (SELECT 1 FROM read_config_values o WHERE o.key = i.key AND o.tenant_id = i.tenant "
            "AND (o.user_id = i.usr OR (i.usr IS NULL AND o.user_id IS NULL)) AND o.id <> i.id) "
            "FROM %1 AS i LEFT JOIN read_config_values r ON r.id = i.id")
            .arg(seedRowsSource()),
        values);
    if (!rows)
        return rows.error();
    QHash<qsizetype, Stored> stored;
    while (rows->next()) {
        Stored s;
        s.streamVersion = rows->value(1).toInt();
        s.hasRow = rows->value(2).toBool();
        if (!rows->isNull(3))
            s.value = rows->value(3).toString();
        s.rowVersion = rows->value(4).toInt();
        s.otherRow = rows->value(5).toBool();
        stored.insert(rows->value(0).toLongLong(), s);
    }
    return stored;
}

bool sameValue(const PlannedSeed& seed, const std::optional<QString>& stored, const EnvelopeCipher* cipher)
{
    if (!stored)
        return false;
    if (!seed.encrypted)
        return *stored == seed.valueText;
    if (!cipher)
        return true; // without the master key an untouched version-1 seed row is taken as applied
    auto plaintext = cipher->decrypt(*stored);
    return plaintext && plaintext.value() == seed.valueText.toUtf8();
}

SeedStatus statusOf(const PlannedSeed& seed, const Stored& s, const EnvelopeCipher* cipher)
{
    if (s.streamVersion == 0)
        return s.otherRow || s.hasRow ? SeedStatus::Overridden : SeedStatus::Pending;
    if (!s.hasRow)
        return SeedStatus::Reset;
    if (s.streamVersion > 1 || s.rowVersion > 1 || !sameValue(seed, s.value, cipher))
        return SeedStatus::Overridden;
    return SeedStatus::Applied;
}

// The states of the seeds at `indexes` (ascending), in that order.
Result<QList<SeedState>> statesOf(const QSqlDatabase& db, const ProjectManifest& manifest,
                                  const QList<qsizetype>& indexes, const QProcessEnvironment& env)
{
    auto plan = SeedPlanner(manifest, env).plan(db, indexes);
    if (!plan)
        return plan.error();
    auto stored = loadStored(db, plan->seeds);
    if (!stored)
        return stored.error();
    std::optional<EnvelopeCipher> cipher;
    if (EnvelopeCipher::isConfigured(env))
        if (auto loaded = EnvelopeCipher::fromEnvironment(env))
            cipher = std::move(loaded.value());

    QHash<qsizetype, qsizetype> slot; // manifest index → position in `indexes`
    slot.reserve(indexes.size());
    for (qsizetype i = 0; i < indexes.size(); ++i)
        slot.insert(indexes.at(i), i);
    QList<SeedState> states(indexes.size());
    for (qsizetype i = 0; i < plan->seeds.size(); ++i) {
        const PlannedSeed& seed = plan->seeds.at(i);
        states[slot.value(seed.index)] = {seed.key,
                                          seed.scope,
                                          seed.tenantId,
                                          seed.userId,
                                          seed.id.toString(QUuid::WithoutBraces),
                                          statusOf(seed, stored->value(i), cipher ? &*cipher : nullptr),
                                          {}};
    }
    for (const SeedProblem& problem : plan->problems) {
        const ConfigSeed& seed = manifest.seeds().at(problem.index);
        const ConfigKey* key = manifest.keys().find(seed.key);
        const std::optional<Scope> scope = seed.scope ? seed.scope
                                           : key      ? std::optional(key->scope)
                                                      : std::nullopt;
        states[slot.value(problem.index)] = {seed.key,
                                             scope,
                                             {},
                                             {},
                                             {},
                                             problem.unknownKey ? SeedStatus::UnknownKey
                                                                : SeedStatus::Invalid,
                                             problem.error.message};
    }
    return states;
}

} // namespace

Result<QList<SeedState>> SeedStatusReader::read(const QSqlDatabase& db, const ProjectManifest& manifest,
                                                const QProcessEnvironment& env)
{
    QList<qsizetype> every(manifest.seeds().size());
    std::iota(every.begin(), every.end(), qsizetype(0));
    return statesOf(db, manifest, every, env);
}

Result<Page<SeedState>> SeedStatusReader::list(const QSqlDatabase& db, const ProjectManifest& manifest,
                                               const PageRequest& request, const QProcessEnvironment& env)
{
    bool number = request.after.isEmpty();
    const qsizetype after = number ? 0 : request.after.toLongLong(&number);
    if (!number || after < 0)
        return Error::make(
            ErrorCode::Usage,
            QStringLiteral("the seed cursor is a position in kumiko.json, not \"%1\"").arg(request.after),
            QStringLiteral("after"));
    const QList<ConfigSeed>& seeds = manifest.seeds();
    QList<qsizetype> indexes;
    for (qsizetype i = after; i < seeds.size() && indexes.size() <= request.limit; ++i)
        if (seeds.at(i).key.contains(request.filter, Qt::CaseInsensitive))
            indexes.append(i);
    auto states = statesOf(db, manifest, indexes, env);
    if (!states)
        return states.error();
    Page<SeedState> page{std::move(states).value(), {}};
    page.keepAtMost(request.limit, [&indexes, &request](const SeedState&) {
        return QString::number(indexes.at(request.limit - 1) + 1);
    });
    return page;
}

QString SeedStatusReader::statusName(SeedStatus status)
{
    switch (status) {
    case SeedStatus::Pending:
        return QStringLiteral("pending");
    case SeedStatus::Applied:
        return QStringLiteral("applied");
    case SeedStatus::Overridden:
        return QStringLiteral("overridden");
    case SeedStatus::Reset:
        return QStringLiteral("reset");
    case SeedStatus::UnknownKey:
        return QStringLiteral("unknown-key");
    case SeedStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

Json SeedStatusReader::toJson(const QList<SeedState>& states)
{
    Json seeds = Json::array();
    for (const SeedState& s : states)
        seeds.push_back(toJson(s));
    return {{"seeds", seeds}};
}

Json SeedStatusReader::toJson(const SeedState& s)
{
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? Json() : Json(text.toStdString());
    };
    Json entry = {{"key", s.key.toStdString()},
                  {"scope", s.scope ? Json(ConfigKey::scopeName(*s.scope).toStdString()) : Json()},
                  {"tenantId", orNull(s.tenantId)},
                  {"userId", orNull(s.userId)},
                  {"id", orNull(s.id)},
                  {"status", statusName(s.status).toStdString()}};
    if (!s.reason.isEmpty())
        entry["reason"] = s.reason.toStdString();
    return entry;
}

} // namespace kumiko::config
