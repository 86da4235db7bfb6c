<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Confirmation</name>
    <message>
        <source>%1 and %2</source>
        <comment>list of names; %1 = all but the last, %2 = the last</comment>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names; %1 = the first names</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>The migration's file has not changed since it was applied; there is nothing to accept.</source>
        <comment>error summary: not_modified</comment>
        <translation>The migration's file has not changed since it was applied; there is nothing to accept.</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <comment>error detail; the SQL that failed</comment>
        <translation>Statement: %1</translation>
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
    <name>kumiko::models::ConsistencyFindingModel</name>
    <message>
        <source>Row differs from its events</source>
        <comment>consistency finding</comment>
        <translation>Row differs from its events</translation>
    </message>
    <message>
        <source>Row missing</source>
        <comment>consistency finding</comment>
        <translation>Row missing</translation>
    </message>
    <message>
        <source>Row without events</source>
        <comment>consistency finding</comment>
        <translation>Row without events</translation>
    </message>
    <message>
        <source>Forked aggregate</source>
        <comment>consistency finding; events in several tenant streams</comment>
        <translation>Forked aggregate</translation>
    </message>
    <message>
        <source>Version gap</source>
        <comment>consistency finding</comment>
        <translation>Version gap</translation>
    </message>
    <message>
        <source>Unknown aggregate type</source>
        <comment>consistency finding</comment>
        <translation>Unknown aggregate type</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <comment>consistency finding detail</comment>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <source>Streams of the tenants %1</source>
        <comment>consistency finding detail</comment>
        <translation>Streams of the tenants %1</translation>
    </message>
    <message>
        <source>Version %1 where %2 was due, in the stream of tenant %3</source>
        <comment>consistency finding detail</comment>
        <translation>Version %1 where %2 was due, in the stream of tenant %3</translation>
    </message>
    <message>
        <source>Finding</source>
        <comment>consistency column</comment>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <comment>consistency column</comment>
        <translation>Aggregate type</translation>
    </message>
    <message>
        <source>Aggregate id</source>
        <comment>consistency column</comment>
        <translation>Aggregate id</translation>
    </message>
    <message>
        <source>Read table</source>
        <comment>consistency column</comment>
        <translation>Read table</translation>
    </message>
    <message>
        <source>Detail</source>
        <comment>consistency column</comment>
        <translation>Detail</translation>
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
    <name>kumiko::models::KeyHistoryModel</name>
    <message>
        <source>user %1 in %2</source>
        <comment>config value target; %1 = e-mail, %2 = tenant key</comment>
        <translation>user %1 in %2</translation>
    </message>
    <message>
        <source>system</source>
        <comment>config value target</comment>
        <translation>system</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <comment>config value target; %1 = tenant key</comment>
        <translation>tenant %1</translation>
    </message>
    <message>
        <source>system</source>
        <comment>config history: who</comment>
        <translation>system</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>config history: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <comment>config history column</comment>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>config history column</comment>
        <translation>Who</translation>
    </message>
    <message>
        <source>Value of</source>
        <comment>config history column</comment>
        <translation>Value of</translation>
    </message>
    <message>
        <source>Old → new</source>
        <comment>config history column</comment>
        <translation>Old → new</translation>
    </message>
</context>
<context>
    <name>kumiko::models::KeyOverrideModel</name>
    <message>
        <source>System</source>
        <comment>config value level</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>config value level</comment>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>User</source>
        <comment>config value level</comment>
        <translation>User</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>config overrides column</comment>
        <translation>Level</translation>
    </message>
    <message>
        <source>Whose</source>
        <comment>config overrides column</comment>
        <translation>Whose</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>config overrides column</comment>
        <translation>Value</translation>
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
    <message>
        <source>baselined</source>
        <comment>migration state</comment>
        <translation>baselined</translation>
    </message>
    <message>
        <source>Marked as applied with a reason (a baseline); its steps never ran here.</source>
        <comment>migration state tooltip</comment>
        <translation>Marked as applied with a reason (a baseline); its steps never ran here.</translation>
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
    <message>
        <source>cancelled</source>
        <comment>outbox delivery cell: an operator stopped it</comment>
        <translation>cancelled</translation>
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
    <message>
        <source>changed file accepted</source>
        <comment>attempt outcome</comment>
        <translation>changed file accepted</translation>
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
    <message>
        <source>cancelled</source>
        <comment>mail status</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Too many wrong passwords: signing in is locked until %1.</source>
        <comment>user status tooltip; %1 = local time</comment>
        <translation>Too many wrong passwords: signing in is locked until %1.</translation>
    </message>
    <message>
        <source>%1 · locked out</source>
        <comment>user status; %1 = account status</comment>
        <translation>%1 · locked out</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::AboutDialog</name>
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
        <source>Revision:</source>
        <comment>about dialog</comment>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <comment>about dialog</comment>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PostgreSQL client (libpq):</source>
        <comment>about dialog</comment>
        <translation>PostgreSQL client (libpq):</translation>
    </message>
    <message>
        <source>PostgreSQL server:</source>
        <comment>about dialog</comment>
        <translation>PostgreSQL server:</translation>
    </message>
    <message>
        <source>Asking the database…</source>
        <comment>about dialog; server version still loading</comment>
        <translation>Asking the database…</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <comment>about dialog</comment>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Embedded database:</source>
        <comment>about dialog; folder</comment>
        <translation>Embedded database:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <comment>about dialog; folder</comment>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <comment>about dialog; file</comment>
        <translation>Settings:</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <comment>about dialog; %1 = reason</comment>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>%1 (database %2)</source>
        <comment>about dialog; %1 = server version, %2 = database name</comment>
        <translation>%1 (database %2)</translation>
    </message>
    <message>
        <source>not installed</source>
        <comment>about dialog; schema version</comment>
        <translation>not installed</translation>
    </message>
    <message>
        <source>%1 (this build: %2)</source>
        <comment>about dialog; schema versions</comment>
        <translation>%1 (this build: %2)</translation>
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
    <message>
        <source>Change the configuration?</source>
        <comment>dialog title</comment>
        <translation>Change the configuration?</translation>
    </message>
    <message>
        <source>Some stored values cannot be shown.</source>
        <comment>configuration banner</comment>
        <translation>Some stored values cannot be shown.</translation>
    </message>
    <message>
        <source>The value cannot be shown: %1</source>
        <comment>config value error; %1 = reason</comment>
        <translation>The value cannot be shown: %1</translation>
    </message>
    <message>
        <source>can be overridden by $%1 (not set)</source>
        <comment>config key facts</comment>
        <translation>can be overridden by $%1 (not set)</translation>
    </message>
    <message>
        <source>The history of the key could not be read.</source>
        <comment>configuration banner</comment>
        <translation>The history of the key could not be read.</translation>
    </message>
    <message>
        <source>The overrides of the key could not be read.</source>
        <comment>configuration banner</comment>
        <translation>The overrides of the key could not be read.</translation>
    </message>
    <message>
        <source>for user %1 in tenant %2</source>
        <comment>config confirm target; %1 = e-mail, %2 = tenant key</comment>
        <translation>for user %1 in tenant %2</translation>
    </message>
    <message>
        <source>for tenant %1</source>
        <comment>config confirm target; %1 = tenant key</comment>
        <translation>for tenant %1</translation>
    </message>
    <message>
        <source>for every user of tenant %1 without their own value</source>
        <comment>config confirm target; %1 = tenant key</comment>
        <translation>for every user of tenant %1 without their own value</translation>
    </message>
    <message>
        <source>for the whole installation</source>
        <comment>config confirm target</comment>
        <translation>for the whole installation</translation>
    </message>
    <message>
        <source>for every tenant without its own value</source>
        <comment>config confirm target</comment>
        <translation>for every tenant without its own value</translation>
    </message>
    <message>
        <source>for every tenant and user without their own value</source>
        <comment>config confirm target</comment>
        <translation>for every tenant and user without their own value</translation>
    </message>
    <message>
        <source>user</source>
        <comment>config level in a sentence</comment>
        <translation>user</translation>
    </message>
    <message>
        <source>tenant</source>
        <comment>config level in a sentence</comment>
        <translation>tenant</translation>
    </message>
    <message>
        <source>system</source>
        <comment>config level in a sentence</comment>
        <translation>system</translation>
    </message>
    <message>
        <source>Reset %1 at %2 level %3? The next level of the cascade applies there.</source>
        <comment>config confirm; %1 = key, %2 = level, %3 = for whom</comment>
        <translation>Reset %1 at %2 level %3? The next level of the cascade applies there.</translation>
    </message>
    <message>
        <source>Set %1 to %2 at %3 level %4?</source>
        <comment>config confirm; %1 = key, %2 = value, %3 = level, %4 = for whom</comment>
        <translation>Set %1 to %2 at %3 level %4?</translation>
    </message>
    <message>
        <source>Cascade</source>
        <comment>config key tab</comment>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>History</source>
        <comment>config key tab</comment>
        <translation>History</translation>
    </message>
    <message>
        <source>Overrides</source>
        <comment>config key tab</comment>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>Details of the selected key</source>
        <comment>accessible name</comment>
        <translation>Details of the selected key</translation>
    </message>
    <message>
        <source>Cascade of the selected key</source>
        <comment>accessible name</comment>
        <translation>Cascade of the selected key</translation>
    </message>
    <message>
        <source>History of the selected key</source>
        <comment>accessible name</comment>
        <translation>History of the selected key</translation>
    </message>
    <message>
        <source>Tenants and users with their own value</source>
        <comment>accessible name</comment>
        <translation>Tenants and users with their own value</translation>
    </message>
    <message>
        <source>Load older changes</source>
        <comment>config key action</comment>
        <translation>Load older changes</translation>
    </message>
    <message>
        <source>Load more values</source>
        <comment>config key action</comment>
        <translation>Load more values</translation>
    </message>
    <message>
        <source>Why the value cannot be shown</source>
        <comment>accessible name</comment>
        <translation>Why the value cannot be shown</translation>
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
    <name>kumiko::ui::ConsistencyDialog</name>
    <message>
        <source>Checking every event against the read tables…</source>
        <comment>consistency progress</comment>
        <translation>Checking every event against the read tables…</translation>
    </message>
    <message>
        <source>Checked %1 of about %2 events…</source>
        <comment>consistency progress</comment>
        <translation>Checked %1 of about %2 events…</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <comment>consistency error</comment>
        <translation>The check could not run.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n event(s)</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>Checked %n event</numerusform>
            <numerusform>Checked %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n aggregate(s)</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>of %n aggregate</numerusform>
            <numerusform>of %n aggregates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>against %n read row(s).</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>against %n read row.</numerusform>
            <numerusform>against %n read rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end: what is listed is what was found so far.</source>
        <comment>consistency summary</comment>
        <translation>Cancelled before the end: what is listed is what was found so far.</translation>
    </message>
    <message>
        <source>Events and read tables agree.</source>
        <comment>consistency summary</comment>
        <translation>Events and read tables agree.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed; `kumiko db check --json` counts them by kind.</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>The first %n are listed; `kumiko db check --json` counts them by kind.</numerusform>
            <numerusform>The first %n are listed; `kumiko db check --json` counts them by kind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database consistency</source>
        <comment>dialog title</comment>
        <translation>Database consistency</translation>
    </message>
    <message>
        <source>Check again</source>
        <comment>consistency action</comment>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>consistency action; stops the running check</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>consistency action</comment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Findings</source>
        <comment>consistency table accessible name</comment>
        <translation>Findings</translation>
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
    <message>
        <source>Live refresh polls every %1 s</source>
        <comment>status bar; %1 = seconds between two checks for changes</comment>
        <translation>Live refresh polls every %1 s</translation>
    </message>
    <message>
        <source>This connection goes through a pooler in transaction pooling mode (such as PgBouncer). LISTEN needs a database session of its own, so the console looks for changes by others every %1 s instead of being notified.</source>
        <comment>status bar tooltip; %1 = seconds between two checks for changes</comment>
        <translation>This connection goes through a pooler in transaction pooling mode (such as PgBouncer). LISTEN needs a database session of its own, so the console looks for changes by others every %1 s instead of being notified.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::EventExportDialog</name>
    <message>
        <source>Browse…</source>
        <comment>export dialog</comment>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export dialog button</comment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>export dialog button</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export events</source>
        <comment>dialog title</comment>
        <translation>Export events</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <comment>export format</comment>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <comment>export format</comment>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Format</source>
        <comment>export dialog</comment>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <comment>export dialog</comment>
        <translation>File</translation>
    </message>
    <message>
        <source>Every event the filter matches, oldest first; secret members stay masked.</source>
        <comment>export dialog</comment>
        <translation>Every event the filter matches, oldest first; secret members stay masked.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written…</source>
        <comment>export progress</comment>
        <translation>
            <numerusform>%n event written…</numerusform>
            <numerusform>%n events written…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <comment>export progress</comment>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The events were not exported.</source>
        <comment>export banner</comment>
        <translation>The events were not exported.</translation>
    </message>
    <message>
        <source>Export cancelled; the file was removed.</source>
        <comment>export progress</comment>
        <translation>Export cancelled; the file was removed.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <comment>export progress; %1 = file</comment>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
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
    <message>
        <source>The search was cancelled; the events found until then are shown.</source>
        <comment>events banner</comment>
        <translation>The search was cancelled; the events found until then are shown.</translation>
    </message>
    <message>
        <source>Searching… %1 % of the log</source>
        <comment>events search progress; %1 = percent</comment>
        <translation>Searching… %1 % of the log</translation>
    </message>
    <message>
        <source>The tenant and user names could not be read.</source>
        <comment>events banner</comment>
        <translation>The tenant and user names could not be read.</translation>
    </message>
    <message>
        <source>Only the events of migration %1 (correlation id %2). Clear shows all events.</source>
        <comment>events page note; %1 migration id, %2 uuid</comment>
        <translation>Only the events of migration %1 (correlation id %2). Clear shows all events.</translation>
    </message>
    <message>
        <source>Payload contains JSON, e.g. {"email":"a@b.c"}</source>
        <comment>events filter</comment>
        <translation>Payload contains JSON, e.g. {"email":"a@b.c"}</translation>
    </message>
    <message>
        <source>Search payload: key=value or text</source>
        <comment>events filter</comment>
        <translation>Search payload: key=value or text</translation>
    </message>
    <message>
        <source>Empty every filter field and show all events again</source>
        <comment>events action tooltip</comment>
        <translation>Empty every filter field and show all events again</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>events action</comment>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write every event the filter matches to a JSON Lines or CSV file</source>
        <comment>events action tooltip</comment>
        <translation>Write every event the filter matches to a JSON Lines or CSV file</translation>
    </message>
    <message>
        <source>Copy id</source>
        <comment>events context menu</comment>
        <translation>Copy id</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <comment>events context menu</comment>
        <translation>Copy as JSON</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>events search</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop searching; the events found so far stay.</source>
        <comment>events search tooltip</comment>
        <translation>Stop searching; the events found so far stay.</translation>
    </message>
    <message>
        <source>Payload contains JSON</source>
        <comment>events filter, for screen readers</comment>
        <translation>Payload contains JSON</translation>
    </message>
    <message>
        <source>Search payload</source>
        <comment>events filter, for screen readers</comment>
        <translation>Search payload</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MailDelivery</name>
    <message>
        <source>Mail: delivery failed (%1)</source>
        <comment>status bar; %1 = short error</comment>
        <translation>Mail: delivery failed (%1)</translation>
    </message>
    <message numerus="yes">
        <source>No mail transport configured — %n mail(s) stay queued</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>No mail transport configured — %n mail stays queued</numerusform>
            <numerusform>No mail transport configured — %n mails stay queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mail transport cannot be used (%1) — %n mail(s) stay queued</source>
        <comment>status bar; %1 = short error</comment>
        <translation>
            <numerusform>The mail transport cannot be used (%1) — %n mail stays queued</numerusform>
            <numerusform>The mail transport cannot be used (%1) — %n mails stay queued</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail: nothing queued</source>
        <comment>status bar</comment>
        <translation>Mail: nothing queued</translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n queued</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>Mail: %n queued</numerusform>
            <numerusform>Mail: %n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>status bar: mails that gave up</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <comment>status bar; %1 = SMTP error</comment>
        <translation>last error: %1</translation>
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
    <message>
        <source>Check database &amp;consistency…</source>
        <comment>menu action</comment>
        <translation>Check database &amp;consistency…</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MembershipDialog</name>
    <message>
        <source>Grant roles</source>
        <comment>membership action</comment>
        <translation>Grant roles</translation>
    </message>
    <message>
        <source>Set roles</source>
        <comment>membership action</comment>
        <translation>Set roles</translation>
    </message>
    <message>
        <source>Revoke membership…</source>
        <comment>membership action</comment>
        <translation>Revoke membership…</translation>
    </message>
    <message>
        <source>Tenant memberships of %1</source>
        <comment>dialog title; %1 = e-mail</comment>
        <translation>Tenant memberships of %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>membership column</comment>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>membership column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>membership column</comment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Roles, separated by commas</source>
        <comment>membership field</comment>
        <translation>Roles, separated by commas</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>membership field label</comment>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>membership field label</comment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The memberships could not be read.</source>
        <comment>membership banner</comment>
        <translation>The memberships could not be read.</translation>
    </message>
    <message>
        <source>Give %1 the roles %2 in tenant %3?</source>
        <comment>membership confirmation</comment>
        <translation>Give %1 the roles %2 in tenant %3?</translation>
    </message>
    <message>
        <source>Give %1 exactly the roles %2 in tenant %3?</source>
        <comment>membership confirmation</comment>
        <translation>Give %1 exactly the roles %2 in tenant %3?</translation>
    </message>
    <message>
        <source>Remove %1 from tenant %2 with all roles there?</source>
        <comment>membership confirmation</comment>
        <translation>Remove %1 from tenant %2 with all roles there?</translation>
    </message>
    <message>
        <source>Tenant membership</source>
        <comment>dialog title</comment>
        <translation>Tenant membership</translation>
    </message>
    <message>
        <source>The membership was not changed.</source>
        <comment>membership banner</comment>
        <translation>The membership was not changed.</translation>
    </message>
    <message>
        <source>%1 has the roles %2 in %3 now.</source>
        <comment>membership banner</comment>
        <translation>%1 has the roles %2 in %3 now.</translation>
    </message>
    <message>
        <source>%1 is no member of %2 any more.</source>
        <comment>membership banner</comment>
        <translation>%1 is no member of %2 any more.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 has these roles in %2 already.</source>
        <comment>membership banner</comment>
        <translation>Nothing to change: %1 has these roles in %2 already.</translation>
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
    <message>
        <source>Show events</source>
        <comment>migration detail action</comment>
        <translation>Show events</translation>
    </message>
    <message>
        <source>The events this migration wrote, on the Events page (they share its correlation id)</source>
        <comment>migration detail action tooltip</comment>
        <translation>The events this migration wrote, on the Events page (they share its correlation id)</translation>
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
    <message>
        <source>Apply migrations?</source>
        <comment>dialog title</comment>
        <translation>Apply migrations?</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n migration(s) with %1 step(s), appending %2 event(s)?</source>
        <comment>apply confirmation; %n = migrations, %1 = steps, %2 = events</comment>
        <translation>
            <numerusform>Apply %n migration (steps: %1, events: %2)?</numerusform>
            <numerusform>Apply %n migrations (steps: %1, events: %2)?</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — skipped (its KUMIKO_SKIP_ES_OPS_… flag is set)</source>
        <comment>apply confirmation; %1 = id</comment>
        <translation>• %1 — skipped (its KUMIKO_SKIP_ES_OPS_… flag is set)</translation>
    </message>
    <message>
        <source>• %1 — %2 step(s), %3 event(s)</source>
        <comment>apply confirmation; %1 = id, %2 = steps, %3 = events</comment>
        <translation>• %1 — %2 step(s), %3 event(s)</translation>
    </message>
    <message>
        <source>%1 would fail: %2. It would be rolled back and nothing after it attempted.</source>
        <comment>apply confirmation; %1 = id, %2 = reason</comment>
        <translation>%1 would fail: %2. It would be rolled back and nothing after it attempted.</translation>
    </message>
    <message>
        <source>Checking what would be applied…</source>
        <comment>status bar busy text</comment>
        <translation>Checking what would be applied…</translation>
    </message>
    <message>
        <source>Why is %1 applied without running its steps? The reason is recorded with the attempt, and the migration shows as baselined.</source>
        <comment>mark-applied dialog; %1 = id</comment>
        <translation>Why is %1 applied without running its steps? The reason is recorded with the attempt, and the migration shows as baselined.</translation>
    </message>
    <message>
        <source>Accept the changed file</source>
        <comment>dialog title</comment>
        <translation>Accept the changed file</translation>
    </message>
    <message>
        <source>The file of %1 changed after it was applied. Why is the file as it is now right? Its new checksum is recorded with the reason; the steps do not run again.</source>
        <comment>accept dialog; %1 = id</comment>
        <translation>The file of %1 changed after it was applied. Why is the file as it is now right? Its new checksum is recorded with the reason; the steps do not run again.</translation>
    </message>
    <message>
        <source>The changed file of %1 could not be accepted.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>The changed file of %1 could not be accepted.</translation>
    </message>
    <message>
        <source>The changed file of %1 is accepted; its new checksum is recorded.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>The changed file of %1 is accepted; its new checksum is recorded.</translation>
    </message>
    <message>
        <source>%1 is recorded as applied (baselined); its steps did not run.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>%1 is recorded as applied (baselined); its steps did not run.</translation>
    </message>
    <message>
        <source>"%1" cannot be the name of a migration: use a-z, 0-9 and single "-" between them.</source>
        <comment>migrations banner; %1 = slug</comment>
        <translation>"%1" cannot be the name of a migration: use a-z, 0-9 and single "-" between them.</translation>
    </message>
    <message>
        <source>No editor opened</source>
        <comment>dialog title</comment>
        <translation>No editor opened</translation>
    </message>
    <message>
        <source>No editor could be opened for %1. Open it in an editor of your choice.</source>
        <comment>no editor dialog; %1 = path</comment>
        <translation>No editor could be opened for %1. Open it in an editor of your choice.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <comment>no editor dialog button</comment>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <comment>no editor dialog button</comment>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Record the selected migration as applied without running its steps (a baseline); a reason is required.</source>
        <comment>migrations action tooltip</comment>
        <translation>Record the selected migration as applied without running its steps (a baseline); a reason is required.</translation>
    </message>
    <message>
        <source>Accept changed file…</source>
        <comment>migrations action</comment>
        <translation>Accept changed file…</translation>
    </message>
    <message>
        <source>The selected migration's file changed after it was applied: record its new checksum with a reason. Nothing runs again.</source>
        <comment>migrations action tooltip</comment>
        <translation>The selected migration's file changed after it was applied: record its new checksum with a reason. Nothing runs again.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::NewMigrationDialog</name>
    <message>
        <source>Enter a short name.</source>
        <comment>new migration problem</comment>
        <translation>Enter a short name.</translation>
    </message>
    <message>
        <source>Only lower-case letters a-z, digits and "-" are allowed.</source>
        <comment>new migration problem</comment>
        <translation>Only lower-case letters a-z, digits and "-" are allowed.</translation>
    </message>
    <message>
        <source>"-" may only stand between letters or digits, one at a time.</source>
        <comment>new migration problem</comment>
        <translation>"-" may only stand between letters or digits, one at a time.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <comment>new migration problem</comment>
        <translation>At most %1 characters.</translation>
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
        <source>Short name of the migration</source>
        <comment>accessible name</comment>
        <translation>Short name of the migration</translation>
    </message>
    <message>
        <source>Creates seeds/%1-%2.json</source>
        <comment>new migration dialog; %1 = date, %2 = slug</comment>
        <translation>Creates seeds/%1-%2.json</translation>
    </message>
    <message>
        <source>Perhaps "%1"?</source>
        <comment>new migration suggestion</comment>
        <translation>Perhaps "%1"?</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::NewUserDialog</name>
    <message>
        <source>Set an initial password</source>
        <comment>new user dialog</comment>
        <translation>Set an initial password</translation>
    </message>
    <message>
        <source>No password; send a verification mail</source>
        <comment>new user dialog</comment>
        <translation>No password; send a verification mail</translation>
    </message>
    <message>
        <source>New user</source>
        <comment>dialog title</comment>
        <translation>New user</translation>
    </message>
    <message>
        <source>No preference</source>
        <comment>locale choice</comment>
        <translation>No preference</translation>
    </message>
    <message>
        <source>German</source>
        <comment>locale choice</comment>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <comment>locale choice</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>new user dialog button</comment>
        <translation>Create</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>new user dialog</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <comment>new user dialog</comment>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <comment>new user dialog</comment>
        <translation>Language of mails</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::OutboxPanel</name>
    <message>
        <source>Cancel mails</source>
        <comment>dialog title</comment>
        <translation>Cancel mails</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n queued mail(s) to %1? They will not be sent.</source>
        <comment>cancel confirmation; %1 = addresses</comment>
        <translation>
            <numerusform>Cancel the queued mail to %1? It will not be sent.</numerusform>
            <numerusform>Cancel %n queued mails to %1? They will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mails were not cancelled.</source>
        <comment>outbox banner</comment>
        <translation>The mails were not cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n mail(s).</source>
        <comment>outbox banner</comment>
        <translation>
            <numerusform>Cancelled %n mail.</numerusform>
            <numerusform>Cancelled %n mails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were being sent or sent already.</source>
        <comment>outbox banner</comment>
        <translation>
            <numerusform>%n were being sent or sent already.</numerusform>
            <numerusform>%n were being sent or sent already.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mails were not queued again.</source>
        <comment>outbox banner</comment>
        <translation>The mails were not queued again.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n mail(s) again.</source>
        <comment>outbox banner</comment>
        <translation>
            <numerusform>Queued %n mail again.</numerusform>
            <numerusform>Queued %n mails again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail could not be read.</source>
        <comment>outbox banner</comment>
        <translation>The mail could not be read.</translation>
    </message>
    <message>
        <source>Subject: %1 — to %2</source>
        <comment>outbox preview</comment>
        <translation>Subject: %1 — to %2</translation>
    </message>
    <message>
        <source>The text was removed when the mail was sent or cancelled: it held a live link.</source>
        <comment>outbox preview</comment>
        <translation>The text was removed when the mail was sent or cancelled: it held a live link.</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <comment>outbox action</comment>
        <translation>Deliver now</translation>
    </message>
    <message>
        <source>Send every due mail now instead of at the next round.</source>
        <comment>outbox action tooltip</comment>
        <translation>Send every due mail now instead of at the next round.</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>outbox action: queue failed mails again</comment>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Cancel mail…</source>
        <comment>outbox action</comment>
        <translation>Cancel mail…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>outbox preview tab</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <comment>outbox preview tab</comment>
        <translation>HTML</translation>
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
    <name>kumiko::ui::PasswordField</name>
    <message>
        <source>Password</source>
        <comment>password field label</comment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>password field label</comment>
        <translation>Repeat</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <comment>password strength</comment>
        <translation>
            <numerusform>Too short: at least %n characters.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Longer, with digits and symbols, is better.</source>
        <comment>password strength</comment>
        <translation>Weak: easy to guess. Longer, with digits and symbols, is better.</translation>
    </message>
    <message>
        <source>Fair: 12 characters or more of three kinds would be strong.</source>
        <comment>password strength</comment>
        <translation>Fair: 12 characters or more of three kinds would be strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <comment>password strength</comment>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <comment>password strength</comment>
        <translation>The two entries differ.</translation>
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
    <name>kumiko::ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <comment>accessible name</comment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>A reason is required; it is recorded with the attempt.</source>
        <comment>reason dialog hint</comment>
        <translation>A reason is required; it is recorded with the attempt.</translation>
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
    <name>kumiko::ui::TenantPicker</name>
    <message>
        <source>Tenant</source>
        <comment>tenant picker: accessible name</comment>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Type a tenant key or name; matching tenants are suggested as you type. Down shows suggestions, Enter picks one.</source>
        <comment>tenant picker: description</comment>
        <translation>Type a tenant key or name; matching tenants are suggested as you type. Down shows suggestions, Enter picks one.</translation>
    </message>
    <message>
        <source>Tenant key or name</source>
        <comment>tenant picker: placeholder</comment>
        <translation>Tenant key or name</translation>
    </message>
    <message>
        <source>Tenant suggestions</source>
        <comment>tenant picker: accessible name of the suggestion list</comment>
        <translation>Tenant suggestions</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UserAdminActions</name>
    <message>
        <source>Set password</source>
        <comment>dialog title</comment>
        <translation>Set password</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <comment>set password dialog; %1 = e-mail</comment>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>Global roles</source>
        <comment>dialog title</comment>
        <translation>Global roles</translation>
    </message>
    <message>
        <source>Global roles of %1, separated by commas (SystemAdmin may use this console):</source>
        <comment>roles dialog; %1 = e-mail</comment>
        <translation>Global roles of %1, separated by commas (SystemAdmin may use this console):</translation>
    </message>
    <message>
        <source>Enable</source>
        <comment>user action: allow sign-in again</comment>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable…</source>
        <comment>user action: block sign-in</comment>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Create the user %1 without a password and send a verification mail?</source>
        <comment>new user confirmation</comment>
        <translation>Create the user %1 without a password and send a verification mail?</translation>
    </message>
    <message>
        <source>Create the user %1 with the password entered?</source>
        <comment>new user confirmation</comment>
        <translation>Create the user %1 with the password entered?</translation>
    </message>
    <message>
        <source>New user</source>
        <comment>dialog title</comment>
        <translation>New user</translation>
    </message>
    <message>
        <source>%1 was not created.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 was not created.</translation>
    </message>
    <message>
        <source>Created %1; a verification mail is queued.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>Created %1; a verification mail is queued.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Replace the password of %1? The old one stops working at once.</source>
        <comment>password confirmation</comment>
        <translation>Replace the password of %1? The old one stops working at once.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>The password of %1 is set.</translation>
    </message>
    <message>
        <source>The password of %1 was not set.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>The password of %1 was not set.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>dialog title</comment>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Lift the sign-in lockout of %1 and forget the failed attempts?</source>
        <comment>unlock confirmation</comment>
        <translation>Lift the sign-in lockout of %1 and forget the failed attempts?</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 was not unlocked.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 was not unlocked.</translation>
    </message>
    <message>
        <source>Allow %1 to sign in again?</source>
        <comment>status confirmation</comment>
        <translation>Allow %1 to sign in again?</translation>
    </message>
    <message>
        <source>Disable %1? The user can no longer sign in until enabled again.</source>
        <comment>status confirmation</comment>
        <translation>Disable %1? The user can no longer sign in until enabled again.</translation>
    </message>
    <message>
        <source>Enable user</source>
        <comment>dialog title</comment>
        <translation>Enable user</translation>
    </message>
    <message>
        <source>Disable user</source>
        <comment>dialog title</comment>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>The status of %1 was not changed.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>The status of %1 was not changed.</translation>
    </message>
    <message>
        <source>no role</source>
        <comment>roles confirmation</comment>
        <translation>no role</translation>
    </message>
    <message>
        <source>Give %1 the global roles: %2?</source>
        <comment>roles confirmation; %1 = e-mail</comment>
        <translation>Give %1 the global roles: %2?</translation>
    </message>
    <message>
        <source>%1 has the global roles: %2.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 has the global roles: %2.</translation>
    </message>
    <message>
        <source>The roles of %1 were not changed.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>The roles of %1 were not changed.</translation>
    </message>
    <message>
        <source>New user…</source>
        <comment>user action</comment>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <comment>user action</comment>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <comment>user action: lift the sign-in lockout</comment>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <comment>user action</comment>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Memberships…</source>
        <comment>user action: tenant memberships</comment>
        <translation>Memberships…</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UserPicker</name>
    <message>
        <source>User</source>
        <comment>user picker: accessible name</comment>
        <translation>User</translation>
    </message>
    <message>
        <source>Type an e-mail address or name; matching users are suggested as you type. Down shows suggestions, Enter picks one.</source>
        <comment>user picker: description</comment>
        <translation>Type an e-mail address or name; matching users are suggested as you type. Down shows suggestions, Enter picks one.</translation>
    </message>
    <message>
        <source>E-mail or name</source>
        <comment>user picker: placeholder</comment>
        <translation>E-mail or name</translation>
    </message>
    <message>
        <source>User suggestions</source>
        <comment>user picker: accessible name of the suggestion list</comment>
        <translation>User suggestions</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UsersPage</name>
    <message>
        <source>Send verification mails</source>
        <comment>dialog title</comment>
        <translation>Send verification mails</translation>
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
    <message>
        <source>Sending %1: %2</source>
        <comment>resend progress, total unknown; %1 = n, %2 = e-mail</comment>
        <translation>Sending %1: %2</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>users count</comment>
        <translation>counting…</translation>
    </message>
    <message>
        <source>The mail outbox could not be read.</source>
        <comment>users banner</comment>
        <translation>The mail outbox could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <comment>users count</comment>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 users</source>
        <comment>users count; %1 = the cap, e.g. 10,000</comment>
        <translation>more than %1 users</translation>
    </message>
    <message>
        <source>about %1 users</source>
        <comment>users count, estimated; %1 = a number</comment>
        <translation>about %1 users</translation>
    </message>
    <message>
        <source>Every unverified user matching the filter, also those not loaded yet.</source>
        <comment>resend-all tooltip</comment>
        <translation>Every unverified user matching the filter, also those not loaded yet.</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <comment>time until a resend is allowed</comment>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <comment>time until a resend is allowed</comment>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No verification mail was queued.</source>
        <comment>resend summary</comment>
        <translation>No verification mail was queued.</translation>
    </message>
    <message>
        <source>%1: queued</source>
        <comment>resend outcome; %1 = e-mail</comment>
        <translation>%1: queued</translation>
    </message>
    <message>
        <source>%1: no mail needed (verified already or unknown)</source>
        <comment>resend outcome; %1 = e-mail</comment>
        <translation>%1: no mail needed (verified already or unknown)</translation>
    </message>
    <message>
        <source>%1: not sent, the limit for this address is reached; it may be sent again %2</source>
        <comment>resend outcome; %1 = e-mail, %2 = e.g. 'in 14 minutes'</comment>
        <translation>%1: not sent, the limit for this address is reached; it may be sent again %2</translation>
    </message>
    <message>
        <source>%1: not attempted</source>
        <comment>resend outcome; %1 = e-mail</comment>
        <translation>%1: not attempted</translation>
    </message>
    <message>
        <source>Send to all matching…</source>
        <comment>users action</comment>
        <translation>Send to all matching…</translation>
    </message>
    <message>
        <source>Send a new verification mail to %1? Earlier links stay valid until they expire.</source>
        <comment>resend confirmation; %1 = the addresses</comment>
        <translation>Send a new verification mail to %1? Earlier links stay valid until they expire.</translation>
    </message>
    <message>
        <source>Send a new verification mail to every unverified user matching the filter (%1)? Earlier links stay valid until they expire.</source>
        <comment>resend-all confirmation; %1 = how many, e.g. "more than 10,000 users"</comment>
        <translation>Send a new verification mail to every unverified user matching the filter (%1)? Earlier links stay valid until they expire.</translation>
    </message>
</context>
</TS>