#include "CliProcess.h"

#include <QProcess>
#include <QTest>

namespace kumiko::test {

QString CliProcess::binary(const QString& name)
{
    return qEnvironmentVariable("KUMIKO_BIN_DIR") + QLatin1Char('/') + name;
}

CliProcess::Output CliProcess::run(const QStringList& args, const QProcessEnvironment& extraEnvironment,
                                   const QByteArray& standardInput, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extraEnvironment);
    process.setProcessEnvironment(environment);
    process.start(binary(), args);
    Output output;
    if (!process.waitForStarted(10000)) {
        output.err = process.errorString();
        return output;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    // The server's notices reach stderr (libpq's notice processor): a command of ours must never make
    // PostgreSQL warn, e.g. about a BEGIN inside a transaction. Every CLI suite runs through here.
    for (const QString& line : output.err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("WARNING:")))
            QTest::qFail(qPrintable(QStringLiteral("the server warned during `kumiko %1`: %2")
                                        .arg(args.join(QLatin1Char(' ')), line)),
                         __FILE__, __LINE__);
    }
    return output;
}

} // namespace kumiko::test
