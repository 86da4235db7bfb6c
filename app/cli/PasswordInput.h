#pragma once

#include <QString>
#include <QTextStream>

namespace kumiko::cli {

/// Reads a password for a command: from a TTY with a prompt on stderr and echo off, else the first
/// line of stdin (for scripts and tests). Never echoes or logs it.
class PasswordInput
{
public:
    /// Null QString when stdin ended before a line was read.
    static QString read(QTextStream& err, const QString& prompt);
};

} // namespace kumiko::cli
