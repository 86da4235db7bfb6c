#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace kumiko {

/// What kind of failure a code is; CLI exit codes and the console's offer to reconnect follow from it.
enum class ErrorCategory
{
    Usage,       ///< bad command line, input file, setting or value: the caller must change the input
    NotFound,    ///< a name or id that refers to nothing
    Conflict,    ///< the stored state does not allow it (already there, changed meanwhile)
    Unreachable, ///< the database (or the local server) cannot be reached, or a lock was not granted in time
    Failed,      ///< anything else: the operation itself went wrong
};

// The catalogue: X(Enumerator, "stable_snake_name", Category). The names are printed by the CLI
// (`[code]` on stderr, `failed.code` in --json documents) and must never change.
#define KUMIKO_ERROR_CODES(X)                                                                                \
    /* command line, files, settings, values */                                                              \
    X(Usage, "usage", Usage)                                                                                 \
    X(InvalidDatabaseUrl, "invalid_database_url", Usage)                                                     \
    X(NoDatabaseUrl, "no_database_url", Usage)                                                               \
    X(InvalidJson, "invalid_json", Usage)                                                                    \
    X(InvalidManifest, "invalid_manifest", Usage)                                                            \
    X(InvalidSettings, "invalid_settings", Usage)                                                            \
    X(InvalidEnvOverride, "invalid_env_override", Usage)                                                     \
    X(InvalidSeed, "invalid_seed", Usage)                                                                    \
    X(DuplicateMigrationId, "duplicate_migration_id", Usage)                                                 \
    X(InvalidSlug, "invalid_slug", Usage)                                                                    \
    X(EnvNotSet, "env_not_set", Usage)                                                                       \
    X(SeedEnvMissing, "seed_env_missing", Usage)                                                             \
    X(InvalidPayload, "invalid_payload", Usage)                                                              \
    X(InvalidValue, "invalid_value", Usage)                                                                  \
    X(InvalidType, "invalid_type", Usage)                                                                    \
    X(InvalidOption, "invalid_option", Usage)                                                                \
    X(OutOfBounds, "out_of_bounds", Usage)                                                                   \
    X(InvalidFormat, "invalid_format", Usage)                                                                \
    X(InvalidScope, "invalid_scope", Usage)                                                                  \
    X(InvalidTarget, "invalid_target", Usage)                                                                \
    X(InvalidEmail, "invalid_email", Usage)                                                                  \
    X(InvalidPassword, "invalid_password", Usage)                                                            \
    X(ReasonRequired, "reason_required", Usage)                                                              \
    X(InvalidFilter, "invalid_filter", Usage)                                                                \
    /* names that refer to nothing */                                                                        \
    X(NotFound, "not_found", NotFound)                                                                       \
    X(UnknownTenant, "unknown_tenant", NotFound)                                                             \
    X(UnknownUser, "unknown_user", NotFound)                                                                 \
    X(NotAnAdmin, "not_an_admin", NotFound)                                                                  \
    X(UnknownConfigKey, "unknown_config_key", NotFound)                                                      \
    X(UnknownHandler, "unknown_handler", NotFound)                                                           \
    X(UnknownMigration, "unknown_migration", NotFound)                                                       \
    X(ManifestNotFound, "manifest_not_found", NotFound)                                                      \
    /* stored state */                                                                                       \
    X(VersionConflict, "version_conflict", Conflict)                                                         \
    X(IdempotencyConflict, "idempotency_conflict", Conflict)                                                 \
    X(DuplicateKey, "duplicate_key", Conflict)                                                               \
    X(AlreadyApplied, "already_applied", Conflict)                                                           \
    X(NotModified, "not_modified", Conflict)                                                                 \
    X(AlreadyVerified, "already_verified", Conflict)                                                         \
    X(FileExists, "file_exists", Conflict)                                                                   \
    X(SchemaMismatch, "schema_mismatch", Conflict)                                                           \
    X(UniqueViolation, "unique_violation", Conflict)                                                         \
    X(ForeignKeyViolation, "foreign_key_violation", Conflict)                                                \
    X(CheckViolation, "check_violation", Conflict)                                                           \
    X(IntegrityViolation, "integrity_violation", Conflict)                                                   \
    X(SerializationFailure, "serialization_failure", Conflict)                                               \
    X(Deadlock, "deadlock", Conflict)                                                                        \
    X(DuplicateTable, "duplicate_table", Conflict)                                                           \
    X(DuplicateDatabase, "duplicate_database", Conflict)                                                     \
    /* database and local server out of reach */                                                             \
    X(ConnectionFailed, "connection_failed", Unreachable)                                                    \
    X(ConnectionLost, "connection_lost", Unreachable)                                                        \
    X(AuthFailed, "auth_failed", Unreachable)                                                                \
    X(DatabaseNotFound, "database_not_found", Unreachable)                                                   \
    X(TooManyConnections, "too_many_connections", Unreachable)                                               \
    X(ServerStarting, "server_starting", Unreachable)                                                        \
    X(LockTimeout, "lock_timeout", Unreachable)                                                              \
    X(DriverMissing, "driver_missing", Unreachable)                                                          \
    X(PostgresNotInstalled, "postgres_not_installed", Unreachable)                                           \
    X(EmbeddedFolder, "embedded_folder", Unreachable)                                                        \
    X(EmbeddedNoUser, "embedded_no_user", Unreachable)                                                       \
    X(EmbeddedInitFailed, "embedded_init_failed", Unreachable)                                               \
    X(EmbeddedStartFailed, "embedded_start_failed", Unreachable)                                             \
    X(EmbeddedTimeout, "embedded_timeout", Unreachable)                                                      \
    X(SocketInUse, "socket_in_use", Unreachable)                                                             \
    /* everything else */                                                                                    \
    X(EmbeddedStopFailed, "embedded_stop_failed", Failed)                                                    \
    X(DatabaseError, "database_error", Failed)                                                               \
    X(DataException, "data_exception", Failed)                                                               \
    X(NotNullViolation, "not_null_violation", Failed)                                                        \
    X(InvalidTextRepresentation, "invalid_text_representation", Failed)                                      \
    X(InFailedTransaction, "in_failed_transaction", Failed)                                                  \
    X(QueryCanceled, "query_canceled", Failed)                                                               \
    X(UndefinedTable, "undefined_table", Failed)                                                             \
    X(UndefinedColumn, "undefined_column", Failed)                                                           \
    X(UndefinedFunction, "undefined_function", Failed)                                                       \
    X(SyntaxError, "syntax_error", Failed)                                                                   \
    X(InsufficientPrivilege, "insufficient_privilege", Failed)                                               \
    X(NoTransaction, "no_transaction", Failed)                                                               \
    X(InvalidArgument, "invalid_argument", Failed)                                                           \
    X(InvalidState, "invalid_state", Failed)                                                                 \
    X(NotConfigured, "not_configured", Failed)                                                               \
    X(AccessDenied, "access_denied", Failed)                                                                 \
    X(ManifestUnreadable, "manifest_unreadable", Failed)                                                     \
    X(ReadFailed, "read_failed", Failed)                                                                     \
    X(WriteFailed, "write_failed", Failed)                                                                   \
    X(ForeignMigration, "foreign_migration", Failed)                                                         \
    X(MasterKeyMissing, "master_key_missing", Failed)                                                        \
    X(MasterKeyInvalid, "master_key_invalid", Failed)                                                        \
    X(UnknownKeyVersion, "unknown_key_version", Failed)                                                      \
    X(NotAnEnvelope, "not_an_envelope", Failed)                                                              \
    X(DecryptFailed, "decrypt_failed", Failed)                                                               \
    X(CryptoError, "crypto_error", Failed)                                                                   \
    X(InvalidStoredValue, "invalid_stored_value", Failed)                                                    \
    X(HashFailed, "hash_failed", Failed)                                                                     \
    X(InvalidVerificationToken, "invalid_verification_token", Failed)                                        \
    X(MailTransportFailed, "mail_transport_failed", Failed)

/// Every failure the code base reports; see KUMIKO_ERROR_CODES for names and categories.
enum class ErrorCode
{
#define KUMIKO_ERROR_CODE_ENUMERATOR(code, name, category) code,
    KUMIKO_ERROR_CODES(KUMIKO_ERROR_CODE_ENUMERATOR)
#undef KUMIKO_ERROR_CODE_ENUMERATOR
};

/// Names, categories and the list of the error catalogue.
class ErrorCodes
{
public:
    /// The stable snake_case name, e.g. "version_conflict".
    static QString name(ErrorCode code);
    static ErrorCategory category(ErrorCode code);
    /// The code with this name; nullopt for a name not in the catalogue.
    static std::optional<ErrorCode> fromName(QStringView name);
    /// Every code, in catalogue order.
    static const QList<ErrorCode>& all();
};

} // namespace kumiko
