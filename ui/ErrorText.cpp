#include "ErrorText.h"

#include <QHash>

namespace kumiko::ui {

QString ErrorText::summary(const Error& error)
{
    const QString& code = error.code;
    if (code == QLatin1String("connection_failed"))
        return tr("Could not connect to the database.", "error summary");
    if (code == QLatin1String("connection_lost"))
        return tr("The connection to the database was lost.", "error summary");
    if (code == QLatin1String("auth_failed"))
        return tr("The database rejected the user name or password.", "error summary");
    if (code == QLatin1String("database_not_found"))
        return tr("The database does not exist.", "error summary");
    if (code == QLatin1String("lock_timeout"))
        return tr("Another session holds a lock; the operation timed out waiting for it.", "error summary");
    if (code == QLatin1String("invalid_database_url"))
        return tr("The database URL is not valid: %1", "error summary; %1 = reason").arg(error.message);
    if (code == QLatin1String("schema_mismatch"))
        return tr("The database has tables that differ from what Kumiko creates; nothing was changed.",
                  "error summary");
    if (code.startsWith(QLatin1String("embedded_")) || code == QLatin1String("postgres_not_installed") ||
        code == QLatin1String("socket_in_use"))
        return tr("The local database could not be started.", "error summary");
    if (code == QLatin1String("not_found"))
        return tr("Something the step refers to does not exist.", "error summary");
    if (code == QLatin1String("invalid_json") || code == QLatin1String("invalid_seed"))
        return tr("A migration file is not valid; see the details for file, line and member.",
                  "error summary");
    if (code == QLatin1String("unknown_config_key") || code == QLatin1String("invalid_value") ||
        code == QLatin1String("invalid_scope"))
        return tr("A config value in a migration does not fit the keys of kumiko.json.", "error summary");
    if (code == QLatin1String("env_not_set"))
        return tr("An environment variable a migration reads is not set.", "error summary");
    if (code == QLatin1String("version_conflict"))
        return tr("Someone else changed this record meanwhile. Reload and try again.", "error summary");
    return tr("The operation failed (%1).", "error summary; %1 = error code").arg(code);
}

QString ErrorText::detail(const Error& error)
{
    QString text = error.code + QStringLiteral(": ") + error.message;
    if (!error.field.isEmpty())
        text += QLatin1Char('\n') + tr("Field: %1", "error detail").arg(error.field);
    if (!error.sqlState.isEmpty())
        text += QLatin1Char('\n') + tr("SQLSTATE: %1", "error detail").arg(error.sqlState);
    if (!error.context.isEmpty())
        text += QLatin1Char('\n') + tr("While: %1", "error detail").arg(error.context);
    return text;
}

bool ErrorText::suggestsReconnect(const Error& error)
{
    static const QStringList codes = {
        QStringLiteral("connection_failed"),     QStringLiteral("connection_lost"),
        QStringLiteral("auth_failed"),           QStringLiteral("database_not_found"),
        QStringLiteral("embedded_start_failed"), QStringLiteral("socket_in_use")};
    return codes.contains(error.code);
}

} // namespace kumiko::ui
