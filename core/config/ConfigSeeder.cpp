#include "config/ConfigSeeder.h"

#include "config/EnvelopeCipher.h"
#include "config/SeedPlanner.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/AggregateWriter.h"
#include "domain/WellKnownIds.h"
#include "eventstore/EventStore.h"

#include <QSet>

namespace kumiko::config {
namespace {

using Json = nlohmann::json;

bool needsCipher(const ProjectManifest& manifest)
{
    for (const ConfigSeed& seed : manifest.seeds()) {
        const ConfigKey* key = manifest.keys().find(seed.key);
        if (key && key->encrypted)
            return true;
    }
    return false;
}

// Indexes (into plan.seeds) of the seeds whose stream, row id or (key, tenant, user) row exists.
Result<QSet<qsizetype>> existingSeeds(const QSqlDatabase& db, const QList<PlannedSeed>& seeds)
{
    // Set-based joins (hash joins), not per-seed subqueries: 10,000 seeds cost one pass per table.
    QVariantList values = seedRowValues(seeds);
    values << domain::WellKnownIds::systemTenantId();
    auto rows = db::Sql::exec(
        db,
        QStringLiteral(
            "WITH i AS MATERIALIZED %1 "
            "SELECT i.n FROM i JOIN kumiko_events e ON e.tenant_id = ?::uuid AND e.aggregate_id = i.id "
            "AND e.version = 1 "
            "UNION SELECT i.n FROM i JOIN read_config_values r ON r.id = i.id "
            "UNION SELECT i.n FROM i JOIN read_config_values r ON r.key = i.key AND r.tenant_id = i.tenant "
            "AND coalesce(r.user_id, '') = coalesce(i.usr, '')")
            .arg(seedRowsSource()),
        values);
    if (!rows)
        return rows.error();
    QSet<qsizetype> existing;
    while (rows->next())
        existing.insert(rows->value(0).toLongLong());
    return existing;
}

Result<es::NewStream> streamOf(const PlannedSeed& seed, const EnvelopeCipher* cipher, const Json& metadata)
{
    QString stored = seed.valueText;
    if (seed.encrypted) {
        auto envelope = cipher->encrypt(seed.valueText.toUtf8());
        if (!envelope)
            return envelope.error();
        stored = envelope.value();
    }
    const Json user = seed.userId.isEmpty() ? Json() : Json(seed.userId.toStdString());
    es::NewStream stream;
    stream.tenantId = domain::WellKnownIds::systemTenantId();
    stream.aggregateId = seed.id.toString(QUuid::WithoutBraces);
    stream.type = QStringLiteral("config-value.created");
    stream.payload = {{"key", seed.key.toStdString()},
                      {"value", stored.toStdString()},
                      {"userId", user},
                      {"tenantId", seed.tenantId.toStdString()}};
    stream.metadata = metadata;
    stream.rowColumns = {{"key", seed.key.toStdString()},
                         {"value", stored.toStdString()},
                         {"user_id", user},
                         {"tenant_id", seed.tenantId.toStdString()}};
    return stream;
}

} // namespace

Json SeedResult::toJson() const
{
    Json names = Json::array();
    for (const QString& key : unknown)
        names.push_back(key.toStdString());
    return {{"created", created}, {"skipped", skipped}, {"unknown", names}};
}

Result<SeedResult> ConfigSeeder::run(const QSqlDatabase& db, const ProjectManifest& manifest,
                                     const QProcessEnvironment& env, const QString& correlationId)
{
    domain::Actor writer = domain::Actor::system();
    writer.correlationId = correlationId;
    const Json metadata = domain::AggregateWriter::metadataFor(writer.correlated());
    std::optional<EnvelopeCipher> cipher;
    if (needsCipher(manifest) && EnvelopeCipher::isConfigured(env)) {
        auto loaded = EnvelopeCipher::fromEnvironment(env);
        if (!loaded)
            return loaded.error();
        cipher = std::move(loaded.value());
    }
    auto plan = SeedPlanner(manifest, env).planStrict(db, cipher ? &*cipher : nullptr);
    if (!plan)
        return plan.error();
    SeedResult result;
    result.unknown = plan->unknownKeys;
    const qsizetype unknownSeeds = plan->problems.size();
    result.skipped = int(unknownSeeds);
    if (plan->seeds.isEmpty())
        return result;

    db::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    if (auto locked = db::Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {advisoryLockKey});
        !locked)
        return locked.error();
    auto existing = existingSeeds(db, plan->seeds);
    if (!existing)
        return existing.error();
    std::vector<es::NewStream> streams;
    QSet<QUuid> planned; // a seed given once by tenant key and once by id has one stream
    for (qsizetype i = 0; i < plan->seeds.size(); ++i) {
        if (existing->contains(i) || planned.contains(plan->seeds.at(i).id))
            continue;
        planned.insert(plan->seeds.at(i).id);
        auto stream = streamOf(plan->seeds.at(i), cipher ? &*cipher : nullptr, metadata);
        if (!stream)
            return stream.error();
        streams.push_back(std::move(stream.value()));
    }
    auto appended = es::EventStore::appendNewStreams(db, QStringLiteral("config-value"),
                                                     QStringLiteral("read_config_values"), streams);
    if (!appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    result.created = int(appended->appendedIds.size());
    result.skipped += int(plan->seeds.size()) - result.created;
    return result;
}

} // namespace kumiko::config
