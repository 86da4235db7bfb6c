#include "esops/SeedLedger.h"

#include "db/DatabaseListener.h"
#include "db/Sql.h"

#include <QSysInfo>

namespace kumiko::esops {
namespace {

using db::Sql;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Timestamps travel as UTC ISO text: QPSQL's QDateTime conversion consults the local time zone for every
// value, which cost more than everything else of `seed:status` on thousands of migrations.
QString utcColumn(const char* column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(QLatin1String(column));
}

QDateTime utcFrom(const QVariant& text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

const QString kAttemptColumns = QStringLiteral(
    "id, checksum, started_at, outcome, error_code, error_message, failed_step, events_written, applied_by, "
    "host_name, reason");
const QString kAttemptValues = QStringLiteral("?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?");

// Consoles refresh their migration lists on this; PostgreSQL delivers it at commit, or never.
Status notifyChanged(const QSqlDatabase& db)
{
    return Sql::run(db, QStringLiteral("SELECT pg_notify(?, '')"), {db::DatabaseListener::esOpsChannel()});
}

QVariantList attemptValues(const SeedAttempt& attempt)
{
    const QDateTime started =
        attempt.startedAt.isValid() ? attempt.startedAt : QDateTime::currentDateTimeUtc();
    const QString host = attempt.hostName.isEmpty() ? QSysInfo::machineHostName() : attempt.hostName;
    return {attempt.id,
            textOrNull(attempt.checksum),
            utcText(started),
            attempt.outcome,
            textOrNull(attempt.errorCode),
            textOrNull(attempt.errorMessage),
            attempt.failedStep ? QVariant(*attempt.failedStep) : QVariant(QMetaType(QMetaType::Int)),
            attempt.eventsWritten,
            attempt.appliedBy,
            textOrNull(host),
            textOrNull(attempt.reason)};
}

SeedAttempt attemptFrom(db::SqlRows& rows)
{
    SeedAttempt attempt;
    attempt.attemptId = rows.value(0).toLongLong();
    attempt.id = rows.value(1).toString();
    attempt.checksum = rows.value(2).toString();
    attempt.startedAt = utcFrom(rows.value(3));
    attempt.finishedAt = utcFrom(rows.value(4));
    attempt.outcome = rows.value(5).toString();
    attempt.errorCode = rows.value(6).toString();
    attempt.errorMessage = rows.value(7).toString();
    if (!rows.isNull(8))
        attempt.failedStep = rows.value(8).toInt();
    attempt.eventsWritten = rows.value(9).toInt();
    attempt.appliedBy = rows.value(10).toString();
    attempt.databaseUser = rows.value(11).toString();
    attempt.hostName = rows.value(12).toString();
    attempt.reason = rows.value(13).toString();
    return attempt;
}

const QString kAttemptFields =
    QStringLiteral(
        "attempt_id, id, checksum, %1, %2, outcome, error_code, error_message, failed_step, "
        "events_written, applied_by, database_user, host_name, reason FROM kumiko_admin_seed_runs ")
        .arg(utcColumn("started_at"), utcColumn("finished_at"));

Status loadMarkers(const QSqlDatabase& db, LedgerSnapshot& snapshot)
{
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT id, %1, applied_by, duration_ms, notes FROM "
                                         "kumiko_es_operations WHERE operation_type = ?")
                              .arg(utcColumn("applied_at")),
                          {SeedLedger::operationType()});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        LedgerEntry entry{rows->value(0).toString(), utcFrom(rows->value(1)), rows->value(2).toString(),
                          rows->value(3).toInt(), rows->value(4).toString()};
        snapshot.applied.insert(entry.id, entry);
    }
    return {};
}

Status loadAttempts(const QSqlDatabase& db, LedgerSnapshot& snapshot)
{
    auto last =
        Sql::exec(db, QStringLiteral("SELECT DISTINCT ON (id) ") + kAttemptFields +
                          QStringLiteral("WHERE outcome <> 'already-applied' ORDER BY id, attempt_id DESC"));
    if (!last)
        return last.error();
    while (last->next()) {
        SeedAttempt attempt = attemptFrom(*last);
        snapshot.lastAttempts.insert(attempt.id, attempt);
    }
    // Who applied and whether it was a baseline come from the applying attempt; the checksum from the
    // newest attempt that recorded one, which may be an accepted change of the file.
    auto appliers = Sql::exec(
        db, QStringLiteral(
                "SELECT DISTINCT ON (id) id, checksum, applied_by, outcome FROM kumiko_admin_seed_runs "
                "WHERE outcome IN ('applied', 'marked') ORDER BY id, attempt_id DESC"));
    if (!appliers)
        return appliers.error();
    while (appliers->next()) {
        const QString id = appliers->value(0).toString();
        snapshot.recordedChecksums.insert(id, appliers->value(1).toString());
        snapshot.recordedAppliers.insert(id, appliers->value(2).toString());
        if (appliers->value(3).toString() == SeedAttempt::marked())
            snapshot.baselined.insert(id);
    }
    auto accepted = Sql::exec(
        db,
        QStringLiteral("SELECT DISTINCT ON (r.id) r.id, r.checksum FROM kumiko_admin_seed_runs r "
                       "WHERE r.outcome = 'accepted' AND NOT EXISTS (SELECT 1 FROM kumiko_admin_seed_runs n "
                       "WHERE n.id = r.id AND n.attempt_id > r.attempt_id AND n.outcome IN ('applied', "
                       "'marked')) ORDER BY r.id, r.attempt_id DESC"));
    if (!accepted)
        return accepted.error();
    while (accepted->next())
        snapshot.recordedChecksums.insert(accepted->value(0).toString(), accepted->value(1).toString());
    return {};
}

} // namespace

Result<LedgerSnapshot> SeedLedger::load(const QSqlDatabase& db)
{
    auto exists = Sql::exec(db, QStringLiteral("SELECT to_regclass('kumiko_es_operations') IS NOT NULL, "
                                               "to_regclass('kumiko_admin_seed_runs') IS NOT NULL"));
    if (!exists)
        return exists.error();
    exists->next();
    const bool markers = exists->value(0).toBool();
    const bool attempts = exists->value(1).toBool();
    LedgerSnapshot snapshot;
    if (markers) {
        if (auto ok = loadMarkers(db, snapshot); !ok)
            return ok.error();
    }
    if (attempts) {
        if (auto ok = loadAttempts(db, snapshot); !ok)
            return ok.error();
    }
    return snapshot;
}

Result<bool> SeedLedger::isApplied(const QSqlDatabase& db, const QString& id)
{
    auto found = Sql::scalar(
        db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM kumiko_es_operations WHERE id = ?)"), {id});
    if (!found)
        return found.error();
    return found->toBool();
}

Status SeedLedger::writeMarker(const QSqlDatabase& db, const LedgerEntry& marker, const SeedAttempt& attempt)
{
    QVariantList values = {marker.id, operationType(), marker.durationMs, marker.appliedBy,
                           textOrNull(marker.notes)};
    values.append(attemptValues(attempt));
    if (Status ok =
            Sql::run(db,
                     QStringLiteral(
                         "WITH marker AS (INSERT INTO kumiko_es_operations (id, operation_type, duration_ms, "
                         "applied_by, notes) VALUES (?, ?, ?, ?, ?)) INSERT INTO kumiko_admin_seed_runs (") +
                         kAttemptColumns + QStringLiteral(") VALUES (") + kAttemptValues + QLatin1Char(')'),
                     values);
        !ok)
        return ok;
    return notifyChanged(db);
}

Status SeedLedger::recordAttempt(const QSqlDatabase& db, const SeedAttempt& attempt)
{
    if (Status ok = Sql::run(db,
                             QStringLiteral("INSERT INTO kumiko_admin_seed_runs (") + kAttemptColumns +
                                 QStringLiteral(") VALUES (") + kAttemptValues + QLatin1Char(')'),
                             attemptValues(attempt));
        !ok)
        return ok;
    return notifyChanged(db);
}

Result<QList<SeedAttempt>> SeedLedger::attempts(const QSqlDatabase& db, const QString& id)
{
    auto rows = Sql::exec(
        db, QStringLiteral("SELECT ") + kAttemptFields + QStringLiteral("WHERE id = ? ORDER BY attempt_id"),
        {id});
    if (!rows)
        return rows.error();
    QList<SeedAttempt> result;
    while (rows->next())
        result.append(attemptFrom(*rows));
    return result;
}

} // namespace kumiko::esops
