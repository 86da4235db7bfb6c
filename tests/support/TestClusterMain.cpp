// kumiko-test-cluster start|stop <dir> <port>: the ctest fixture's throwaway PostgreSQL server.
#include "db/EmbeddedPostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("stop"))) {
        err << "usage: kumiko-test-cluster start|stop <dir> <port>\n";
        return 2;
    }
    kumiko::db::EmbeddedPostgres cluster(args[2], args[3].toInt(),
                                         kumiko::db::EmbeddedPostgres::Durability::Throwaway);
    if (args[1] == QLatin1String("start")) {
        // A cluster left over from an aborted run is discarded: every run starts clean.
        (void)cluster.stop();
        QDir(args[2]).removeRecursively();
        if (auto ok = cluster.ensureRunning(); !ok) {
            err << ok.error().toString() << '\n';
            return 1;
        }
        QTextStream(stdout) << "test cluster running in " << cluster.socketDir() << '\n';
        return 0;
    }
    if (auto ok = cluster.stop(); !ok) {
        err << ok.error().toString() << '\n';
        return 1;
    }
    QDir(args[2]).removeRecursively();
    return 0;
}
