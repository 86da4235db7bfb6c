#include "esops/SeedLedger.h"

#include "common/UtcTime.h"
#include "db/DatabaseListener.h"
#include "db/LibpqPipeline.h"
#include "db/Sql.h"

#include <QSysInfo>

namespace kumiko::esops {
namespace {

using db::Sql;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
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
            UtcTime::iso(started),
            attempt.outcome,
            textOrNull(attempt.errorCode),
            textOrNull(attempt.errorMessage),
            attempt.failedStep ? QVariant(*attempt.failedStep) : QVariant(QMetaType(QMetaType::Int)),
            attempt.eventsWritten,
            attempt.appliedBy,
            textOrNull(host),
            textOrNull(attempt.reason)};
}

QDateTime epochMsAt(const db::LibpqResult& rows, int row, int column)
{
    return rows.isNull(row, column) ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(rows.integer(row, column), Qt::UTC);
}

SeedAttempt attemptAt(const db::LibpqResult& rows, int row)
{
    SeedAttempt attempt;
    attempt.attemptId = rows.integer(row, 0);
    attempt.id = rows.string(row, 1);
    attempt.checksum = rows.string(row, 2);
    attempt.startedAt = epochMsAt(rows, row, 3);
    attempt.finishedAt = epochMsAt(rows, row, 4);
    attempt.outcome = rows.string(row, 5);
    attempt.errorCode = rows.string(row, 6);
    attempt.errorMessage = rows.string(row, 7);
    if (!rows.isNull(row, 8))
        attempt.failedStep = int(rows.integer(row, 8));
    attempt.eventsWritten = int(rows.integer(row, 9));
    attempt.appliedBy = rows.string(row, 10);
    attempt.databaseUser = rows.string(row, 11);
    attempt.hostName = rows.string(row, 12);
    attempt.reason = rows.string(row, 13);
    return attempt;
}

const QString kAttemptFields =
    QStringLiteral(
        "attempt_id, id, checksum, %1, %2, outcome, error_code, error_message, failed_step, "
        "events_written, applied_by, database_user, host_name, reason FROM kumiko_admin_seed_runs ")
        .arg(UtcTime::epochMsColumn("started_at"), UtcTime::epochMsColumn("finished_at"));

// The ledger's reads, sent at once: one round trip, and rows read as text rather than a QVariant per
// field (status runs on thousands of migrations).
struct LedgerReads
{
    db::LibpqPipeline::Ticket markers = 0;
    db::LibpqPipeline::Ticket lastAttempts = 0;
    db::LibpqPipeline::Ticket appliers = 0;
    db::LibpqPipeline::Ticket accepted = 0;
};

Result<LedgerReads> sendReads(db::LibpqPipeline& pipeline, bool markers, bool attempts)
{
    LedgerReads reads;
    std::optional<Error> failed;
    const auto send = [&](const QString& statement, const std::vector<std::string>& parameters = {}) {
        if (failed)
            return db::LibpqPipeline::Ticket(0);
        auto sent = pipeline.send(statement, parameters);
        if (!sent)
            failed = sent.error();
        return sent ? sent.value() : 0;
    };
    if (markers)
        reads.markers = send(QStringLiteral("SELECT id, %1, applied_by, duration_ms, notes FROM "
                                            "kumiko_es_operations WHERE operation_type = $1")
                                 .arg(UtcTime::epochMsColumn("applied_at")),
                             {SeedLedger::operationType().toStdString()});
    if (attempts) {
        reads.lastAttempts =
            send(QStringLiteral("SELECT DISTINCT ON (id) ") + kAttemptFields +
                 QStringLiteral("WHERE outcome <> 'already-applied' ORDER BY id, attempt_id DESC"));
        // Who applied and whether it was a baseline come from the applying attempt; the checksum from
        // the newest attempt that recorded one, which may be an accepted change of the file.
        reads.appliers = send(QStringLiteral(
            "SELECT DISTINCT ON (id) id, checksum, applied_by, outcome FROM kumiko_admin_seed_runs "
            "WHERE outcome IN ('applied', 'marked') ORDER BY id, attempt_id DESC"));
        reads.accepted = send(QStringLiteral(
            "SELECT DISTINCT ON (r.id) r.id, r.checksum FROM kumiko_admin_seed_runs r "
            "WHERE r.outcome = 'accepted' AND NOT EXISTS (SELECT 1 FROM kumiko_admin_seed_runs n "
            "WHERE n.id = r.id AND n.attempt_id > r.attempt_id AND n.outcome IN ('applied', 'marked')) "
            "ORDER BY r.id, r.attempt_id DESC"));
    }
    if (failed)
        return *failed;
    return reads;
}

// Hands each row of a read to `take`; a read not sent (its table does not exist) has none.
template <typename Take>
Status forEachRow(db::LibpqPipeline& pipeline, db::LibpqPipeline::Ticket ticket, Take take)
{
    if (ticket == 0)
        return {};
    auto rows = pipeline.receive(ticket);
    if (!rows)
        return rows.error();
    for (int row = 0; row < rows->rows(); ++row)
        take(rows.value(), row);
    return {};
}

Status receiveReads(db::LibpqPipeline& pipeline, const LedgerReads& reads, LedgerSnapshot& snapshot)
{
    Status ok = forEachRow(pipeline, reads.markers, [&](const db::LibpqResult& rows, int row) {
        LedgerEntry entry{rows.string(row, 0), epochMsAt(rows, row, 1), rows.string(row, 2),
                          int(rows.integer(row, 3)), rows.string(row, 4)};
        snapshot.applied.insert(entry.id, entry);
    });
    if (ok)
        ok = forEachRow(pipeline, reads.lastAttempts, [&](const db::LibpqResult& rows, int row) {
            SeedAttempt attempt = attemptAt(rows, row);
            snapshot.lastAttempts.insert(attempt.id, attempt);
        });
    if (ok)
        ok = forEachRow(pipeline, reads.appliers, [&](const db::LibpqResult& rows, int row) {
            const QString id = rows.string(row, 0);
            snapshot.recordedChecksums.insert(id, rows.string(row, 1));
            snapshot.recordedAppliers.insert(id, rows.string(row, 2));
            if (rows.string(row, 3) == SeedAttempt::marked())
                snapshot.baselined.insert(id);
        });
    if (ok)
        ok = forEachRow(pipeline, reads.accepted, [&](const db::LibpqResult& rows, int row) {
            snapshot.recordedChecksums.insert(rows.string(row, 0), rows.string(row, 1));
        });
    return ok;
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
    db::LibpqPipeline pipeline(db);
    if (Status opened = pipeline.open(); !opened)
        return opened.error();
    LedgerSnapshot snapshot;
    auto reads = sendReads(pipeline, markers, attempts);
    Status received = reads ? receiveReads(pipeline, reads.value(), snapshot) : Status(reads.error());
    Status closed = pipeline.close();
    if (!received)
        return received.error();
    if (!closed)
        return closed.error();
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
    db::LibpqPipeline pipeline(db);
    if (Status opened = pipeline.open(); !opened)
        return opened.error();
    auto rows = pipeline.exec(QStringLiteral("SELECT ") + kAttemptFields +
                                  QStringLiteral("WHERE id = $1 ORDER BY attempt_id"),
                              {id.toStdString()});
    Status closed = pipeline.close();
    if (!rows)
        return rows.error();
    if (!closed)
        return closed.error();
    QList<SeedAttempt> result;
    for (int row = 0; row < rows->rows(); ++row)
        result.append(attemptAt(rows.value(), row));
    return result;
}

} // namespace kumiko::esops
