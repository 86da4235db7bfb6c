#include "BenchFigures.h"

#include <QUrl>
#include <algorithm>
#include <cstdio>

namespace kumiko::bench {

double BenchFigures::median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void BenchFigures::print(const char* label, const QList<double>& ms, double targetMs)
{
    std::printf("%s: median %.1f ms (min %.1f, max %.1f, n=%lld) target <= %.0f ms: %s\n", label, median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                static_cast<long long>(ms.size()), targetMs, median(ms) <= targetMs ? "met" : "NOT met");
    std::fflush(stdout);
}

int BenchFigures::failed(const QString& message)
{
    std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(message));
    return 1;
}

QString BenchFigures::url(const db::ConnectionSettings& settings)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(settings.user, QString::fromUtf8(QUrl::toPercentEncoding(settings.host)),
             QString::number(settings.port), settings.database);
}

} // namespace kumiko::bench
