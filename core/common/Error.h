#pragma once

#include "common/ErrorCode.h"

#include <QString>

namespace kumiko {

/// A failure carried outward as a value: a catalogued code for branching, a human message without secrets.
struct Error
{
    ErrorCode code = ErrorCode::DatabaseError; ///< what went wrong; see ErrorCodes for name and category
    QString message;  ///< English, for logs, the CLI and the console's details; never the console's summary
    QString sqlState; ///< SQLSTATE when the failure came from PostgreSQL
    QString context;  ///< where it happened: file:line:column, step, path
    /// The SQL statement that failed (shortened, values bound, never inlined). For diagnosis only: the
    /// console shows it in the banner's details, the CLI with KUMIKO_VERBOSE=1; messages never carry it.
    QString statement;
    QString field; ///< offending member / JSON path, when there is one

    static Error make(ErrorCode code, QString message, QString field = {})
    {
        Error e;
        e.code = code;
        e.message = std::move(message);
        e.field = std::move(field);
        return e;
    }

    /// The code's stable snake_case name, e.g. "version_conflict".
    QString codeName() const { return ErrorCodes::name(code); }
    ErrorCategory category() const { return ErrorCodes::category(code); }

    /// One line for logs and the CLI: "code: message (field …) [context]", without the statement.
    QString toString() const;
};

} // namespace kumiko
