#include "db/SchemaBootstrap.h"

#include "db/LibpqHandle.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <optional>

namespace kumiko::db {
namespace {

// Serialises concurrent bootstraps of one database ("Kumi").
constexpr qint64 kBootstrapLockKey = 0x4b756d69;
const QString kExpectedSchema = QStringLiteral("kumiko_admin_expected");

struct AdminStep
{
    int version = 0;
    QString description;
    QString sql;
};

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// "-- table: <name>" starts each table's section of upstream.sql.
QList<std::pair<QString, QString>> upstreamSections()
{
    static const QList<std::pair<QString, QString>> sections = [] {
        QList<std::pair<QString, QString>> result;
        const QString marker = QStringLiteral("-- table: ");
        for (const QString& line :
             readResource(QStringLiteral(":/kumiko/schema/upstream.sql")).split(QLatin1Char('\n'))) {
            if (line.startsWith(marker))
                result.append({line.mid(marker.size()).trimmed(), QString()});
            else if (!result.isEmpty())
                result.last().second += line + QLatin1Char('\n');
        }
        return result;
    }();
    return sections;
}

QList<AdminStep> adminSteps()
{
    static const QList<AdminStep> steps = [] {
        QList<AdminStep> result;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})-(.+)\\.sql$"));
        QDir dir(QStringLiteral(":/kumiko/schema/admin"));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = name.match(file);
            if (!match.hasMatch())
                qFatal("admin schema file %s is not named NNNN-description.sql", qPrintable(file));
            result.append({match.captured(1).toInt(),
                           match.captured(2).replace(QLatin1Char('-'), QLatin1Char(' ')),
                           readResource(dir.filePath(file))});
        }
        return result;
    }();
    return steps;
}

Result<bool> tableExists(const QSqlDatabase& db, const QString& schema, const QString& table)
{
    auto found = Sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                             {schema + QLatin1Char('.') + table});
    if (!found)
        return found.error();
    return found.value().toBool();
}

// Column name → "type NOT NULL?" for each table of a schema.
Result<QMap<QString, QMap<QString, QString>>> columnsOf(const QSqlDatabase& db, const QString& schema)
{
    auto query =
        Sql::exec(db,
                  QStringLiteral("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
                                 "a.attnotnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = ? AND c.relkind = 'r' AND a.attnum > 0 "
                                 "AND NOT a.attisdropped"),
                  {schema});
    if (!query)
        return query.error();
    QMap<QString, QMap<QString, QString>> columns;
    while (query->next()) {
        const QString type =
            query->value(2).toString() + (query->value(3).toBool() ? QStringLiteral(" NOT NULL") : QString());
        columns[query->value(0).toString()].insert(query->value(1).toString(), type);
    }
    return columns;
}

// Builds the upstream tables in a scratch schema (dropped again) and compares existing tables to them.
Status checkExistingTables(const QSqlDatabase& db, const QStringList& existing)
{
    if (existing.isEmpty())
        return {};
    QString ddl;
    for (const auto& [table, sql] : upstreamSections())
        ddl += sql;
    for (const QString& statement : {QStringLiteral("CREATE SCHEMA %1").arg(kExpectedSchema),
                                     QStringLiteral("SET LOCAL search_path = %1").arg(kExpectedSchema), ddl,
                                     QStringLiteral("SET LOCAL search_path = public")}) {
        if (auto ok = Sql::run(db, statement); !ok)
            return ok;
    }
    auto expected = columnsOf(db, kExpectedSchema);
    auto actual = columnsOf(db, QStringLiteral("public"));
    if (auto ok = Sql::run(db, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(kExpectedSchema)); !ok)
        return ok;
    if (!expected)
        return expected.error();
    if (!actual)
        return actual.error();
    QStringList differences;
    for (const QString& table : existing) {
        const auto want = expected->value(table);
        const auto have = actual->value(table);
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            if (!have.contains(it.key()))
                differences
                    << QStringLiteral("%1.%2 is missing (upstream: %3)").arg(table, it.key(), it.value());
            else if (have.value(it.key()) != it.value())
                differences << QStringLiteral("%1.%2 is %3, upstream creates %4")
                                   .arg(table, it.key(), have.value(it.key()), it.value());
        }
    }
    if (differences.isEmpty())
        return {};
    Error e = Error::make(
        ErrorCode::SchemaMismatch,
        QStringLiteral("existing tables differ from the upstream schema; nothing was changed:\n  %1")
            .arg(differences.join(QStringLiteral("\n  "))));
    return e;
}

Result<int> installedAdminVersion(const QSqlDatabase& db)
{
    auto exists = tableExists(db, QStringLiteral("public"), QStringLiteral("kumiko_admin_schema"));
    if (!exists)
        return exists.error();
    if (!exists.value())
        return 0;
    auto version =
        Sql::scalar(db, QStringLiteral("SELECT COALESCE(max(version), 0) FROM kumiko_admin_schema"));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<BootstrapReport> bootstrapInTransaction(const QSqlDatabase& db)
{
    BootstrapReport report;
    if (auto ok = Sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kBootstrapLockKey}); !ok)
        return ok.error();
    QStringList existing;
    for (const auto& [table, sql] : upstreamSections()) {
        auto exists = tableExists(db, QStringLiteral("public"), table);
        if (!exists)
            return exists.error();
        if (exists.value())
            existing << table;
    }
    if (auto ok = checkExistingTables(db, existing); !ok)
        return ok.error();
    for (const auto& [table, sql] : upstreamSections()) {
        if (existing.contains(table))
            continue;
        if (auto ok = Sql::run(db, sql); !ok)
            return ok.error();
        report.createdTables << table;
    }
    auto installed = installedAdminVersion(db);
    if (!installed)
        return installed.error();
    report.schemaVersion = installed.value();
    for (const AdminStep& step : adminSteps()) {
        if (step.version <= installed.value())
            continue;
        if (auto ok = Sql::run(db, step.sql); !ok)
            return ok.error();
        if (auto ok = Sql::run(
                db, QStringLiteral("INSERT INTO kumiko_admin_schema (version, description) VALUES (?, ?)"),
                {step.version, step.description});
            !ok)
            return ok.error();
        report.appliedAdminVersions << step.version;
        report.schemaVersion = step.version;
    }
    return report;
}

} // namespace

QStringList SchemaBootstrap::upstreamTables()
{
    QStringList tables;
    for (const auto& section : upstreamSections())
        tables << section.first;
    return tables;
}

int SchemaBootstrap::latestAdminVersion()
{
    return adminSteps().isEmpty() ? 0 : adminSteps().last().version;
}

Result<BootstrapReport> SchemaBootstrap::run(const QSqlDatabase& db)
{
    std::optional<Transaction> own;
    if (!LibpqHandle::inTransaction(db)) {
        own.emplace(db);
        if (auto ok = own->begin(); !ok)
            return ok.error();
    }
    if (auto ok = Sql::run(db, QStringLiteral("SET LOCAL search_path = public")); !ok)
        return ok.error();
    auto report = bootstrapInTransaction(db);
    if (!report)
        return report;
    if (own)
        if (auto ok = own->commit(); !ok)
            return ok.error();
    return report;
}

} // namespace kumiko::db
