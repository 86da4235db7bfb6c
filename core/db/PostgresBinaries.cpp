#include "db/PostgresBinaries.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>

namespace kumiko::db {
namespace {

bool hasServerPrograms(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
           QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable() &&
           QFileInfo(dir + QStringLiteral("/postgres")).isExecutable();
}

QString fromPath()
{
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (initdb.isEmpty())
        return {};
    const QString dir = QFileInfo(QFileInfo(initdb).canonicalFilePath()).absolutePath();
    return hasServerPrograms(dir) ? dir : QString();
}

QString fromPgConfig()
{
    QProcess process;
    process.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (!process.waitForFinished(5000) || process.exitCode() != 0)
        return {};
    const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    return hasServerPrograms(dir) ? dir : QString();
}

QString fromDebianLayout()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : versions) {
        const QString dir = root.filePath(version + QStringLiteral("/bin"));
        if (hasServerPrograms(dir))
            return dir;
    }
    return {};
}

} // namespace

Result<QString> PostgresBinaries::findBinDir()
{
    for (auto finder : {fromPath, fromPgConfig, fromDebianLayout}) {
        if (QString dir = finder(); !dir.isEmpty())
            return dir;
    }
    return Error::make(ErrorCode::PostgresNotInstalled,
                       QStringLiteral("PostgreSQL server programs (initdb, pg_ctl) not found in PATH, "
                                      "`pg_config --bindir` or /usr/lib/postgresql/*/bin; install the "
                                      "Debian package postgresql"));
}

} // namespace kumiko::db
