#pragma once

#include "common/Result.h"
#include "config/EnvelopeCipher.h"
#include "config/ProjectManifest.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QUuid>
#include <QVariantList>
#include <optional>

namespace kumiko::config {

/// A seed with everything resolved: the row's tenant and user ids, its deterministic id, its value.
struct PlannedSeed
{
    qsizetype index = 0; ///< position in ProjectManifest::seeds()
    QString key;
    Scope scope = Scope::System;
    QString tenantId; ///< row tenant (the system tenant for system and tenant-fallback seeds)
    QString userId;   ///< empty unless user scope
    QUuid id;
    QString valueText; ///< JSON text of the value, never encrypted here
    bool encrypted = false;
};

/// A seed that cannot be planned: its key is unknown, or it is invalid (env variable unset, tenant or
/// user not found, value not fitting its key).
struct SeedProblem
{
    qsizetype index = 0;
    bool unknownKey = false;
    Error error;
};

/// How set-based queries join many seeds against the tables at once: seedRowsSource() is a FROM
/// item with the columns (n = index in seeds, id, key, tenant, usr); seedRowValues() are its four
/// bound values (arrays), in placeholder order.
QString seedRowsSource();
QVariantList seedRowValues(const QList<PlannedSeed>& seeds);

struct SeedPlan
{
    QList<PlannedSeed> seeds;
    QList<SeedProblem> problems;
    QStringList unknownKeys; ///< qualified names, in seed order, without repeats
};

/// Turns the manifest's seeds into planned rows; tenants and users given by key/e-mail are looked up
/// in one query.
class SeedPlanner
{
public:
    explicit SeedPlanner(const ProjectManifest& manifest,
                         QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    /// Every seed, planned or with its problem (for the status view).
    Result<SeedPlan> plan(const QSqlDatabase& db) const;
    /// The seeds at `indexes` (positions in ProjectManifest::seeds(), ascending) only: a page of the
    /// status view looks up just the tenants and users those name.
    Result<SeedPlan> plan(const QSqlDatabase& db, const QList<qsizetype>& indexes) const;
    /// Like plan(), but any problem other than an unknown key is an error, as is an encrypted seed
    /// without `cipher` (`master_key_missing`) — all before anything is written.
    Result<SeedPlan> planStrict(const QSqlDatabase& db, const EnvelopeCipher* cipher) const;

private:
    const ProjectManifest& m_manifest;
    QProcessEnvironment m_env;
};

} // namespace kumiko::config
