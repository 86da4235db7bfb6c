#include "ErrorText.h"

#include <QLocale>

namespace kumiko::ui {

QString ErrorText::summary(const Error& error)
{
    return summary(error.code);
}

QString ErrorText::summary(ErrorCode code)
{
    // No default: -Wswitch names a code added to the catalogue without its text here.
    switch (code) {
    case ErrorCode::Usage:
        return tr("The input is incomplete or not valid.", "error summary: usage");
    case ErrorCode::InvalidDatabaseUrl:
        return tr("The database URL is not valid.", "error summary: invalid_database_url");
    case ErrorCode::NoDatabaseUrl:
        return tr("No database URL is given.", "error summary: no_database_url");
    case ErrorCode::InvalidJson:
        return tr("A file or text is not valid JSON; the details say where.", "error summary: invalid_json");
    case ErrorCode::InvalidManifest:
        return tr("The project file kumiko.json is not valid.", "error summary: invalid_manifest");
    case ErrorCode::InvalidSettings:
        return tr("The sign-in or mail settings are not valid.", "error summary: invalid_settings");
    case ErrorCode::InvalidEnvOverride:
        return tr("An environment variable that overrides a config value holds an invalid value.",
                  "error summary: invalid_env_override");
    case ErrorCode::InvalidSeed:
        return tr("A migration file is not valid; see the details for file, line and member.",
                  "error summary: invalid_seed");
    case ErrorCode::DuplicateMigrationId:
        return tr("Two migration files have the same id.", "error summary: duplicate_migration_id");
    case ErrorCode::InvalidSlug:
        return tr("The name for the new migration is not valid.", "error summary: invalid_slug");
    case ErrorCode::EnvNotSet:
        return tr("An environment variable a migration reads is not set.", "error summary: env_not_set");
    case ErrorCode::SeedEnvMissing:
        return tr("An environment variable a config seed reads is not set.",
                  "error summary: seed_env_missing");
    case ErrorCode::InvalidPayload:
        return tr("The data for this change is not valid.", "error summary: invalid_payload");
    case ErrorCode::InvalidValue:
        return tr("The value does not fit its config key.", "error summary: invalid_value");
    case ErrorCode::InvalidType:
        return tr("The value has the wrong type for its config key.", "error summary: invalid_type");
    case ErrorCode::InvalidOption:
        return tr("The value is not one of the key's options.", "error summary: invalid_option");
    case ErrorCode::OutOfBounds:
        return tr("The value is outside the key's limits.", "error summary: out_of_bounds");
    case ErrorCode::InvalidFormat:
        return tr("The value does not match the key's pattern.", "error summary: invalid_format");
    case ErrorCode::InvalidScope:
        return tr("The config key cannot be set at this scope.", "error summary: invalid_scope");
    case ErrorCode::InvalidTarget:
        return tr("The chosen scope does not match the tenant and user given.",
                  "error summary: invalid_target");
    case ErrorCode::InvalidEmail:
        return tr("The e-mail address is not valid.", "error summary: invalid_email");
    case ErrorCode::InvalidPassword:
        return tr("The password does not meet the requirements.", "error summary: invalid_password");
    case ErrorCode::ReasonRequired:
        return tr("A reason is required.", "error summary: reason_required");
    case ErrorCode::InvalidFilter:
        return tr("A filter is not valid; tenant and aggregate ids must be UUIDs.",
                  "error summary: invalid_filter");
    case ErrorCode::NotFound:
        return tr("A record this refers to does not exist.", "error summary: not_found");
    case ErrorCode::UnknownTenant:
        return tr("The tenant does not exist.", "error summary: unknown_tenant");
    case ErrorCode::UnknownUser:
        return tr("The user does not exist.", "error summary: unknown_user");
    case ErrorCode::NotAnAdmin:
        return tr("The user is not a system administrator.", "error summary: not_an_admin");
    case ErrorCode::UnknownConfigKey:
        return tr("The config key is not declared in kumiko.json.", "error summary: unknown_config_key");
    case ErrorCode::UnknownHandler:
        return tr("There is no handler with this name.", "error summary: unknown_handler");
    case ErrorCode::UnknownMigration:
        return tr("There is no migration with this id.", "error summary: unknown_migration");
    case ErrorCode::ManifestNotFound:
        return tr("The project folder has no kumiko.json.", "error summary: manifest_not_found");
    case ErrorCode::VersionConflict:
        return tr("Someone else changed this record meanwhile. Reload and try again.",
                  "error summary: version_conflict");
    case ErrorCode::IdempotencyConflict:
        return tr("This request was already made with different data.",
                  "error summary: idempotency_conflict");
    case ErrorCode::DuplicateKey:
        return tr("A record with this key already exists.", "error summary: duplicate_key");
    case ErrorCode::AlreadyApplied:
        return tr("The migration has already been applied.", "error summary: already_applied");
    case ErrorCode::NotModified:
        return tr("The migration's file has not changed since it was applied; there is nothing to accept.",
                  "error summary: not_modified");
    case ErrorCode::AlreadyVerified:
        return tr("The e-mail address is already verified.", "error summary: already_verified");
    case ErrorCode::FileExists:
        return tr("A file with this name already exists.", "error summary: file_exists");
    case ErrorCode::SchemaMismatch:
        return tr("The database has tables that differ from what Kumiko creates; nothing was changed.",
                  "error summary: schema_mismatch");
    case ErrorCode::UniqueViolation:
        return tr("The database already holds a record with these values.",
                  "error summary: unique_violation");
    case ErrorCode::ForeignKeyViolation:
        return tr("The change breaks a reference between records.", "error summary: foreign_key_violation");
    case ErrorCode::CheckViolation:
        return tr("The database rejected a value that its rules do not allow.",
                  "error summary: check_violation");
    case ErrorCode::IntegrityViolation:
        return tr("The change would break a consistency rule of the database.",
                  "error summary: integrity_violation");
    case ErrorCode::SerializationFailure:
        return tr("A concurrent change interfered; try again.", "error summary: serialization_failure");
    case ErrorCode::Deadlock:
        return tr("Two sessions blocked each other; try again.", "error summary: deadlock");
    case ErrorCode::DuplicateTable:
        return tr("A table with this name already exists.", "error summary: duplicate_table");
    case ErrorCode::DuplicateDatabase:
        return tr("A database with this name already exists.", "error summary: duplicate_database");
    case ErrorCode::ConnectionFailed:
        return tr("Could not connect to the database.", "error summary: connection_failed");
    case ErrorCode::ConnectionLost:
        return tr("The connection to the database was lost.", "error summary: connection_lost");
    case ErrorCode::AuthFailed:
        return tr("The database rejected the user name or password.", "error summary: auth_failed");
    case ErrorCode::DatabaseNotFound:
        return tr("The database does not exist.", "error summary: database_not_found");
    case ErrorCode::TooManyConnections:
        return tr("The database server accepts no more connections right now.",
                  "error summary: too_many_connections");
    case ErrorCode::ServerStarting:
        return tr("The database server is still starting; try again in a moment.",
                  "error summary: server_starting");
    case ErrorCode::LockTimeout:
        return tr("Another session holds a lock; the operation timed out waiting for it.",
                  "error summary: lock_timeout");
    case ErrorCode::DriverMissing:
        return tr("The PostgreSQL driver for Qt is not installed.", "error summary: driver_missing");
    case ErrorCode::PostgresNotInstalled:
        return tr("PostgreSQL is not installed, so the local database cannot be started.",
                  "error summary: postgres_not_installed");
    case ErrorCode::EmbeddedFolder:
        return tr("The folder of the local database cannot be created or used.",
                  "error summary: embedded_folder");
    case ErrorCode::EmbeddedNoUser:
        return tr("There is no system user to run the local database as.", "error summary: embedded_no_user");
    case ErrorCode::EmbeddedInitFailed:
        return tr("The local database could not be created.", "error summary: embedded_init_failed");
    case ErrorCode::EmbeddedStartFailed:
        return tr("The local database could not be started.", "error summary: embedded_start_failed");
    case ErrorCode::EmbeddedTimeout:
        return tr("The local database did not start in time.", "error summary: embedded_timeout");
    case ErrorCode::SocketInUse:
        return tr("Another server already uses the socket of the local database.",
                  "error summary: socket_in_use");
    case ErrorCode::EmbeddedStopFailed:
        return tr("The local database could not be stopped.", "error summary: embedded_stop_failed");
    case ErrorCode::DatabaseError:
        return tr("The database reported an error.", "error summary: database_error");
    case ErrorCode::DataException:
        return tr("The database could not process a value.", "error summary: data_exception");
    case ErrorCode::NotNullViolation:
        return tr("A required value is missing.", "error summary: not_null_violation");
    case ErrorCode::InvalidTextRepresentation:
        return tr("The database could not read a value in the expected format.",
                  "error summary: invalid_text_representation");
    case ErrorCode::InFailedTransaction:
        return tr("An earlier error aborted the transaction; nothing was saved.",
                  "error summary: in_failed_transaction");
    case ErrorCode::QueryCanceled:
        return tr("The database canceled the query.", "error summary: query_canceled");
    case ErrorCode::UndefinedTable:
        return tr("A table is missing from the database.", "error summary: undefined_table");
    case ErrorCode::UndefinedColumn:
        return tr("A column is missing from the database.", "error summary: undefined_column");
    case ErrorCode::UndefinedFunction:
        return tr("A function is missing from the database.", "error summary: undefined_function");
    case ErrorCode::SyntaxError:
        return tr("The database rejected a query as malformed.", "error summary: syntax_error");
    case ErrorCode::InsufficientPrivilege:
        return tr("The database user lacks the permission for this.",
                  "error summary: insufficient_privilege");
    case ErrorCode::NoTransaction:
        return tr("The change was attempted outside a transaction.", "error summary: no_transaction");
    case ErrorCode::InvalidArgument:
        return tr("An internal call received an invalid argument.", "error summary: invalid_argument");
    case ErrorCode::InvalidState:
        return tr("Stored data is in an unexpected state.", "error summary: invalid_state");
    case ErrorCode::NotConfigured:
        return tr("A required setting is missing; the details name it.", "error summary: not_configured");
    case ErrorCode::AccessDenied:
        return tr("You are not allowed to do this.", "error summary: access_denied");
    case ErrorCode::ManifestUnreadable:
        return tr("The project file kumiko.json cannot be read.", "error summary: manifest_unreadable");
    case ErrorCode::ReadFailed:
        return tr("A file cannot be read.", "error summary: read_failed");
    case ErrorCode::WriteFailed:
        return tr("A file cannot be written.", "error summary: write_failed");
    case ErrorCode::ForeignMigration:
        return tr("This migration needs the Kumiko server to run; start the server or mark it applied.",
                  "error summary: foreign_migration");
    case ErrorCode::MasterKeyMissing:
        return tr("The master key for encrypted values is not set.", "error summary: master_key_missing");
    case ErrorCode::MasterKeyInvalid:
        return tr("The master key for encrypted values is not valid.", "error summary: master_key_invalid");
    case ErrorCode::UnknownKeyVersion:
        return tr("The value was encrypted with a master key version that is not set.",
                  "error summary: unknown_key_version");
    case ErrorCode::NotAnEnvelope:
        return tr("A stored value is not in the encrypted format.", "error summary: not_an_envelope");
    case ErrorCode::DecryptFailed:
        return tr("An encrypted value cannot be decrypted with this master key.",
                  "error summary: decrypt_failed");
    case ErrorCode::CryptoError:
        return tr("Encryption failed.", "error summary: crypto_error");
    case ErrorCode::InvalidStoredValue:
        return tr("A stored config value cannot be read.", "error summary: invalid_stored_value");
    case ErrorCode::HashFailed:
        return tr("The password could not be hashed.", "error summary: hash_failed");
    case ErrorCode::InvalidVerificationToken:
        return tr("The verification link is not valid, already used or expired.",
                  "error summary: invalid_verification_token");
    case ErrorCode::MailTransportFailed:
        return tr("The mail could not be handed over for delivery.", "error summary: mail_transport_failed");
    }
    return {};
}

QString ErrorText::problem(const config::ValueProblem& problem)
{
    switch (problem.reason) {
    case ErrorCode::InvalidType:
        switch (problem.expectedType) {
        case config::ValueType::Number:
            return tr("Enter a number.", "config value problem");
        case config::ValueType::Boolean:
            return tr("Choose on or off.", "config value problem");
        case config::ValueType::Text:
            return tr("Enter a text.", "config value problem");
        case config::ValueType::Select:
            return tr("Choose one of the options.", "config value problem");
        }
        break;
    case ErrorCode::OutOfBounds:
        if (problem.minimum)
            return tr("The value must be at least %1.", "config value problem; %1 = minimum")
                .arg(QLocale().toString(*problem.minimum));
        if (problem.maximum)
            return tr("The value must be at most %1.", "config value problem; %1 = maximum")
                .arg(QLocale().toString(*problem.maximum));
        break;
    case ErrorCode::InvalidFormat:
        return tr("The value must match the pattern %1.", "config value problem; %1 = regular expression")
            .arg(problem.pattern);
    case ErrorCode::InvalidOption:
        return tr("Choose one of: %1.", "config value problem; %1 = list of options")
            .arg(problem.options.join(QStringLiteral(", ")));
    default:
        break;
    }
    return summary(problem.reason);
}

QString ErrorText::detail(const Error& error)
{
    QString text = error.codeName() + QStringLiteral(": ") + error.message;
    if (!error.field.isEmpty())
        text += QLatin1Char('\n') + tr("Field: %1", "error detail").arg(error.field);
    if (!error.sqlState.isEmpty())
        text += QLatin1Char('\n') + tr("SQLSTATE: %1", "error detail").arg(error.sqlState);
    if (!error.context.isEmpty())
        text += QLatin1Char('\n') + tr("While: %1", "error detail").arg(error.context);
    if (!error.statement.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Statement: %1", "error detail; the SQL that failed").arg(error.statement);
    return text;
}

bool ErrorText::suggestsReconnect(const Error& error)
{
    // Reconnecting retries the same connection. It cannot help after a lock timeout (the connection is
    // fine; another session holds the lock) nor when the Qt driver is missing (plugins load once).
    switch (error.code) {
    case ErrorCode::LockTimeout:
    case ErrorCode::DriverMissing:
        return false;
    default:
        return error.category() == ErrorCategory::Unreachable;
    }
}

} // namespace kumiko::ui
