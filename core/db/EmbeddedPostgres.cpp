#include "db/EmbeddedPostgres.h"

#include "db/PostgresBinaries.h"
#include "db/Sql.h"
#include "db/ThreadConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kumiko::db {
namespace {

constexpr int kSocketPathLimit = 107; // sizeof(sockaddr_un::sun_path) - 1

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

Error embeddedError(ErrorCode code, const QString& message)
{
    return Error::make(code, message);
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Status makePrivateDir(const QString& path, const passwd* owner)
{
    if (!QDir().mkpath(path))
        return embeddedError(ErrorCode::EmbeddedFolder, QStringLiteral("cannot create %1").arg(path));
    const QByteArray native = QFile::encodeName(path);
    if (owner && ::chown(native.constData(), owner->pw_uid, owner->pw_gid) != 0)
        return embeddedError(
            ErrorCode::EmbeddedFolder,
            QStringLiteral("cannot hand %1 to user %2").arg(path, QString::fromLocal8Bit(owner->pw_name)));
    if (::chmod(native.constData(), 0700) != 0)
        return embeddedError(ErrorCode::EmbeddedFolder,
                             QStringLiteral("cannot restrict access to %1").arg(path));
    return {};
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(QString baseDir, int port, Durability durability)
    : m_baseDir(QDir(baseDir).absolutePath())
    , m_logDir(m_baseDir + QStringLiteral("/log"))
    , m_port(port)
    , m_durability(durability)
{}

QString EmbeddedPostgres::dataDir() const
{
    return m_baseDir + QStringLiteral("/data");
}

QString EmbeddedPostgres::socketDir() const
{
    return m_baseDir + QStringLiteral("/run");
}

QString EmbeddedPostgres::logFile() const
{
    return m_logDir + QStringLiteral("/embedded-pg.log");
}

void EmbeddedPostgres::setLogDir(const QString& logDir)
{
    m_logDir = QDir(logDir).absolutePath();
}

ConnectionSettings EmbeddedPostgres::connectionSettings(const QString& database) const
{
    ConnectionSettings s;
    s.host = socketDir();
    s.port = m_port;
    s.user = superuser();
    s.database = database;
    return s;
}

Result<QString> EmbeddedPostgres::binDir() const
{
    return PostgresBinaries::findBinDir();
}

Result<int> EmbeddedPostgres::runServerProgram(const QString& program, const QStringList& args,
                                               QString* output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_baseDir);
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), superuser(), QStringLiteral("--"), program} + args);
    } else {
        process.start(program, args);
    }
    if (!process.waitForStarted(10000))
        return embeddedError(ErrorCode::EmbeddedStartFailed,
                             QStringLiteral("cannot run %1: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return embeddedError(ErrorCode::EmbeddedTimeout, QStringLiteral("%1 did not finish within %2 s")
                                                             .arg(QFileInfo(program).fileName())
                                                             .arg(timeoutMs / 1000));
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

Status EmbeddedPostgres::prepareFolders() const
{
    if (socketDir().size() + QStringLiteral("/.s.PGSQL.%1").arg(m_port).size() > kSocketPathLimit)
        return embeddedError(
            ErrorCode::EmbeddedFolder,
            QStringLiteral("the socket path below %1 is longer than the system allows; choose a "
                           "shorter folder")
                .arg(m_baseDir));
    const passwd* owner = nullptr;
    if (runningAsRoot()) {
        owner = ::getpwnam("postgres");
        if (!owner)
            return embeddedError(
                ErrorCode::EmbeddedNoUser,
                QStringLiteral("running as root, but there is no unprivileged user 'postgres' to run "
                               "the server as (install the Debian package postgresql)"));
    }
    if (!QDir().mkpath(m_baseDir))
        return embeddedError(ErrorCode::EmbeddedFolder, QStringLiteral("cannot create %1").arg(m_baseDir));
    if (auto ok = makePrivateDir(socketDir(), owner); !ok)
        return ok;
    if (auto ok = makePrivateDir(m_logDir, owner); !ok)
        return ok;
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return makePrivateDir(dataDir(), owner);
    return {};
}

Status EmbeddedPostgres::initCluster(const QString& bin) const
{
    if (QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return {};
    QString output;
    auto rc = runServerProgram(bin + QStringLiteral("/initdb"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
                                QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                                QStringLiteral("--no-locale"), QStringLiteral("--no-instructions")},
                               &output, 120000);
    if (!rc)
        return rc.error();
    if (rc.value() != 0)
        return embeddedError(ErrorCode::EmbeddedInitFailed,
                             QStringLiteral("initdb failed in %1:\n%2").arg(dataDir(), output.trimmed()));
    return {};
}

Status EmbeddedPostgres::checkSocketFree() const
{
    QFile lock(socketDir() + QStringLiteral("/.s.PGSQL.%1.lock").arg(m_port));
    if (!lock.open(QIODevice::ReadOnly))
        return {};
    bool ok = false;
    const qint64 pid = lock.readLine().trimmed().toLongLong(&ok);
    if (ok && pid > 0 && ::kill(pid_t(pid), 0) == 0)
        return embeddedError(ErrorCode::SocketInUse,
                             QStringLiteral("another PostgreSQL server (pid %1) already uses port %2 in %3")
                                 .arg(pid)
                                 .arg(m_port)
                                 .arg(socketDir()));
    return {};
}

Status EmbeddedPostgres::start(const QString& bin) const
{
    if (auto ok = checkSocketFree(); !ok)
        return ok;
    QStringList serverOptions = {
        QStringLiteral("-c listen_addresses=''"), QStringLiteral("-k %1").arg(shellQuote(socketDir())),
        QStringLiteral("-p %1").arg(m_port), QStringLiteral("-c unix_socket_permissions=0700"),
        QStringLiteral("-c max_connections=200")};
    if (m_durability == Durability::Throwaway) {
        serverOptions << QStringLiteral("-c fsync=off") << QStringLiteral("-c synchronous_commit=off")
                      << QStringLiteral("-c full_page_writes=off");
    }
    QString output;
    auto rc = runServerProgram(bin + QStringLiteral("/pg_ctl"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile(),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                QStringLiteral("-o"), serverOptions.join(QLatin1Char(' ')),
                                QStringLiteral("start")},
                               &output, 90000);
    if (!rc)
        return rc.error();
    if (rc.value() != 0)
        return embeddedError(ErrorCode::EmbeddedStartFailed,
                             QStringLiteral("the embedded PostgreSQL server did not start:\n%1\n%2")
                                 .arg(output.trimmed(), serverLogTail()));
    return {};
}

QString EmbeddedPostgres::serverLogTail() const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromLocal8Bit(all.right(2000)).trimmed();
}

bool EmbeddedPostgres::isRunning() const
{
    auto bin = binDir();
    if (!bin || !QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return false;
    auto rc = runServerProgram(bin.value() + QStringLiteral("/pg_ctl"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("status")}, nullptr, 10000);
    return rc && rc.value() == 0;
}

Status EmbeddedPostgres::ensureRunning()
{
    auto bin = binDir();
    if (!bin)
        return bin.error();
    if (auto ok = prepareFolders(); !ok)
        return ok;
    if (auto ok = initCluster(bin.value()); !ok)
        return ok;
    if (isRunning())
        return {};
    return start(bin.value());
}

Status EmbeddedPostgres::stop()
{
    auto bin = binDir();
    if (!bin)
        return bin.error();
    if (!isRunning())
        return {};
    QString output;
    auto rc = runServerProgram(bin.value() + QStringLiteral("/pg_ctl"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                                QStringLiteral("-w"), QStringLiteral("stop")},
                               &output, 90000);
    if (!rc)
        return rc.error();
    if (rc.value() != 0)
        return embeddedError(ErrorCode::EmbeddedStopFailed,
                             QStringLiteral("pg_ctl stop failed:\n%1").arg(output.trimmed()));
    return {};
}

Status EmbeddedPostgres::ensureDatabase(const QString& name) const
{
    const QString connectionName = QStringLiteral("kumiko-embedded-admin");
    Status status;
    {
        auto db = ThreadConnection::openNamed(connectionName, connectionSettings(QStringLiteral("postgres")));
        if (!db)
            return db.error();
        auto exists =
            Sql::scalar(db.value(), QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {name});
        if (!exists) {
            status = exists.error();
        } else if (!exists.value().isValid()) {
            // CREATE DATABASE takes no bind parameters; quote_ident() makes the name safe.
            auto quoted = Sql::scalar(db.value(), QStringLiteral("SELECT quote_ident(?)"), {name});
            status = quoted ? Sql::run(db.value(),
                                       QStringLiteral("CREATE DATABASE %1").arg(quoted.value().toString()))
                            : Status(quoted.error());
            if (!status && status.error().code == ErrorCode::DuplicateDatabase)
                status = {};
        }
        db.value().close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return status;
}

} // namespace kumiko::db
