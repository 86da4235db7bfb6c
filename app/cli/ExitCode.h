#pragma once

namespace kumiko::cli {

/// Process exit codes shared by every `kumiko` command (documented in the README).
enum ExitCode : int
{
    Ok = 0,
    Failed = 1,      ///< the operation failed, or a --check found something
    Usage = 2,       ///< bad command line, invalid input file or value
    Unreachable = 3, ///< database unreachable, lock timeout
};

} // namespace kumiko::cli
