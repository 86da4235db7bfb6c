#pragma once

#include "ExitCode.h"
#include "common/Result.h"
#include "db/ThreadConnection.h"
#include "domain/Actor.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QTextStream>
#include <nlohmann/json.hpp>
#include <optional>

namespace kumiko::cli {

/// One run of one command: its parsed command line, output streams and lazily opened database.
class CliContext
{
public:
    CliContext(QCommandLineParser& parser, QStringList positional, QTextStream& out, QTextStream& err);

    const QStringList& positional() const { return m_positional; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool json() const { return isSet(QStringLiteral("json")); }
    /// `--project DIR`, default the current folder; absolute.
    QString projectDir() const;

    /// Runs `work(QSqlDatabase&)` with this run's database (URL or embedded, configured for every
    /// thread of the process); see db::ThreadConnection::with.
    template <typename Work>
    auto withDatabase(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
    {
        if (Status configured = configureDatabase(); !configured)
            return configured.error();
        return db::ThreadConnection::with(std::forward<Work>(work));
    }

    /// The environment master keys are read from: the process's, plus the demo's development key on
    /// the embedded database (config::DevelopmentMasterKey). Call it after the database is configured.
    static QProcessEnvironment secretsEnvironment();

    /// Who this run writes as, decided once per run: with `--as EMAIL` (else KUMIKO_ACTOR) that user,
    /// who must exist, not be deleted and hold SystemAdmin (looked up in the database); without, the
    /// system user with SystemAdmin. Errors (`unknown_user`, `not_an_admin`, the database's) mean the
    /// command must write nothing.
    Result<domain::Actor> actor();
    /// One UUID for this run: every event the command writes carries it as metadata.correlationId
    /// (seed migrations use their own, one per migration).
    const QString& correlationId() const { return m_correlationId; }
    /// The person records name (migration attempts, reveal audit): the `--as` e-mail, else the
    /// operating-system user running this command.
    QString actorName() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const nlohmann::json& document);

    /// Prints the error to stderr and returns the exit code its category calls for.
    int fail(const Error& error);
    /// Prints a usage error and returns ExitCode::Usage.
    int usage(const QString& message);

    /// Usage and not found → 2, unreachable (and lock timeout) → 3, conflict and failed → 1.
    static ExitCode exitCodeFor(const Error& error);

    /// "1 event", "2 events": a count with the noun in the form it needs.
    static QString count(qint64 n, const QString& singular, const QString& plural);

private:
    Status configureDatabase();
    /// `--as`, else KUMIKO_ACTOR; empty when neither is given.
    QString actorEmail() const;

    QCommandLineParser& m_parser;
    QStringList m_positional;
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_connected = false;
    std::optional<Result<domain::Actor>> m_actor;
    QString m_correlationId;
};

} // namespace kumiko::cli
