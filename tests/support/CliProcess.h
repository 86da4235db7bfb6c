#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kumiko::test {

/// Runs the built `kumiko` binary as a separate process, the way an operator or a script would.
class CliProcess
{
public:
    struct Output
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    /// Path of a program in the build's bin folder (KUMIKO_BIN_DIR).
    static QString binary(const QString& name = QStringLiteral("kumiko"));

    /// Runs `kumiko args…` with `extraEnvironment` on top of this process's environment. A server
    /// WARNING on its stderr fails the calling test.
    static Output run(const QStringList& args, const QProcessEnvironment& extraEnvironment = {},
                      const QByteArray& standardInput = {}, int timeoutMs = 120000);
};

} // namespace kumiko::test
