#include "CliApplication.h"
#include "common/BuildInfo.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kumiko"));
    QCoreApplication::setOrganizationName(QStringLiteral("kumiko-admin"));
    QCoreApplication::setApplicationVersion(kumiko::BuildInfo::versionText());
    QTextStream out(stdout);
    QTextStream err(stderr);
    kumiko::cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
