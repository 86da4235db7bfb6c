#pragma once

#include <QString>

namespace kumiko {

/// A failure carried outward as a value: a stable code for branching, a human message without secrets.
struct Error
{
    QString code;     ///< stable snake_case code, e.g. "version_conflict", "invalid_payload"
    QString message;  ///< English, for logs and the CLI; GUI maps `code` to translated text
    QString sqlState; ///< SQLSTATE when the failure came from PostgreSQL
    QString context;  ///< where it happened: statement, file:line:column, step
    QString field;    ///< offending member / JSON path, when there is one

    static Error make(QString code, QString message, QString field = {})
    {
        Error e;
        e.code = std::move(code);
        e.message = std::move(message);
        e.field = std::move(field);
        return e;
    }

    /// One line for logs and the CLI: "code: message (field …) [context]".
    QString toString() const;
};

} // namespace kumiko
