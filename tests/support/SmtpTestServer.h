#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace kumiko::test {

/// A real SMTP server on loopback for the mail tests: Debian's aiosmtpd storing every message it
/// receives in a Maildir.
class SmtpTestServer
{
public:
    SmtpTestServer() = default;
    ~SmtpTestServer();

    /// Starts the server and waits until it accepts connections; false when it did not come up.
    bool start();
    int port() const { return m_port; }
    /// `smtp://127.0.0.1:<port>`
    QString url() const;
    /// Paths of every message received so far.
    QStringList received() const;

    /// A port nobody listens on (the kernel's choice for port 0; free long enough to be taken).
    static int freePort();
    /// Whether something accepts TCP connections on loopback `port`.
    static bool accepts(int port);

private:
    QTemporaryDir m_maildir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace kumiko::test
