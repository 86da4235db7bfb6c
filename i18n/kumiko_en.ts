<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DomainText</name>
    <message>
        <source>system</source>
        <comment>config scope: one value for the whole installation</comment>
        <translation>system</translation>
    </message>
    <message>
        <source>tenant</source>
        <comment>config scope</comment>
        <translation>tenant</translation>
    </message>
    <message>
        <source>user</source>
        <comment>config scope</comment>
        <translation>user</translation>
    </message>
    <message>
        <source>text</source>
        <comment>config value type</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>number</source>
        <comment>config value type</comment>
        <translation>number</translation>
    </message>
    <message>
        <source>yes/no</source>
        <comment>config value type: boolean</comment>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>choice</source>
        <comment>config value type: one of a list of options</comment>
        <translation>choice</translation>
    </message>
    <message>
        <source>active</source>
        <comment>account status</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>restricted</source>
        <comment>account status</comment>
        <translation>restricted</translation>
    </message>
    <message>
        <source>deletion requested</source>
        <comment>account status</comment>
        <translation>deletion requested</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>account status</comment>
        <translation>deleted</translation>
    </message>
    <message>
        <source>verification mail</source>
        <comment>mail kind</comment>
        <translation>verification mail</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Field: %1</source>
        <comment>error detail</comment>
        <translation>Field: %1</translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <comment>error detail</comment>
        <translation>SQLSTATE: %1</translation>
    </message>
    <message>
        <source>While: %1</source>
        <comment>error detail</comment>
        <translation>While: %1</translation>
    </message>
    <message>
        <source>The input is incomplete or not valid.</source>
        <comment>error summary: usage</comment>
        <translation>The input is incomplete or not valid.</translation>
    </message>
    <message>
        <source>The database URL is not valid.</source>
        <comment>error summary: invalid_database_url</comment>
        <translation>The database URL is not valid.</translation>
    </message>
    <message>
        <source>No database URL is given.</source>
        <comment>error summary: no_database_url</comment>
        <translation>No database URL is given.</translation>
    </message>
    <message>
        <source>A file or text is not valid JSON; the details say where.</source>
        <comment>error summary: invalid_json</comment>
        <translation>A file or text is not valid JSON; the details say where.</translation>
    </message>
    <message>
        <source>The project file kumiko.json is not valid.</source>
        <comment>error summary: invalid_manifest</comment>
        <translation>The project file kumiko.json is not valid.</translation>
    </message>
    <message>
        <source>The sign-in or mail settings are not valid.</source>
        <comment>error summary: invalid_settings</comment>
        <translation>The sign-in or mail settings are not valid.</translation>
    </message>
    <message>
        <source>An environment variable that overrides a config value holds an invalid value.</source>
        <comment>error summary: invalid_env_override</comment>
        <translation>An environment variable that overrides a config value holds an invalid value.</translation>
    </message>
    <message>
        <source>A migration file is not valid; see the details for file, line and member.</source>
        <comment>error summary: invalid_seed</comment>
        <translation>A migration file is not valid; see the details for file, line and member.</translation>
    </message>
    <message>
        <source>Two migration files have the same id.</source>
        <comment>error summary: duplicate_migration_id</comment>
        <translation>Two migration files have the same id.</translation>
    </message>
    <message>
        <source>The name for the new migration is not valid.</source>
        <comment>error summary: invalid_slug</comment>
        <translation>The name for the new migration is not valid.</translation>
    </message>
    <message>
        <source>An environment variable a migration reads is not set.</source>
        <comment>error summary: env_not_set</comment>
        <translation>An environment variable a migration reads is not set.</translation>
    </message>
    <message>
        <source>An environment variable a config seed reads is not set.</source>
        <comment>error summary: seed_env_missing</comment>
        <translation>An environment variable a config seed reads is not set.</translation>
    </message>
    <message>
        <source>The data for this change is not valid.</source>
        <comment>error summary: invalid_payload</comment>
        <translation>The data for this change is not valid.</translation>
    </message>
    <message>
        <source>The value does not fit its config key.</source>
        <comment>error summary: invalid_value</comment>
        <translation>The value does not fit its config key.</translation>
    </message>
    <message>
        <source>The value has the wrong type for its config key.</source>
        <comment>error summary: invalid_type</comment>
        <translation>The value has the wrong type for its config key.</translation>
    </message>
    <message>
        <source>The value is not one of the key's options.</source>
        <comment>error summary: invalid_option</comment>
        <translation>The value is not one of the key's options.</translation>
    </message>
    <message>
        <source>The value is outside the key's limits.</source>
        <comment>error summary: out_of_bounds</comment>
        <translation>The value is outside the key's limits.</translation>
    </message>
    <message>
        <source>The value does not match the key's pattern.</source>
        <comment>error summary: invalid_format</comment>
        <translation>The value does not match the key's pattern.</translation>
    </message>
    <message>
        <source>The config key cannot be set at this scope.</source>
        <comment>error summary: invalid_scope</comment>
        <translation>The config key cannot be set at this scope.</translation>
    </message>
    <message>
        <source>The chosen scope does not match the tenant and user given.</source>
        <comment>error summary: invalid_target</comment>
        <translation>The chosen scope does not match the tenant and user given.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <comment>error summary: invalid_email</comment>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The password does not meet the requirements.</source>
        <comment>error summary: invalid_password</comment>
        <translation>The password does not meet the requirements.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <comment>error summary: reason_required</comment>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>A filter is not valid; tenant and aggregate ids must be UUIDs.</source>
        <comment>error summary: invalid_filter</comment>
        <translation>A filter is not valid; tenant and aggregate ids must be UUIDs.</translation>
    </message>
    <message>
        <source>A record this refers to does not exist.</source>
        <comment>error summary: not_found</comment>
        <translation>A record this refers to does not exist.</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <comment>error summary: unknown_tenant</comment>
        <translation>The tenant does not exist.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <comment>error summary: unknown_user</comment>
        <translation>The user does not exist.</translation>
    </message>
    <message>
        <source>The config key is not declared in kumiko.json.</source>
        <comment>error summary: unknown_config_key</comment>
        <translation>The config key is not declared in kumiko.json.</translation>
    </message>
    <message>
        <source>There is no handler with this name.</source>
        <comment>error summary: unknown_handler</comment>
        <translation>There is no handler with this name.</translation>
    </message>
    <message>
        <source>There is no migration with this id.</source>
        <comment>error summary: unknown_migration</comment>
        <translation>There is no migration with this id.</translation>
    </message>
    <message>
        <source>The project folder has no kumiko.json.</source>
        <comment>error summary: manifest_not_found</comment>
        <translation>The project folder has no kumiko.json.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Reload and try again.</source>
        <comment>error summary: version_conflict</comment>
        <translation>Someone else changed this record meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>This request was already made with different data.</source>
        <comment>error summary: idempotency_conflict</comment>
        <translation>This request was already made with different data.</translation>
    </message>
    <message>
        <source>A record with this key already exists.</source>
        <comment>error summary: duplicate_key</comment>
        <translation>A record with this key already exists.</translation>
    </message>
    <message>
        <source>The migration has already been applied.</source>
        <comment>error summary: already_applied</comment>
        <translation>The migration has already been applied.</translation>
    </message>
    <message>
        <source>The e-mail address is already verified.</source>
        <comment>error summary: already_verified</comment>
        <translation>The e-mail address is already verified.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <comment>error summary: file_exists</comment>
        <translation>A file with this name already exists.</translation>
    </message>
    <message>
        <source>The database has tables that differ from what Kumiko creates; nothing was changed.</source>
        <comment>error summary: schema_mismatch</comment>
        <translation>The database has tables that differ from what Kumiko creates; nothing was changed.</translation>
    </message>
    <message>
        <source>The database already holds a record with these values.</source>
        <comment>error summary: unique_violation</comment>
        <translation>The database already holds a record with these values.</translation>
    </message>
    <message>
        <source>The change breaks a reference between records.</source>
        <comment>error summary: foreign_key_violation</comment>
        <translation>The change breaks a reference between records.</translation>
    </message>
    <message>
        <source>The database rejected a value that its rules do not allow.</source>
        <comment>error summary: check_violation</comment>
        <translation>The database rejected a value that its rules do not allow.</translation>
    </message>
    <message>
        <source>The change would break a consistency rule of the database.</source>
        <comment>error summary: integrity_violation</comment>
        <translation>The change would break a consistency rule of the database.</translation>
    </message>
    <message>
        <source>A concurrent change interfered; try again.</source>
        <comment>error summary: serialization_failure</comment>
        <translation>A concurrent change interfered; try again.</translation>
    </message>
    <message>
        <source>Two sessions blocked each other; try again.</source>
        <comment>error summary: deadlock</comment>
        <translation>Two sessions blocked each other; try again.</translation>
    </message>
    <message>
        <source>A table with this name already exists.</source>
        <comment>error summary: duplicate_table</comment>
        <translation>A table with this name already exists.</translation>
    </message>
    <message>
        <source>A database with this name already exists.</source>
        <comment>error summary: duplicate_database</comment>
        <translation>A database with this name already exists.</translation>
    </message>
    <message>
        <source>Could not connect to the database.</source>
        <comment>error summary: connection_failed</comment>
        <translation>Could not connect to the database.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <comment>error summary: connection_lost</comment>
        <translation>The connection to the database was lost.</translation>
    </message>
    <message>
        <source>The database rejected the user name or password.</source>
        <comment>error summary: auth_failed</comment>
        <translation>The database rejected the user name or password.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <comment>error summary: database_not_found</comment>
        <translation>The database does not exist.</translation>
    </message>
    <message>
        <source>The database server accepts no more connections right now.</source>
        <comment>error summary: too_many_connections</comment>
        <translation>The database server accepts no more connections right now.</translation>
    </message>
    <message>
        <source>The database server is still starting; try again in a moment.</source>
        <comment>error summary: server_starting</comment>
        <translation>The database server is still starting; try again in a moment.</translation>
    </message>
    <message>
        <source>Another session holds a lock; the operation timed out waiting for it.</source>
        <comment>error summary: lock_timeout</comment>
        <translation>Another session holds a lock; the operation timed out waiting for it.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <comment>error summary: driver_missing</comment>
        <translation>The PostgreSQL driver for Qt is not installed.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed, so the local database cannot be started.</source>
        <comment>error summary: postgres_not_installed</comment>
        <translation>PostgreSQL is not installed, so the local database cannot be started.</translation>
    </message>
    <message>
        <source>The folder of the local database cannot be created or used.</source>
        <comment>error summary: embedded_folder</comment>
        <translation>The folder of the local database cannot be created or used.</translation>
    </message>
    <message>
        <source>There is no system user to run the local database as.</source>
        <comment>error summary: embedded_no_user</comment>
        <translation>There is no system user to run the local database as.</translation>
    </message>
    <message>
        <source>The local database could not be created.</source>
        <comment>error summary: embedded_init_failed</comment>
        <translation>The local database could not be created.</translation>
    </message>
    <message>
        <source>The local database could not be started.</source>
        <comment>error summary: embedded_start_failed</comment>
        <translation>The local database could not be started.</translation>
    </message>
    <message>
        <source>The local database did not start in time.</source>
        <comment>error summary: embedded_timeout</comment>
        <translation>The local database did not start in time.</translation>
    </message>
    <message>
        <source>Another server already uses the socket of the local database.</source>
        <comment>error summary: socket_in_use</comment>
        <translation>Another server already uses the socket of the local database.</translation>
    </message>
    <message>
        <source>The local database could not be stopped.</source>
        <comment>error summary: embedded_stop_failed</comment>
        <translation>The local database could not be stopped.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <comment>error summary: database_error</comment>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <source>The database could not process a value.</source>
        <comment>error summary: data_exception</comment>
        <translation>The database could not process a value.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <comment>error summary: not_null_violation</comment>
        <translation>A required value is missing.</translation>
    </message>
    <message>
        <source>The database could not read a value in the expected format.</source>
        <comment>error summary: invalid_text_representation</comment>
        <translation>The database could not read a value in the expected format.</translation>
    </message>
    <message>
        <source>An earlier error aborted the transaction; nothing was saved.</source>
        <comment>error summary: in_failed_transaction</comment>
        <translation>An earlier error aborted the transaction; nothing was saved.</translation>
    </message>
    <message>
        <source>The database canceled the query.</source>
        <comment>error summary: query_canceled</comment>
        <translation>The database canceled the query.</translation>
    </message>
    <message>
        <source>A table is missing from the database.</source>
        <comment>error summary: undefined_table</comment>
        <translation>A table is missing from the database.</translation>
    </message>
    <message>
        <source>A column is missing from the database.</source>
        <comment>error summary: undefined_column</comment>
        <translation>A column is missing from the database.</translation>
    </message>
    <message>
        <source>A function is missing from the database.</source>
        <comment>error summary: undefined_function</comment>
        <translation>A function is missing from the database.</translation>
    </message>
    <message>
        <source>The database rejected a query as malformed.</source>
        <comment>error summary: syntax_error</comment>
        <translation>The database rejected a query as malformed.</translation>
    </message>
    <message>
        <source>The database user lacks the permission for this.</source>
        <comment>error summary: insufficient_privilege</comment>
        <translation>The database user lacks the permission for this.</translation>
    </message>
    <message>
        <source>The change was attempted outside a transaction.</source>
        <comment>error summary: no_transaction</comment>
        <translation>The change was attempted outside a transaction.</translation>
    </message>
    <message>
        <source>An internal call received an invalid argument.</source>
        <comment>error summary: invalid_argument</comment>
        <translation>An internal call received an invalid argument.</translation>
    </message>
    <message>
        <source>Stored data is in an unexpected state.</source>
        <comment>error summary: invalid_state</comment>
        <translation>Stored data is in an unexpected state.</translation>
    </message>
    <message>
        <source>A required setting is missing; the details name it.</source>
        <comment>error summary: not_configured</comment>
        <translation>A required setting is missing; the details name it.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <comment>error summary: access_denied</comment>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The project file kumiko.json cannot be read.</source>
        <comment>error summary: manifest_unreadable</comment>
        <translation>The project file kumiko.json cannot be read.</translation>
    </message>
    <message>
        <source>A file cannot be read.</source>
        <comment>error summary: read_failed</comment>
        <translation>A file cannot be read.</translation>
    </message>
    <message>
        <source>A file cannot be written.</source>
        <comment>error summary: write_failed</comment>
        <translation>A file cannot be written.</translation>
    </message>
    <message>
        <source>This migration needs the Kumiko server to run; start the server or mark it applied.</source>
        <comment>error summary: foreign_migration</comment>
        <translation>This migration needs the Kumiko server to run; start the server or mark it applied.</translation>
    </message>
    <message>
        <source>The master key for encrypted values is not set.</source>
        <comment>error summary: master_key_missing</comment>
        <translation>The master key for encrypted values is not set.</translation>
    </message>
    <message>
        <source>The master key for encrypted values is not valid.</source>
        <comment>error summary: master_key_invalid</comment>
        <translation>The master key for encrypted values is not valid.</translation>
    </message>
    <message>
        <source>The value was encrypted with a master key version that is not set.</source>
        <comment>error summary: unknown_key_version</comment>
        <translation>The value was encrypted with a master key version that is not set.</translation>
    </message>
    <message>
        <source>A stored value is not in the encrypted format.</source>
        <comment>error summary: not_an_envelope</comment>
        <translation>A stored value is not in the encrypted format.</translation>
    </message>
    <message>
        <source>An encrypted value cannot be decrypted with this master key.</source>
        <comment>error summary: decrypt_failed</comment>
        <translation>An encrypted value cannot be decrypted with this master key.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <comment>error summary: crypto_error</comment>
        <translation>Encryption failed.</translation>
    </message>
    <message>
        <source>A stored config value cannot be read.</source>
        <comment>error summary: invalid_stored_value</comment>
        <translation>A stored config value cannot be read.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <comment>error summary: hash_failed</comment>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>The verification link is not valid, already used or expired.</source>
        <comment>error summary: invalid_verification_token</comment>
        <translation>The verification link is not valid, already used or expired.</translation>
    </message>
    <message>
        <source>The mail could not be handed over for delivery.</source>
        <comment>error summary: mail_transport_failed</comment>
        <translation>The mail could not be handed over for delivery.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <comment>config value problem</comment>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <comment>config value problem</comment>
        <translation>Choose on or off.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <comment>config value problem</comment>
        <translation>Enter a text.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <comment>config value problem</comment>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>The value must be at least %1.</source>
        <comment>config value problem; %1 = minimum</comment>
        <translation>The value must be at least %1.</translation>
    </message>
    <message>
        <source>The value must be at most %1.</source>
        <comment>config value problem; %1 = maximum</comment>
        <translation>The value must be at most %1.</translation>
    </message>
    <message>
        <source>The value must match the pattern %1.</source>
        <comment>config value problem; %1 = regular expression</comment>
        <translation>The value must match the pattern %1.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <comment>config value problem; %1 = list of options</comment>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <source>The user is not a system administrator.</source>
        <comment>error summary: not_an_admin</comment>
        <translation>The user is not a system administrator.</translation>
    </message>
</context>
<context>
    <name>kumiko::models::CascadeModel</name>
    <message>
        <source>– not set</source>
        <comment>cascade value cell</comment>
        <translation>– not set</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>cascade column</comment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>cascade column</comment>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>kumiko::models::ConfigSeedModel</name>
    <message>
        <source>pending</source>
        <comment>config seed status</comment>
        <translation>pending</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>config seed status</comment>
        <translation>applied</translation>
    </message>
    <message>
        <source>overridden</source>
        <comment>config seed status</comment>
        <translation>overridden</translation>
    </message>
    <message>
        <source>reset</source>
        <comment>config seed status</comment>
        <translation>reset</translation>
    </message>
    <message>
        <source>unknown key</source>
        <comment>config seed status</comment>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>config seed status</comment>
        <translation>invalid</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>config seeds column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>config seeds column</comment>
        <translation>Key</translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>config seeds column</comment>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Tenant / user</source>
        <comment>config seeds column</comment>
        <translation>Tenant / user</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>config seeds column</comment>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>kumiko::models::ConfigValueModel</name>
    <message>
        <source>user value</source>
        <comment>config source</comment>
        <translation>user value</translation>
    </message>
    <message>
        <source>tenant value</source>
        <comment>config source</comment>
        <translation>tenant value</translation>
    </message>
    <message>
        <source>system value</source>
        <comment>config source</comment>
        <translation>system value</translation>
    </message>
    <message>
        <source>environment override</source>
        <comment>config source</comment>
        <translation>environment override</translation>
    </message>
    <message>
        <source>default</source>
        <comment>config source</comment>
        <translation>default</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>config source</comment>
        <translation>missing</translation>
    </message>
    <message numerus="yes">
        <source>System (%n key(s))</source>
        <comment>config group</comment>
        <translation>
            <numerusform>System (%n key)</numerusform>
            <numerusform>System (%n keys)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenant (%n key(s))</source>
        <comment>config group</comment>
        <translation>
            <numerusform>Tenant (%n key)</numerusform>
            <numerusform>Tenant (%n keys)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User (%n key(s))</source>
        <comment>config group</comment>
        <translation>
            <numerusform>User (%n key)</numerusform>
            <numerusform>User (%n keys)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>config value cell</comment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>config value cell: the value comes from a seed</comment>
        <translation>seed</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>config column</comment>
        <translation>Key</translation>
    </message>
    <message>
        <source>Effective value</source>
        <comment>config column</comment>
        <translation>Effective value</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>config column</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Seeded</source>
        <comment>config column</comment>
        <translation>Seeded</translation>
    </message>
</context>
<context>
    <name>kumiko::models::EventTableModel</name>
    <message>
        <source>#</source>
        <comment>events column: event id</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>events column</comment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event type</source>
        <comment>events column</comment>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <comment>events column</comment>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Version</source>
        <comment>events column</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>events column</comment>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>By</source>
        <comment>events column</comment>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>kumiko::models::MigrationTableModel</name>
    <message>
        <source>pending</source>
        <comment>migration state</comment>
        <translation>pending</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>migration state</comment>
        <translation>applied</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>migration state</comment>
        <translation>failed</translation>
    </message>
    <message>
        <source>modified</source>
        <comment>migration state</comment>
        <translation>modified</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>migration state</comment>
        <translation>missing</translation>
    </message>
    <message>
        <source>out of order</source>
        <comment>migration state</comment>
        <translation>out of order</translation>
    </message>
    <message>
        <source>foreign</source>
        <comment>migration state</comment>
        <translation>foreign</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>migration state</comment>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <comment>migration state tooltip</comment>
        <translation>Not applied yet.</translation>
    </message>
    <message>
        <source>Applied; the file is unchanged since.</source>
        <comment>migration state tooltip</comment>
        <translation>Applied; the file is unchanged since.</translation>
    </message>
    <message>
        <source>Not applied: the last attempt failed and was rolled back.</source>
        <comment>migration state tooltip</comment>
        <translation>Not applied: the last attempt failed and was rolled back.</translation>
    </message>
    <message>
        <source>Applied, but the file has changed since (checksum differs).</source>
        <comment>migration state tooltip</comment>
        <translation>Applied, but the file has changed since (checksum differs).</translation>
    </message>
    <message>
        <source>Recorded as applied, but there is no file for it.</source>
        <comment>migration state tooltip</comment>
        <translation>Recorded as applied, but there is no file for it.</translation>
    </message>
    <message>
        <source>Not applied, but sorts before the newest applied migration.</source>
        <comment>migration state tooltip</comment>
        <translation>Not applied, but sorts before the newest applied migration.</translation>
    </message>
    <message>
        <source>An upstream TypeScript seed: it needs the Kumiko server and never runs here.</source>
        <comment>migration state tooltip</comment>
        <translation>An upstream TypeScript seed: it needs the Kumiko server and never runs here.</translation>
    </message>
    <message>
        <source>Skippable, and its KUMIKO_SKIP_ES_OPS_… flag is set.</source>
        <comment>migration state tooltip</comment>
        <translation>Skippable, and its KUMIKO_SKIP_ES_OPS_… flag is set.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>duration cell</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <comment>migrations column</comment>
        <translation>State</translation>
    </message>
    <message>
        <source>Migration</source>
        <comment>migrations column</comment>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>migrations column</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Applied at</source>
        <comment>migrations column</comment>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>By</source>
        <comment>migrations column; applied by</comment>
        <translation>By</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>migrations column</comment>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>kumiko::models::OutboxTableModel</name>
    <message>
        <source>sent %1</source>
        <comment>outbox delivery cell</comment>
        <translation>sent %1</translation>
    </message>
    <message>
        <source>gave up</source>
        <comment>outbox delivery cell: no more attempts</comment>
        <translation>gave up</translation>
    </message>
    <message>
        <source>next try %1</source>
        <comment>outbox delivery cell</comment>
        <translation>next try %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>outbox column</comment>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>outbox column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>outbox column</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>outbox column</comment>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>outbox column</comment>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>outbox column</comment>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Last error</source>
        <comment>outbox column</comment>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>kumiko::models::SeedAttemptModel</name>
    <message>
        <source>steps[%1]</source>
        <comment>attempt step cell</comment>
        <translation>steps[%1]</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>attempt outcome</comment>
        <translation>applied</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>attempt outcome</comment>
        <translation>failed</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>attempt outcome</comment>
        <translation>skipped</translation>
    </message>
    <message>
        <source>marked applied</source>
        <comment>attempt outcome</comment>
        <translation>marked applied</translation>
    </message>
    <message>
        <source>already applied by another runner</source>
        <comment>attempt outcome</comment>
        <translation>already applied by another runner</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>attempts column</comment>
        <translation>Started</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>attempts column</comment>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Failing step</source>
        <comment>attempts column</comment>
        <translation>Failing step</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>attempts column</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>By</source>
        <comment>attempts column; applied by</comment>
        <translation>By</translation>
    </message>
    <message>
        <source>Database user</source>
        <comment>attempts column</comment>
        <translation>Database user</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>attempts column</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>Error or reason</source>
        <comment>attempts column</comment>
        <translation>Error or reason</translation>
    </message>
</context>
<context>
    <name>kumiko::models::UserTableModel</name>
    <message>
        <source>queued</source>
        <comment>mail status</comment>
        <translation>queued</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>mail status</comment>
        <translation>sending</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>mail status</comment>
        <translation>sent</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>mail status</comment>
        <translation>failed</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <comment>user verification state</comment>
        <translation>✓ verified</translation>
    </message>
    <message>
        <source>✗ not verified</source>
        <comment>user verification state</comment>
        <translation>✗ not verified</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no verification mail yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2 (%3 attempts): %4</source>
        <comment>last mail; %1 = status, %2 = time, %3 = attempts, %4 = error</comment>
        <translation>%1 %2 (%3 attempts): %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>last mail; %1 = status, %2 = time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>users column</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>users column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>users column: verification state</comment>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>users column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>users column</comment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Last verification mail</source>
        <comment>users column</comment>
        <translation>Last verification mail</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::ConfigurationPage</name>
    <message>
        <source>The configuration could not be read.</source>
        <comment>configuration banner</comment>
        <translation>The configuration could not be read.</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <comment>context chooser</comment>
        <translation>(no tenant)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <comment>context chooser</comment>
        <translation>(no user)</translation>
    </message>
    <message>
        <source>kumiko.json declares no seeds.</source>
        <comment>config seeds summary</comment>
        <translation>kumiko.json declares no seeds.</translation>
    </message>
    <message>
        <source>Choose a key on the left.</source>
        <comment>config key panel</comment>
        <translation>Choose a key on the left.</translation>
    </message>
    <message>
        <source>type %1</source>
        <comment>config key facts</comment>
        <translation>type %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <comment>config key facts</comment>
        <translation>scope %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <comment>config key facts</comment>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>config key facts; bounds</comment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <comment>config key facts</comment>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <comment>config key facts</comment>
        <translation>pattern %1</translation>
    </message>
    <message>
        <source>overridden by $%1</source>
        <comment>config key facts</comment>
        <translation>overridden by $%1</translation>
    </message>
    <message>
        <source>System</source>
        <comment>config scope</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <comment>config scope; %1 = tenant key</comment>
        <translation>Tenant %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <comment>config scope; %1 = e-mail</comment>
        <translation>User %1</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <comment>configuration banner; %1 = key</comment>
        <translation>%1 was not saved.</translation>
    </message>
    <message>
        <source>%1 was not reset.</source>
        <comment>configuration banner; %1 = key</comment>
        <translation>%1 was not reset.</translation>
    </message>
    <message>
        <source>%1 saved at %2 scope.</source>
        <comment>configuration banner; %1 = key, %2 = scope</comment>
        <translation>%1 saved at %2 scope.</translation>
    </message>
    <message>
        <source>%1 reset at %2 scope.</source>
        <comment>configuration banner; %1 = key, %2 = scope</comment>
        <translation>%1 reset at %2 scope.</translation>
    </message>
    <message>
        <source>The config seeds were not applied; nothing was written.</source>
        <comment>configuration banner</comment>
        <translation>The config seeds were not applied; nothing was written.</translation>
    </message>
    <message>
        <source>Config seeds applied: %1 created, %2 skipped.</source>
        <comment>configuration banner</comment>
        <translation>Config seeds applied: %1 created, %2 skipped.</translation>
    </message>
    <message>
        <source>Unknown keys: %1.</source>
        <comment>configuration banner; %1 = keys</comment>
        <translation>Unknown keys: %1.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>page title</comment>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>The effective value of every key for the chosen tenant and user, where it comes from, and the config seeds of kumiko.json.</source>
        <comment>page description</comment>
        <translation>The effective value of every key for the chosen tenant and user, where it comes from, and the config seeds of kumiko.json.</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <comment>context chooser</comment>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>User:</source>
        <comment>context chooser</comment>
        <translation>User:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>configuration action</comment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>configuration tab</comment>
        <translation>Values</translation>
    </message>
    <message>
        <source>Seeds</source>
        <comment>configuration tab</comment>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Reveal encrypted values</source>
        <comment>configuration action</comment>
        <translation>Reveal encrypted values</translation>
    </message>
    <message>
        <source>Change at:</source>
        <comment>config editor</comment>
        <translation>Change at:</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>config editor action</comment>
        <translation>Set</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>config editor action</comment>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Remove the value at this scope; the next level of the cascade applies.</source>
        <comment>config editor action tooltip</comment>
        <translation>Remove the value at this scope; the next level of the cascade applies.</translation>
    </message>
    <message>
        <source>Apply config seeds</source>
        <comment>configuration action</comment>
        <translation>Apply config seeds</translation>
    </message>
    <message>
        <source>(cannot show: %1)</source>
        <comment>config value; %1 = reason</comment>
        <translation>(cannot show: %1)</translation>
    </message>
    <message>
        <source>The stored value was changed meanwhile; Set replaces it with yours.</source>
        <comment>config editor note</comment>
        <translation>The stored value was changed meanwhile; Set replaces it with yours.</translation>
    </message>
    <message>
        <source>The reveal could not be recorded; the value stays hidden.</source>
        <comment>configuration banner</comment>
        <translation>The reveal could not be recorded; the value stays hidden.</translation>
    </message>
    <message>
        <source>default for all tenants</source>
        <comment>config seed target: a tenant seed without a tenant</comment>
        <translation>default for all tenants</translation>
    </message>
    <message>
        <source>Configuration keys</source>
        <comment>config tree, for screen readers</comment>
        <translation>Configuration keys</translation>
    </message>
    <message>
        <source>Every key with its effective value and where it comes from</source>
        <comment>config tree, for screen readers</comment>
        <translation>Every key with its effective value and where it comes from</translation>
    </message>
    <message>
        <source>Cascade of the selected key</source>
        <comment>config table, for screen readers</comment>
        <translation>Cascade of the selected key</translation>
    </message>
    <message>
        <source>The value at each level; the first level with a value applies</source>
        <comment>config table, for screen readers</comment>
        <translation>The value at each level; the first level with a value applies</translation>
    </message>
    <message>
        <source>Config seeds</source>
        <comment>config table, for screen readers</comment>
        <translation>Config seeds</translation>
    </message>
    <message>
        <source>New value</source>
        <comment>config editor, for screen readers</comment>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <comment>dialog title</comment>
        <translation>Connect to a database</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>connection field</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Host or socket folder:</source>
        <comment>connection field</comment>
        <translation>Host or socket folder:</translation>
    </message>
    <message>
        <source>Port:</source>
        <comment>connection field</comment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <comment>connection field</comment>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <comment>connection field</comment>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <comment>connection field</comment>
        <translation>Password:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <comment>connection field</comment>
        <translation>SSL mode:</translation>
    </message>
    <message>
        <source>New</source>
        <comment>connection profile button</comment>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>connection profile button</comment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Test connection</source>
        <comment>connection button</comment>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>connection profile button</comment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <comment>connection button: embedded database</comment>
        <translation>Use the local database</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>connection button</comment>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>connection button</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the connection a name first.</source>
        <comment>connection dialog</comment>
        <translation>Give the connection a name first.</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain.</source>
        <comment>connection dialog</comment>
        <translation>Saved; the password is in the system keychain.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <comment>connection dialog</comment>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>The Kumiko schema is installed.</source>
        <comment>connection dialog</comment>
        <translation>The Kumiko schema is installed.</translation>
    </message>
    <message>
        <source>The Kumiko schema is missing or incomplete; the console offers to create it when you connect.</source>
        <comment>connection dialog</comment>
        <translation>The Kumiko schema is missing or incomplete; the console offers to create it when you connect.</translation>
    </message>
    <message>
        <source>Connection works: PostgreSQL %1, database %2.</source>
        <comment>connection dialog; %1 = version, %2 = database name</comment>
        <translation>Connection works: PostgreSQL %1, database %2.</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <comment>connection dialog, for screen readers</comment>
        <translation>Saved connections</translation>
    </message>
    <message>
        <source>Choose one to fill in the form; passwords stay in the system keychain</source>
        <comment>connection dialog, for screen readers</comment>
        <translation>Choose one to fill in the form; passwords stay in the system keychain</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::ConsoleController</name>
    <message>
        <source>Connecting…</source>
        <comment>status bar busy text</comment>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <comment>status bar</comment>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <source>Create the schema?</source>
        <comment>dialog title</comment>
        <translation>Create the schema?</translation>
    </message>
    <message>
        <source>The database %1 has no complete Kumiko schema yet. Create the missing tables now? Existing tables are never changed.</source>
        <comment>dialog text; %1 = database</comment>
        <translation>The database %1 has no complete Kumiko schema yet. Create the missing tables now? Existing tables are never changed.</translation>
    </message>
    <message>
        <source>Creating the schema…</source>
        <comment>status bar busy text</comment>
        <translation>Creating the schema…</translation>
    </message>
    <message>
        <source>Connected: %1 (PostgreSQL %2)</source>
        <comment>status bar; %1 = URL without password</comment>
        <translation>Connected: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <comment>status bar</comment>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>banner action</comment>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Project folder</source>
        <comment>dialog title</comment>
        <translation>Project folder</translation>
    </message>
    <message>
        <source>The project in %1 could not be loaded; sign-in uses default settings.</source>
        <comment>banner; %1 = folder</comment>
        <translation>The project in %1 could not be loaded; sign-in uses default settings.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <comment>status bar; %1 = URL without password</comment>
        <translation>Connection lost: %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <comment>status bar; %1 = URL without password</comment>
        <translation>Reconnecting to %1…</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Trying again in %1 s.</source>
        <comment>banner; %1 = seconds until the next automatic attempt</comment>
        <translation>The connection to the database was lost. Trying again in %1 s.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <comment>banner</comment>
        <translation>The connection to the database was lost. Reconnecting…</translation>
    </message>
    <message>
        <source>Quitting when the running work has finished…</source>
        <comment>status bar busy text</comment>
        <translation>Quitting when the running work has finished…</translation>
    </message>
    <message>
        <source>Quit while work is running?</source>
        <comment>dialog title</comment>
        <translation>Quit while work is running?</translation>
    </message>
    <message>
        <source>Migrations are being applied or verification mails are being sent. Quitting now would leave the rest undone.</source>
        <comment>quit dialog</comment>
        <translation>Migrations are being applied or verification mails are being sent. Quitting now would leave the rest undone.</translation>
    </message>
    <message>
        <source>Quit when finished</source>
        <comment>quit dialog button</comment>
        <translation>Quit when finished</translation>
    </message>
    <message>
        <source>Stop after the current item and quit</source>
        <comment>quit dialog button</comment>
        <translation>Stop after the current item and quit</translation>
    </message>
    <message>
        <source>Keep running</source>
        <comment>quit dialog button</comment>
        <translation>Keep running</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::EventsPage</name>
    <message>
        <source>The events could not be read.</source>
        <comment>events banner</comment>
        <translation>The events could not be read.</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>page title</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>Every change is an event in kumiko_events; the read tables follow from them. Newest first; older ones load as you scroll.</source>
        <comment>page description</comment>
        <translation>Every change is an event in kumiko_events; the read tables follow from them. Newest first; older ones load as you scroll.</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <comment>events filter</comment>
        <translation>Aggregate type</translation>
    </message>
    <message>
        <source>Event type, e.g. tenant.created</source>
        <comment>events filter</comment>
        <translation>Event type, e.g. tenant.created</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <comment>events filter</comment>
        <translation>Tenant id</translation>
    </message>
    <message>
        <source>Aggregate id</source>
        <comment>events filter</comment>
        <translation>Aggregate id</translation>
    </message>
    <message>
        <source>From</source>
        <comment>events filter; time</comment>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>events filter; time</comment>
        <translation>Until</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <comment>events action</comment>
        <translation>Apply filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>events action; clears the filter fields</comment>
        <translation>Clear</translation>
    </message>
    <message>
        <source>New events – show</source>
        <comment>events action</comment>
        <translation>New events – show</translation>
    </message>
    <message>
        <source>Show stream</source>
        <comment>events action</comment>
        <translation>Show stream</translation>
    </message>
    <message>
        <source>Every event of this aggregate in this tenant</source>
        <comment>events action tooltip</comment>
        <translation>Every event of this aggregate in this tenant</translation>
    </message>
    <message>
        <source>Payload</source>
        <comment>events detail</comment>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Metadata</source>
        <comment>events detail</comment>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Event type</source>
        <comment>events filter, for screen readers</comment>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Shows only events of this type (Ctrl+F)</source>
        <comment>events filter, for screen readers</comment>
        <translation>Shows only events of this type (Ctrl+F)</translation>
    </message>
    <message>
        <source>Events from</source>
        <comment>events filter, for screen readers</comment>
        <translation>Events from</translation>
    </message>
    <message>
        <source>Events until</source>
        <comment>events filter, for screen readers</comment>
        <translation>Events until</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>events table, for screen readers</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>Newest first; older events load as you scroll</source>
        <comment>events table, for screen readers</comment>
        <translation>Newest first; older events load as you scroll</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MainWindow</name>
    <message>
        <source>Kumiko Admin</source>
        <comment>window title</comment>
        <translation>Kumiko Admin</translation>
    </message>
    <message>
        <source>Migrations</source>
        <comment>sidebar</comment>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>sidebar</comment>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>sidebar</comment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>sidebar</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <comment>menu</comment>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Project &amp;folder…</source>
        <comment>menu action</comment>
        <translation>Project &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <comment>menu action</comment>
        <translation>&amp;Reconnect</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <comment>menu action</comment>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>menu action</comment>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>menu</comment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kumiko Admin</source>
        <comment>menu action</comment>
        <translation>&amp;About Kumiko Admin</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>status bar</comment>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <comment>status bar</comment>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <comment>status bar</comment>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>About Kumiko Admin</source>
        <comment>dialog title</comment>
        <translation>About Kumiko Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin console for Kumiko event-sourced PostgreSQL applications: seed migrations, configuration and e-mail verification.&lt;/p&gt;</source>
        <comment>about text; %1 = version</comment>
        <translation>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin console for Kumiko event-sourced PostgreSQL applications: seed migrations, configuration and e-mail verification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <comment>menu action</comment>
        <translation>&amp;Connect to database…</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <comment>status bar; %1 = e-mail</comment>
        <translation>Locked: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>sidebar, for screen readers</comment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4 switch sections</source>
        <comment>sidebar, for screen readers</comment>
        <translation>Ctrl+1 to Ctrl+4 switch sections</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Re&amp;fresh page</source>
        <comment>menu action</comment>
        <translation>Re&amp;fresh page</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <comment>menu action: focuses the page's filter field</comment>
        <translation>F&amp;ilter…</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MessageBanner</name>
    <message>
        <source>Details</source>
        <comment>banner: expand technical details</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows or hides the technical details</source>
        <comment>banner</comment>
        <translation>Shows or hides the technical details</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>banner kind, for screen readers</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>banner kind, for screen readers</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>banner kind, for screen readers</comment>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MigrationDetailView</name>
    <message>
        <source>Planning…</source>
        <comment>plan tree placeholder</comment>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>plan: migration skipped by its flag</comment>
        <translation>skipped</translation>
    </message>
    <message>
        <source>steps[%1] %2</source>
        <comment>plan step; %1 = index, %2 = operation</comment>
        <translation>steps[%1] %2</translation>
    </message>
    <message>
        <source>steps[%1] fails</source>
        <comment>plan</comment>
        <translation>steps[%1] fails</translation>
    </message>
    <message>
        <source>fails</source>
        <comment>plan</comment>
        <translation>fails</translation>
    </message>
    <message>
        <source>Nothing to plan: no migration is pending.</source>
        <comment>plan tree placeholder</comment>
        <translation>Nothing to plan: no migration is pending.</translation>
    </message>
    <message>
        <source>No plan</source>
        <comment>plan tree</comment>
        <translation>No plan</translation>
    </message>
    <message>
        <source>– (no file)</source>
        <comment>checksum</comment>
        <translation>– (no file)</translation>
    </message>
    <message>
        <source>– (not recorded)</source>
        <comment>checksum</comment>
        <translation>– (not recorded)</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <comment>checksum verdict</comment>
        <translation>Nothing to compare.</translation>
    </message>
    <message>
        <source>✓ The file is unchanged since it was applied.</source>
        <comment>checksum verdict</comment>
        <translation>✓ The file is unchanged since it was applied.</translation>
    </message>
    <message>
        <source>⚠ The file has changed since it was applied; the change will not run again.</source>
        <comment>checksum verdict</comment>
        <translation>⚠ The file has changed since it was applied; the change will not run again.</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>migration detail tab</comment>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Checksum</source>
        <comment>migration detail tab</comment>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>migration detail tab</comment>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>migration detail tab</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Recorded when applied:</source>
        <comment>checksum form</comment>
        <translation>Recorded when applied:</translation>
    </message>
    <message>
        <source>File now:</source>
        <comment>checksum form</comment>
        <translation>File now:</translation>
    </message>
    <message>
        <source>Migration / step / event</source>
        <comment>plan column</comment>
        <translation>Migration / step / event</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>plan column</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Aggregate / payload</source>
        <comment>plan column</comment>
        <translation>Aggregate / payload</translation>
    </message>
    <message>
        <source>Steps of the migration</source>
        <comment>migration detail, for screen readers</comment>
        <translation>Steps of the migration</translation>
    </message>
    <message>
        <source>The migration file exactly as written</source>
        <comment>migration detail, for screen readers</comment>
        <translation>The migration file exactly as written</translation>
    </message>
    <message>
        <source>Dry run: per step the action and the events it would write</source>
        <comment>migration detail, for screen readers</comment>
        <translation>Dry run: per step the action and the events it would write</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MigrationsPage</name>
    <message>
        <source>Mark as applied</source>
        <comment>dialog title</comment>
        <translation>Mark as applied</translation>
    </message>
    <message>
        <source>Why is this migration applied without running its steps? The reason is recorded with the attempt.</source>
        <comment>mark-applied dialog</comment>
        <translation>Why is this migration applied without running its steps? The reason is recorded with the attempt.</translation>
    </message>
    <message>
        <source>New migration</source>
        <comment>dialog title</comment>
        <translation>New migration</translation>
    </message>
    <message>
        <source>Short name (a-z, 0-9 and -); the file gets today's date in front:</source>
        <comment>new migration dialog</comment>
        <translation>Short name (a-z, 0-9 and -); the file gets today's date in front:</translation>
    </message>
    <message>
        <source>Cancelling after the current migration…</source>
        <comment>apply progress</comment>
        <translation>Cancelling after the current migration…</translation>
    </message>
    <message>
        <source>The migrations could not be read.</source>
        <comment>migrations banner</comment>
        <translation>The migrations could not be read.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>migrations summary; %1 = count, %2 = state</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no migrations in seeds/</source>
        <comment>migrations summary</comment>
        <translation>no migrations in seeds/</translation>
    </message>
    <message>
        <source>The attempts could not be read.</source>
        <comment>migrations banner</comment>
        <translation>The attempts could not be read.</translation>
    </message>
    <message>
        <source>Checking the migrations…</source>
        <comment>apply progress</comment>
        <translation>Checking the migrations…</translation>
    </message>
    <message>
        <source>Applying migrations…</source>
        <comment>status bar busy text</comment>
        <translation>Applying migrations…</translation>
    </message>
    <message>
        <source>Applying %1 of %2: %3</source>
        <comment>apply progress; %1 = n, %2 = total, %3 = id</comment>
        <translation>Applying %1 of %2: %3</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <comment>apply summary</comment>
        <translation>Nothing was applied.</translation>
    </message>
    <message>
        <source>KUMIKO_SKIP_ES_OPS=1 is set: no migration was applied.</source>
        <comment>apply summary</comment>
        <translation>KUMIKO_SKIP_ES_OPS=1 is set: no migration was applied.</translation>
    </message>
    <message>
        <source>%1, steps[%2]</source>
        <comment>failed migration; %1 = id, %2 = step index</comment>
        <translation>%1, steps[%2]</translation>
    </message>
    <message>
        <source>%1 failed and was rolled back: %2</source>
        <comment>apply summary; %1 = where, %2 = reason</comment>
        <translation>%1 failed and was rolled back: %2</translation>
    </message>
    <message>
        <source>Not attempted: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Not attempted: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <comment>apply summary</comment>
        <translation>
            <numerusform>Applied %n migration.</numerusform>
            <numerusform>Applied %n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Skipped: %1.</translation>
    </message>
    <message>
        <source>Applied meanwhile by another runner: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Applied meanwhile by another runner: %1.</translation>
    </message>
    <message>
        <source>Cancelled; not attempted: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Cancelled; not attempted: %1.</translation>
    </message>
    <message>
        <source>%1 could not be marked as applied.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>%1 could not be marked as applied.</translation>
    </message>
    <message>
        <source>%1 is recorded as applied; its steps did not run.</source>
        <comment>migrations banner</comment>
        <translation>%1 is recorded as applied; its steps did not run.</translation>
    </message>
    <message>
        <source>The migration file could not be created.</source>
        <comment>migrations banner</comment>
        <translation>The migration file could not be created.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <comment>migrations banner; %1 = file</comment>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>All states</source>
        <comment>state filter</comment>
        <translation>All states</translation>
    </message>
    <message>
        <source>Seed migrations</source>
        <comment>page title</comment>
        <translation>Seed migrations</translation>
    </message>
    <message>
        <source>One-time, ordered data changes from the project's seeds/ folder. Each runs atomically: all of its steps and its marker, or nothing.</source>
        <comment>page description</comment>
        <translation>One-time, ordered data changes from the project's seeds/ folder. Each runs atomically: all of its steps and its marker, or nothing.</translation>
    </message>
    <message>
        <source>Apply all pending</source>
        <comment>migrations action</comment>
        <translation>Apply all pending</translation>
    </message>
    <message>
        <source>Apply up to selected</source>
        <comment>migrations action</comment>
        <translation>Apply up to selected</translation>
    </message>
    <message>
        <source>Apply selected only</source>
        <comment>migrations action</comment>
        <translation>Apply selected only</translation>
    </message>
    <message>
        <source>Only when the selected migration is the next one to run.</source>
        <comment>migrations action tooltip</comment>
        <translation>Only when the selected migration is the next one to run.</translation>
    </message>
    <message>
        <source>Plan…</source>
        <comment>migrations action; dry run</comment>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Dry run of the selected migration: per step the action and the events it would write. Nothing is written.</source>
        <comment>migrations action tooltip</comment>
        <translation>Dry run of the selected migration: per step the action and the events it would write. Nothing is written.</translation>
    </message>
    <message>
        <source>Mark applied…</source>
        <comment>migrations action</comment>
        <translation>Mark applied…</translation>
    </message>
    <message>
        <source>New migration…</source>
        <comment>migrations action</comment>
        <translation>New migration…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>migrations action</comment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>apply progress</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filter by id or description</source>
        <comment>migrations filter</comment>
        <translation>Filter by id or description</translation>
    </message>
    <message>
        <source>Applied before it: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Applied before it: %1.</translation>
    </message>
    <message>
        <source>Filter migrations</source>
        <comment>migrations filter, for screen readers</comment>
        <translation>Filter migrations</translation>
    </message>
    <message>
        <source>Shows the migrations whose id or description contains the text (Ctrl+F)</source>
        <comment>migrations filter, for screen readers</comment>
        <translation>Shows the migrations whose id or description contains the text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <comment>migrations filter, for screen readers</comment>
        <translation>Filter by state</translation>
    </message>
    <message>
        <source>Migrations</source>
        <comment>migrations table, for screen readers</comment>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>The migrations of the project in run order with their state</source>
        <comment>migrations table, for screen readers</comment>
        <translation>The migrations of the project in run order with their state</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <comment>progress bar, for screen readers</comment>
        <translation>Apply progress</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::PageHeading</name>
    <message>
        <source>No connection to the database: what is shown may be out of date, and changes are disabled until the connection is back.</source>
        <comment>page note while the database is lost</comment>
        <translation>No connection to the database: what is shown may be out of date, and changes are disabled until the connection is back.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::PasswordVault</name>
    <message>
        <source>No password is saved for this connection.</source>
        <comment>keychain</comment>
        <translation>No password is saved for this connection.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not saved; you will be asked for it again next time.</source>
        <comment>keychain fallback</comment>
        <translation>No system keychain is available, so the password is not saved; you will be asked for it again next time.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <comment>keychain; %1 = reason</comment>
        <translation>The system keychain refused access: %1</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::SignInPage</name>
    <message>
        <source>The project settings are not loaded yet.</source>
        <comment>sign-in banner</comment>
        <translation>The project settings are not loaded yet.</translation>
    </message>
    <message>
        <source>E-mail or password is wrong.</source>
        <comment>sign-in failure</comment>
        <translation>E-mail or password is wrong.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet.</source>
        <comment>sign-in failure</comment>
        <translation>Your e-mail address is not verified yet.</translation>
    </message>
    <message>
        <source>This account is restricted. Please contact an administrator.</source>
        <comment>sign-in failure</comment>
        <translation>This account is restricted. Please contact an administrator.</translation>
    </message>
    <message>
        <source>This account has no access to the admin console (the role SystemAdmin is required).</source>
        <comment>sign-in failure</comment>
        <translation>This account has no access to the admin console (the role SystemAdmin is required).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>sign-in title</comment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with an account that has the role SystemAdmin.</source>
        <comment>sign-in intro</comment>
        <translation>Sign in with an account that has the role SystemAdmin.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <comment>sign-in field</comment>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <comment>sign-in field</comment>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>sign-in button</comment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>sign-in button busy</comment>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>resend link busy</comment>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Could not send. Please try again.</source>
        <comment>resend hint on any other failure</comment>
        <translation>Could not send. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. The account is locked for %n more minute(s).</source>
        <comment>sign-in failure; %n = minutes, rounded up</comment>
        <translation>
            <numerusform>Too many failed attempts. The account is locked for %n more minute.</numerusform>
            <numerusform>Too many failed attempts. The account is locked for %n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Console locked</source>
        <comment>sign-in title while locked</comment>
        <translation>Console locked</translation>
    </message>
    <message>
        <source>The console was locked because nobody used it for a while. Enter the password of %1 to continue, or sign out in the Console menu.</source>
        <comment>sign-in intro while locked; %1 = e-mail</comment>
        <translation>The console was locked because nobody used it for a while. Enter the password of %1 to continue, or sign out in the Console menu.</translation>
    </message>
    <message>
        <source>We've sent you a new verification mail.</source>
        <comment>sign-in info banner after resend</comment>
        <translation>We've sent you a new verification mail.</translation>
    </message>
    <message>
        <source>Send verification mail again</source>
        <comment>resend link on the sign-in screen</comment>
        <translation>Send verification mail again</translation>
    </message>
    <message>
        <source>Sends a new verification mail to the address above</source>
        <comment>resend link, for screen readers</comment>
        <translation>Sends a new verification mail to the address above</translation>
    </message>
    <message>
        <source>Please wait %1 and try again.</source>
        <comment>resend hint when rate limited; %1 = m:ss</comment>
        <translation>Please wait %1 and try again.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UsersPage</name>
    <message>
        <source>Send verification mails</source>
        <comment>dialog title</comment>
        <translation>Send verification mails</translation>
    </message>
    <message numerus="yes">
        <source>Send a new verification mail to %n user(s)? Earlier links stay valid until they expire.</source>
        <comment>resend confirmation</comment>
        <translation>
            <numerusform>Send a new verification mail to %n user? Earlier links stay valid until they expire.</numerusform>
            <numerusform>Send a new verification mail to %n users? Earlier links stay valid until they expire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark address verified</source>
        <comment>dialog title</comment>
        <translation>Mark address verified</translation>
    </message>
    <message>
        <source>Why does this address count as verified without the link? The reason is stored with the event.</source>
        <comment>mark-verified dialog</comment>
        <translation>Why does this address count as verified without the link? The reason is stored with the event.</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3</source>
        <comment>resend progress; %1 = n, %2 = total, %3 = e-mail</comment>
        <translation>Sending %1 of %2: %3</translation>
    </message>
    <message>
        <source>The users could not be read.</source>
        <comment>users banner</comment>
        <translation>The users could not be read.</translation>
    </message>
    <message>
        <source>The project's auth and mail settings could not be loaded.</source>
        <comment>resend tooltip</comment>
        <translation>The project's auth and mail settings could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n verification mail(s).</source>
        <comment>resend summary</comment>
        <translation>
            <numerusform>Queued %n verification mail.</numerusform>
            <numerusform>Queued %n verification mails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, the limit for these addresses is reached: %1.</source>
        <comment>resend summary</comment>
        <translation>Not sent, the limit for these addresses is reached: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not attempted: %n.</source>
        <comment>resend summary</comment>
        <translation>
            <numerusform>Not attempted: %n.</numerusform>
            <numerusform>Not attempted: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not marked verified.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 was not marked verified.</translation>
    </message>
    <message>
        <source>%1 is verified now.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 is verified now.</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>page title</comment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Users with the state of their e-mail address and their last verification mail; the mail outbox with delivery status.</source>
        <comment>page description</comment>
        <translation>Users with the state of their e-mail address and their last verification mail; the mail outbox with delivery status.</translation>
    </message>
    <message>
        <source>Only unverified</source>
        <comment>users filter</comment>
        <translation>Only unverified</translation>
    </message>
    <message>
        <source>Filter by e-mail or name</source>
        <comment>users filter</comment>
        <translation>Filter by e-mail or name</translation>
    </message>
    <message>
        <source>Send verification mail…</source>
        <comment>users action</comment>
        <translation>Send verification mail…</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <comment>users action</comment>
        <translation>Mark verified…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>users action</comment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>resend progress</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>users tab</comment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Mail outbox</source>
        <comment>users tab</comment>
        <translation>Mail outbox</translation>
    </message>
    <message>
        <source>No verification mail was sent.</source>
        <comment>users banner</comment>
        <translation>No verification mail was sent.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n address(es) that need no mail (verified already or unknown).</source>
        <comment>resend summary</comment>
        <translation>
            <numerusform>Skipped %n address that needs no mail (verified already or unknown).</numerusform>
            <numerusform>Skipped %n addresses that need no mail (verified already or unknown).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to %1: the limit for this address is reached; try again in %2.</source>
        <comment>resend summary; %1 = e-mail, %2 = time left as m:ss</comment>
        <translation>Not sent to %1: the limit for this address is reached; try again in %2.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <comment>resend summary: e-mail and the time to wait as m:ss</comment>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <comment>users filter, for screen readers</comment>
        <translation>Filter users</translation>
    </message>
    <message>
        <source>Shows the users whose e-mail or name contains the text (Ctrl+F)</source>
        <comment>users filter, for screen readers</comment>
        <translation>Shows the users whose e-mail or name contains the text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>users table, for screen readers</comment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Select one or more users for the actions above</source>
        <comment>users table, for screen readers</comment>
        <translation>Select one or more users for the actions above</translation>
    </message>
    <message>
        <source>Mail outbox</source>
        <comment>outbox table, for screen readers</comment>
        <translation>Mail outbox</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <comment>progress bar, for screen readers</comment>
        <translation>Sending progress</translation>
    </message>
</context>
</TS>