#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <functional>

namespace kumiko::cli {

class CliContext;

/// One `kumiko <group> <verb>` command: its words, help text, options and body.
struct CliCommand
{
    QString name;      ///< the command words, e.g. "db init"
    QString arguments; ///< positional arguments for the usage line, e.g. "<slug>"
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(CliContext&)> run;
};

} // namespace kumiko::cli
