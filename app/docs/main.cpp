// kumiko-docs: writes the man pages and shell completions of `kumiko` and `kumiko-admin` at build time,
// from the same command registry and option lists their `--help` prints.
//
//   kumiko-docs kumiko man|bash|zsh OUTPUT
//   kumiko-docs kumiko-admin man|bash|zsh OUTPUT HELP_TEXT_FILE   (what `kumiko-admin --help` printed)
#include "BashCompletion.h"
#include "CliApplication.h"
#include "CommandLineDoc.h"
#include "ManPage.h"
#include "ZshCompletion.h"
#include "common/BuildInfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <optional>

using namespace kumiko;

namespace {

std::optional<docs::CommandLineDoc> describe(const QStringList& args)
{
    if (args.at(0) == QLatin1String("kumiko")) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        const cli::CliApplication cli(out, err);
        return docs::CommandLineDoc::fromCli(cli);
    }
    if (args.size() < 4)
        return std::nullopt;
    QFile help(args.at(3));
    if (!help.open(QIODevice::ReadOnly))
        return std::nullopt;
    return docs::CommandLineDoc::fromQtHelp(args.at(0), QString::fromUtf8(help.readAll()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: kumiko-docs PROGRAM man|bash|zsh OUTPUT [HELP_TEXT_FILE]\n");
        return 2;
    }
    const auto doc = describe(args);
    if (!doc) {
        std::fprintf(stderr, "kumiko-docs: cannot read the help text of %s\n", qPrintable(args.at(0)));
        return 1;
    }
    QString text;
    if (args.at(1) == QLatin1String("man"))
        text = docs::ManPage::render(*doc, BuildInfo::versionText(), QStringLiteral(KUMIKO_RELEASE_DATE));
    else if (args.at(1) == QLatin1String("bash"))
        text = docs::BashCompletion::render(*doc);
    else if (args.at(1) == QLatin1String("zsh"))
        text = docs::ZshCompletion::render(*doc);
    else {
        std::fprintf(stderr, "kumiko-docs: unknown output %s\n", qPrintable(args.at(1)));
        return 2;
    }
    QFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate) || output.write(text.toUtf8()) < 0) {
        std::fprintf(stderr, "kumiko-docs: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
