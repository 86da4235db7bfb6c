// Manifests: loading a kumiko.json of 10,000 keys and 10,000 seeds (target ≤ 40 ms median, in
// process: read, parse, validate), and `kumiko config keys` on it as a whole process (≤ 150 ms, the
// target of every CLI read command). Needs no database.
#include "BenchFigures.h"
#include "LargeManifest.h"
#include "config/ProjectManifest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace kumiko;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir project;
    const QByteArray text = test::LargeManifest::json(10000, 10000);
    QFile file(project.filePath(config::ProjectManifest::fileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return bench::BenchFigures::failed(QStringLiteral("cannot write the manifest"));
    file.close();
    std::printf("kumiko.json: %.1f MB, 10,000 keys, 10,000 seeds\n", text.size() / 1e6);
    QList<double> load;
    QList<double> cpu;
    for (int run = 0; run < 23; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs();
        auto manifest = config::ProjectManifest::load(project.path());
        const double ms = timer.nsecsElapsed() / 1e6;
        const double cpuUsed = cpuMs() - cpuBefore;
        if (!manifest || manifest->keys().keys().size() != 10000 || manifest->seeds().size() != 10000)
            return bench::BenchFigures::failed(manifest ? QStringLiteral("keys or seeds missing")
                                                        : manifest.error().toString());
        if (run >= 3) { // warm-up
            load << ms;
            cpu << cpuUsed;
        }
    }
    // On a busy machine the wall clock also counts waiting for a core; the CPU time does not.
    std::printf("  (CPU time of the load: median %.1f ms)\n", bench::BenchFigures::median(cpu));
    int failures =
        bench::BenchFigures::print("load kumiko.json (10,000 keys, 10,000 seeds), in process", load, 40) ? 0
                                                                                                         : 1;
    QList<double> keys;
    for (int run = 0; run < 13; ++run) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(KUMIKO_CLI_PATH), {QStringLiteral("config"), QStringLiteral("keys"),
                                                        QStringLiteral("--project"), project.path()});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return bench::BenchFigures::failed(QString::fromUtf8(process.readAllStandardError()));
        if (run >= 3)
            keys << timer.nsecsElapsed() / 1e6;
    }
    failures += bench::BenchFigures::print("kumiko config keys on it, whole process", keys, 150) ? 0 : 1;
    return failures == 0 ? 0 : 1;
}
