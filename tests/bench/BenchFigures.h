#pragma once

#include "db/ConnectionSettings.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace kumiko::bench {

/// Shared by the benchmark programs: how they report figures and failures, and reach their cluster.
class BenchFigures
{
public:
    static double median(QList<double> values);
    /// "label: median … ms (min …, max …, n=…) target <= … ms: met|NOT met" on stdout; true when met.
    static bool print(const char* label, const QList<double>& ms, double targetMs);
    /// "label: … <unit> target <= … <unit>: met|NOT met" for a single figure; true when met.
    static bool printValue(const char* label, double value, const char* unit, double target);
    /// Prints the reason on stderr and returns the exit code 1.
    static int failed(const QString& message);
    /// Starts a throwaway cluster in `dir` on `port` (kept between runs, so generated data is reused),
    /// gives this thread a connection to `database` with the schema bootstrapped, runs `work` and
    /// stops the cluster again. Returns work's exit code, or 1 when the set-up failed.
    static int withDatabase(const QString& dir, int port, const QString& database,
                            const std::function<int(const QSqlDatabase&)>& work);
    /// A libpq URL for running the `kumiko` binary against `settings`.
    static QString url(const db::ConnectionSettings& settings);
};

} // namespace kumiko::bench
