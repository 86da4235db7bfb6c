#include "DbCommands.h"

#include "CliContext.h"
#include "common/DataLocations.h"
#include "db/DatabaseLocator.h"
#include "db/DatabaseStatus.h"
#include "db/EmbeddedPostgres.h"
#include "db/PoolerProbe.h"
#include "db/SchemaBootstrap.h"
#include "db/ThreadConnection.h"
#include "domain/ConsistencyCheck.h"

#include <QElapsedTimer>

namespace kumiko::cli {
namespace {

int initSchema(CliContext& cli)
{
    auto report = cli.withDatabase([](QSqlDatabase& db) { return db::SchemaBootstrap::run(db); });
    if (!report)
        return cli.fail(report.error());
    if (cli.json()) {
        nlohmann::json created = nlohmann::json::array();
        for (const QString& table : report->createdTables)
            created.push_back(table.toStdString());
        nlohmann::json versions = nlohmann::json::array();
        for (int version : report->appliedAdminVersions)
            versions.push_back(version);
        cli.printJson({{"changed", report->changed()},
                       {"createdTables", created},
                       {"appliedSchemaVersions", versions},
                       {"schemaVersion", report->schemaVersion}});
        return ExitCode::Ok;
    }
    if (!report->changed()) {
        cli.out() << "schema is up to date (version " << report->schemaVersion << "); nothing changed\n";
        return ExitCode::Ok;
    }
    for (const QString& table : report->createdTables)
        cli.out() << "created table " << table << '\n';
    for (int version : report->appliedAdminVersions)
        cli.out() << "applied console schema version " << version << '\n';
    cli.out() << "schema version " << report->schemaVersion << '\n';
    return ExitCode::Ok;
}

int showStatus(CliContext& cli)
{
    const db::RowCounts counts =
        cli.isSet(QStringLiteral("exact")) ? db::RowCounts::Exact : db::RowCounts::Estimated;
    auto status = cli.withDatabase([counts](QSqlDatabase& db) -> Result<db::DatabaseStatus> {
        auto read = db::DatabaseStatus::read(db, counts);
        if (!read)
            return read;
        auto pooled = db::PoolerProbe::sharesServerSessions(db, db::ThreadConnection::settings());
        if (!pooled)
            return pooled.error();
        read->transactionPooling = pooled.value();
        return read;
    });
    if (!status)
        return cli.fail(status.error());
    const DataLocations locations = DataLocations::current();
    if (cli.json()) {
        nlohmann::json json = status->toJson();
        json["locations"] = locations.toJson();
        cli.printJson(json);
    } else {
        cli.out() << status->toText() << "files:\n" << locations.toText();
    }
    return ExitCode::Ok;
}

using domain::ConsistencyFinding;

QString describe(const ConsistencyFinding& finding)
{
    const QString subject = QStringLiteral("%1 %2").arg(
        finding.aggregateType.isEmpty() ? finding.table : finding.aggregateType, finding.aggregateId);
    switch (finding.kind) {
    case ConsistencyFinding::Kind::RowDiffers:
        return QStringLiteral("row differs:        %1 in %2: %3")
            .arg(subject, finding.table, finding.columns.join(QStringLiteral(", ")));
    case ConsistencyFinding::Kind::RowMissing:
        return QStringLiteral("row missing:        %1 has no row in %2").arg(subject, finding.table);
    case ConsistencyFinding::Kind::RowWithoutEvents:
        return QStringLiteral("row without events: %1 in %2").arg(subject, finding.table);
    case ConsistencyFinding::Kind::ForkedAggregate:
        return QStringLiteral("forked aggregate:   %1 in the streams of tenants %2")
            .arg(subject, finding.tenants.join(QStringLiteral(", ")));
    case ConsistencyFinding::Kind::VersionGap:
        return QStringLiteral(
                   "version gap:        %1 in the stream of tenant %2: version %3 where %4 was due")
            .arg(subject, finding.tenants.value(0))
            .arg(finding.foundVersion)
            .arg(finding.expectedVersion);
    case ConsistencyFinding::Kind::UnknownAggregateType:
        return QStringLiteral("unknown aggregate type: %1 (first aggregate %2)")
            .arg(finding.aggregateType, finding.aggregateId);
    }
    return {};
}

void printReport(CliContext& cli, const domain::ConsistencyReport& report)
{
    cli.out() << "checked "
              << CliContext::count(report.events, QStringLiteral("event"), QStringLiteral("events")) << " of "
              << CliContext::count(report.aggregates, QStringLiteral("aggregate"),
                                   QStringLiteral("aggregates"))
              << " against "
              << CliContext::count(report.rows, QStringLiteral("read row"), QStringLiteral("read rows"))
              << '\n';
    for (const ConsistencyFinding& finding : report.findings)
        cli.out() << describe(finding) << '\n';
    if (report.clean()) {
        cli.out() << "no problems found\n";
        return;
    }
    if (report.truncated())
        cli.out() << "(the first " << report.findings.size()
                  << " are shown; --json has the counts per kind)\n";
    cli.out() << CliContext::count(report.problems(), QStringLiteral("problem"), QStringLiteral("problems"))
              << " found\n";
}

// Checks in a read-only snapshot; progress goes to stderr once a second, so large logs show life.
int checkConsistency(CliContext& cli)
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    domain::ConsistencyCheck::Options options;
    options.progress = [&cli, &sinceProgress](qint64 done, qint64 estimate) {
        if (sinceProgress.elapsed() < 1000)
            return;
        sinceProgress.restart();
        cli.err() << "checked " << done
                  << (estimate > 0 ? QStringLiteral(" of about %1").arg(estimate) : QString()) << " events\n";
        cli.err().flush();
    };
    auto report =
        cli.withDatabase([&options](QSqlDatabase& db) { return domain::ConsistencyCheck::run(db, options); });
    if (!report)
        return cli.fail(report.error());
    if (cli.json())
        cli.printJson(report->toJson());
    else
        printReport(cli, report.value());
    return report->clean() ? ExitCode::Ok : ExitCode::Failed;
}

int stopEmbedded(CliContext& cli)
{
    db::EmbeddedPostgres embedded = db::DatabaseLocator::embedded();
    if (auto ok = embedded.stop(); !ok)
        return cli.fail(ok.error());
    cli.out() << "embedded PostgreSQL in " << embedded.baseDir() << " is stopped\n";
    return ExitCode::Ok;
}

} // namespace

void DbCommands::registerInto(CommandRegistry& registry)
{
    registry.add({QStringLiteral("db init"),
                  {},
                  QStringLiteral("Create the tables the console needs (idempotent, one transaction)."),
                  {},
                  initSchema});
    registry.add(
        {QStringLiteral("db status"),
         {},
         QStringLiteral("Server version, console schema version and estimated row counts."),
         {{QStringLiteral("exact"), QStringLiteral("Count the rows exactly (reads every table in full).")}},
         showStatus});
    registry.add(
        {QStringLiteral("db check"),
         {},
         QStringLiteral("Replay every aggregate's events and compare with the read tables; report forks, "
                        "version gaps, rows without events and unknown aggregate types (exit 1 when "
                        "anything is found). Reads one snapshot, writes nothing."),
         {},
         checkConsistency});
    registry.add({QStringLiteral("db stop-embedded"),
                  {},
                  QStringLiteral("Stop the embedded local PostgreSQL server."),
                  {},
                  stopEmbedded});
}

} // namespace kumiko::cli
