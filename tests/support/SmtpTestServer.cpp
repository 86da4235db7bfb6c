#include "SmtpTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kumiko::test {

SmtpTestServer::~SmtpTestServer()
{
    m_process.terminate();
    m_process.waitForFinished(5000);
}

bool SmtpTestServer::start()
{
    m_port = freePort();
    // Debian's interpreter explicitly: another python3 may come first on PATH. The Maildir must not
    // exist yet: the handler creates it.
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                     QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
                     QStringLiteral("aiosmtpd.handlers.Mailbox"),
                     m_maildir.filePath(QStringLiteral("maildir"))});
    if (!m_process.waitForStarted())
        return false;
    // The server takes a moment to listen; there is no signal to wait for but the port itself.
    for (QDeadlineTimer deadline(15000); !deadline.hasExpired();) {
        if (accepts(m_port))
            return true;
        if (m_process.waitForFinished(50))
            return false;
    }
    return false;
}

QString SmtpTestServer::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

QStringList SmtpTestServer::received() const
{
    QStringList files;
    for (const char* sub : {"new", "cur"})
        for (const QFileInfo& f :
             QDir(m_maildir.filePath(QStringLiteral("maildir/") + QString::fromLatin1(sub)))
                 .entryInfoList(QDir::Files))
            files << f.absoluteFilePath();
    return files;
}

int SmtpTestServer::freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    close(fd);
    return ntohs(addr.sin_port);
}

bool SmtpTestServer::accepts(int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    return ok;
}

} // namespace kumiko::test
