#include "esops/SeedDiscovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace kumiko::esops {
namespace {

// The bytes of a regular file; empty for anything else (folders, sockets).
Result<std::optional<QByteArray>> readFile(const QString& path, unsigned char type)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    const auto failed = [&path](int code) {
        Error e = Error::make(
            ErrorCode::ReadFailed,
            QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(code))));
        e.context = path;
        return e;
    };
    if (fd < 0)
        return failed(errno);
    struct stat info;
    if (type != DT_REG && (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))) {
        ::close(fd);
        return std::optional<QByteArray>();
    }
    QByteArray content;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int code = errno;
            ::close(fd);
            return failed(code);
        }
        if (n == 0)
            break;
        content.append(buffer, n);
    }
    ::close(fd);
    return std::optional<QByteArray>(std::move(content));
}

} // namespace

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
    const QString base = QDir(seedsDir).absolutePath() + QLatin1Char('/');
    // POSIX directly: QDir/QFileInfo/QFile stat every file several times, which dominated `seed:status`
    // on thousands of files (one listing plus open/read/close per file is all that is needed).
    DIR* dir = ::opendir(QFile::encodeName(base).constData());
    if (!dir)
        return files;
    Status problem;
    while (const dirent* entry = ::readdir(dir)) {
        SeedFile file;
        file.fileName = QFile::decodeName(entry->d_name);
        if (!isMigrationFile(file.fileName, &file.foreign))
            continue;
        file.path = base + file.fileName;
        auto content = readFile(file.path, entry->d_type);
        if (!content) {
            problem = content.error();
            break;
        }
        if (!content->has_value())
            continue; // not a regular file
        file.sortKey = file.fileName.toUtf8();
        file.id = file.fileName.left(file.fileName.lastIndexOf(QLatin1Char('.')));
        file.content = std::move(**content);
        file.checksum = checksumOf(file.content);
        files.append(std::move(file));
    }
    ::closedir(dir);
    if (!problem)
        return problem.error();
    std::sort(files.begin(), files.end(),
              [](const SeedFile& a, const SeedFile& b) { return a.sortKey < b.sortKey; });
    QHash<QString, QString> seen;
    for (const SeedFile& file : files) {
        if (seen.contains(file.id)) {
            Error e = Error::make(ErrorCode::DuplicateMigrationId,
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
