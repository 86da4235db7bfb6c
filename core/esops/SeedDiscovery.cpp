#include "esops/SeedDiscovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>

namespace kumiko::esops {

QString SeedDiscovery::seedsDir(const QString& projectDir)
{
    return QDir(projectDir).filePath(QStringLiteral("seeds"));
}

bool SeedDiscovery::isMigrationFile(const QString& fileName, bool* foreign)
{
    if (fileName.startsWith(QLatin1Char('_')) || fileName.startsWith(QLatin1Char('.')))
        return false;
    const bool isForeign = fileName.endsWith(QLatin1String(".ts")) ||
                           fileName.endsWith(QLatin1String(".mts")) ||
                           fileName.endsWith(QLatin1String(".js"));
    if (foreign)
        *foreign = isForeign;
    return isForeign || fileName.endsWith(QLatin1String(".json"));
}

QString SeedDiscovery::checksumOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool SeedDiscovery::lessByBytes(const QString& left, const QString& right)
{
    return left.toUtf8() < right.toUtf8();
}

Result<QList<SeedFile>> SeedDiscovery::discover(const QString& seedsDir)
{
    QList<SeedFile> files;
    const QDir dir(seedsDir);
    if (!dir.exists())
        return files;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        SeedFile file;
        if (!isMigrationFile(info.fileName(), &file.foreign))
            continue;
        QFile handle(info.absoluteFilePath());
        if (!handle.open(QIODevice::ReadOnly)) {
            Error e =
                Error::make(QStringLiteral("read_failed"),
                            QStringLiteral("cannot read %1: %2").arg(info.fileName(), handle.errorString()));
            e.context = info.absoluteFilePath();
            return e;
        }
        file.fileName = info.fileName();
        file.id = info.completeBaseName();
        file.path = info.absoluteFilePath();
        file.content = handle.readAll();
        file.checksum = checksumOf(file.content);
        files.append(std::move(file));
    }
    std::sort(files.begin(), files.end(),
              [](const SeedFile& a, const SeedFile& b) { return lessByBytes(a.fileName, b.fileName); });
    QHash<QString, QString> seen;
    for (const SeedFile& file : files) {
        if (seen.contains(file.id)) {
            Error e = Error::make(QStringLiteral("duplicate_migration_id"),
                                  QStringLiteral("%1 and %2 have the same migration id \"%3\"; rename one")
                                      .arg(seen.value(file.id), file.fileName, file.id));
            e.context = seedsDir;
            return e;
        }
        seen.insert(file.id, file.fileName);
    }
    return files;
}

} // namespace kumiko::esops
