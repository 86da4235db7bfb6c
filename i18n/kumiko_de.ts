<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DomainText</name>
    <message>
        <source>system</source>
        <comment>config scope: one value for the whole installation</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>tenant</source>
        <comment>config scope</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>user</source>
        <comment>config scope</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>text</source>
        <comment>config value type</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <comment>config value type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <comment>config value type: boolean</comment>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>choice</source>
        <comment>config value type: one of a list of options</comment>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>active</source>
        <comment>account status</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>restricted</source>
        <comment>account status</comment>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>deletion requested</source>
        <comment>account status</comment>
        <translation>Löschung beantragt</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>account status</comment>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>verification mail</source>
        <comment>mail kind</comment>
        <translation>Bestätigungs-Mail</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Field: %1</source>
        <comment>error detail</comment>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <comment>error detail</comment>
        <translation>SQLSTATE: %1</translation>
    </message>
    <message>
        <source>While: %1</source>
        <comment>error detail</comment>
        <translation>Bei: %1</translation>
    </message>
    <message>
        <source>The input is incomplete or not valid.</source>
        <comment>error summary: usage</comment>
        <translation>Die Eingabe ist unvollständig oder ungültig.</translation>
    </message>
    <message>
        <source>The database URL is not valid.</source>
        <comment>error summary: invalid_database_url</comment>
        <translation>Die Datenbank-URL ist ungültig.</translation>
    </message>
    <message>
        <source>No database URL is given.</source>
        <comment>error summary: no_database_url</comment>
        <translation>Es ist keine Datenbank-URL angegeben.</translation>
    </message>
    <message>
        <source>A file or text is not valid JSON; the details say where.</source>
        <comment>error summary: invalid_json</comment>
        <translation>Eine Datei oder ein Text ist kein gültiges JSON; die Details nennen die Stelle.</translation>
    </message>
    <message>
        <source>The project file kumiko.json is not valid.</source>
        <comment>error summary: invalid_manifest</comment>
        <translation>Die Projektdatei kumiko.json ist ungültig.</translation>
    </message>
    <message>
        <source>The sign-in or mail settings are not valid.</source>
        <comment>error summary: invalid_settings</comment>
        <translation>Die Anmelde- oder Mail-Einstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>An environment variable that overrides a config value holds an invalid value.</source>
        <comment>error summary: invalid_env_override</comment>
        <translation>Eine Umgebungsvariable, die einen Konfigurationswert überschreibt, enthält einen ungültigen Wert.</translation>
    </message>
    <message>
        <source>A migration file is not valid; see the details for file, line and member.</source>
        <comment>error summary: invalid_seed</comment>
        <translation>Eine Migrationsdatei ist ungültig; Datei, Zeile und Feld stehen in den Details.</translation>
    </message>
    <message>
        <source>Two migration files have the same id.</source>
        <comment>error summary: duplicate_migration_id</comment>
        <translation>Zwei Migrationsdateien haben dieselbe ID.</translation>
    </message>
    <message>
        <source>The name for the new migration is not valid.</source>
        <comment>error summary: invalid_slug</comment>
        <translation>Der Name für die neue Migration ist ungültig.</translation>
    </message>
    <message>
        <source>An environment variable a migration reads is not set.</source>
        <comment>error summary: env_not_set</comment>
        <translation>Eine Umgebungsvariable, die eine Migration liest, ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>An environment variable a config seed reads is not set.</source>
        <comment>error summary: seed_env_missing</comment>
        <translation>Eine Umgebungsvariable, die ein Konfigurations-Seed liest, ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The data for this change is not valid.</source>
        <comment>error summary: invalid_payload</comment>
        <translation>Die Daten für diese Änderung sind ungültig.</translation>
    </message>
    <message>
        <source>The value does not fit its config key.</source>
        <comment>error summary: invalid_value</comment>
        <translation>Der Wert passt nicht zu seinem Konfigurationsschlüssel.</translation>
    </message>
    <message>
        <source>The value has the wrong type for its config key.</source>
        <comment>error summary: invalid_type</comment>
        <translation>Der Wert hat den falschen Typ für seinen Konfigurationsschlüssel.</translation>
    </message>
    <message>
        <source>The value is not one of the key&apos;s options.</source>
        <comment>error summary: invalid_option</comment>
        <translation>Der Wert ist keine der Optionen des Schlüssels.</translation>
    </message>
    <message>
        <source>The value is outside the key&apos;s limits.</source>
        <comment>error summary: out_of_bounds</comment>
        <translation>Der Wert liegt außerhalb der Grenzen des Schlüssels.</translation>
    </message>
    <message>
        <source>The value does not match the key&apos;s pattern.</source>
        <comment>error summary: invalid_format</comment>
        <translation>Der Wert entspricht nicht dem Muster des Schlüssels.</translation>
    </message>
    <message>
        <source>The config key cannot be set at this scope.</source>
        <comment>error summary: invalid_scope</comment>
        <translation>Der Konfigurationsschlüssel kann auf dieser Ebene nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The chosen scope does not match the tenant and user given.</source>
        <comment>error summary: invalid_target</comment>
        <translation>Die gewählte Ebene passt nicht zum angegebenen Mandanten und Benutzer.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <comment>error summary: invalid_email</comment>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The password does not meet the requirements.</source>
        <comment>error summary: invalid_password</comment>
        <translation>Das Passwort erfüllt die Anforderungen nicht.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <comment>error summary: reason_required</comment>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>A filter is not valid; tenant and aggregate ids must be UUIDs.</source>
        <comment>error summary: invalid_filter</comment>
        <translation>Ein Filter ist ungültig; Mandanten- und Aggregat-IDs müssen UUIDs sein.</translation>
    </message>
    <message>
        <source>A record this refers to does not exist.</source>
        <comment>error summary: not_found</comment>
        <translation>Ein Datensatz, auf den sich dies bezieht, existiert nicht.</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <comment>error summary: unknown_tenant</comment>
        <translation>Der Mandant existiert nicht.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <comment>error summary: unknown_user</comment>
        <translation>Der Benutzer existiert nicht.</translation>
    </message>
    <message>
        <source>The config key is not declared in kumiko.json.</source>
        <comment>error summary: unknown_config_key</comment>
        <translation>Der Konfigurationsschlüssel ist in der kumiko.json nicht deklariert.</translation>
    </message>
    <message>
        <source>There is no handler with this name.</source>
        <comment>error summary: unknown_handler</comment>
        <translation>Es gibt keinen Handler mit diesem Namen.</translation>
    </message>
    <message>
        <source>There is no migration with this id.</source>
        <comment>error summary: unknown_migration</comment>
        <translation>Es gibt keine Migration mit dieser ID.</translation>
    </message>
    <message>
        <source>The project folder has no kumiko.json.</source>
        <comment>error summary: manifest_not_found</comment>
        <translation>Der Projektordner enthält keine kumiko.json.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Reload and try again.</source>
        <comment>error summary: version_conflict</comment>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert. Bitte neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>This request was already made with different data.</source>
        <comment>error summary: idempotency_conflict</comment>
        <translation>Diese Anfrage wurde bereits mit anderen Daten gestellt.</translation>
    </message>
    <message>
        <source>A record with this key already exists.</source>
        <comment>error summary: duplicate_key</comment>
        <translation>Ein Datensatz mit diesem Schlüssel existiert bereits.</translation>
    </message>
    <message>
        <source>The migration has already been applied.</source>
        <comment>error summary: already_applied</comment>
        <translation>Die Migration wurde bereits angewendet.</translation>
    </message>
    <message>
        <source>The e-mail address is already verified.</source>
        <comment>error summary: already_verified</comment>
        <translation>Die E-Mail-Adresse ist bereits bestätigt.</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <comment>error summary: file_exists</comment>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The database has tables that differ from what Kumiko creates; nothing was changed.</source>
        <comment>error summary: schema_mismatch</comment>
        <translation>Die Datenbank enthält Tabellen, die von Kumikos Schema abweichen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database already holds a record with these values.</source>
        <comment>error summary: unique_violation</comment>
        <translation>Die Datenbank enthält bereits einen Datensatz mit diesen Werten.</translation>
    </message>
    <message>
        <source>The change breaks a reference between records.</source>
        <comment>error summary: foreign_key_violation</comment>
        <translation>Die Änderung verletzt einen Verweis zwischen Datensätzen.</translation>
    </message>
    <message>
        <source>The database rejected a value that its rules do not allow.</source>
        <comment>error summary: check_violation</comment>
        <translation>Die Datenbank hat einen Wert abgelehnt, den ihre Regeln nicht zulassen.</translation>
    </message>
    <message>
        <source>The change would break a consistency rule of the database.</source>
        <comment>error summary: integrity_violation</comment>
        <translation>Die Änderung würde eine Konsistenzregel der Datenbank verletzen.</translation>
    </message>
    <message>
        <source>A concurrent change interfered; try again.</source>
        <comment>error summary: serialization_failure</comment>
        <translation>Eine gleichzeitige Änderung kam dazwischen; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Two sessions blocked each other; try again.</source>
        <comment>error summary: deadlock</comment>
        <translation>Zwei Sitzungen haben sich gegenseitig blockiert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>A table with this name already exists.</source>
        <comment>error summary: duplicate_table</comment>
        <translation>Eine Tabelle mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>A database with this name already exists.</source>
        <comment>error summary: duplicate_database</comment>
        <translation>Eine Datenbank mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Could not connect to the database.</source>
        <comment>error summary: connection_failed</comment>
        <translation>Keine Verbindung zur Datenbank möglich.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <comment>error summary: connection_lost</comment>
        <translation>Die Verbindung zur Datenbank ist abgebrochen.</translation>
    </message>
    <message>
        <source>The database rejected the user name or password.</source>
        <comment>error summary: auth_failed</comment>
        <translation>Die Datenbank hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <comment>error summary: database_not_found</comment>
        <translation>Die Datenbank existiert nicht.</translation>
    </message>
    <message>
        <source>The database server accepts no more connections right now.</source>
        <comment>error summary: too_many_connections</comment>
        <translation>Der Datenbankserver nimmt gerade keine weiteren Verbindungen an.</translation>
    </message>
    <message>
        <source>The database server is still starting; try again in a moment.</source>
        <comment>error summary: server_starting</comment>
        <translation>Der Datenbankserver startet noch; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>Another session holds a lock; the operation timed out waiting for it.</source>
        <comment>error summary: lock_timeout</comment>
        <translation>Eine andere Sitzung hält eine Sperre; beim Warten darauf ist die Zeit abgelaufen.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <comment>error summary: driver_missing</comment>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed, so the local database cannot be started.</source>
        <comment>error summary: postgres_not_installed</comment>
        <translation>PostgreSQL ist nicht installiert, daher kann die lokale Datenbank nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The folder of the local database cannot be created or used.</source>
        <comment>error summary: embedded_folder</comment>
        <translation>Der Ordner der lokalen Datenbank kann nicht angelegt oder benutzt werden.</translation>
    </message>
    <message>
        <source>There is no system user to run the local database as.</source>
        <comment>error summary: embedded_no_user</comment>
        <translation>Es gibt keinen Systembenutzer, unter dem die lokale Datenbank laufen kann.</translation>
    </message>
    <message>
        <source>The local database could not be created.</source>
        <comment>error summary: embedded_init_failed</comment>
        <translation>Die lokale Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local database could not be started.</source>
        <comment>error summary: embedded_start_failed</comment>
        <translation>Die lokale Datenbank konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The local database did not start in time.</source>
        <comment>error summary: embedded_timeout</comment>
        <translation>Die lokale Datenbank ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>Another server already uses the socket of the local database.</source>
        <comment>error summary: socket_in_use</comment>
        <translation>Ein anderer Server belegt bereits den Socket der lokalen Datenbank.</translation>
    </message>
    <message>
        <source>The local database could not be stopped.</source>
        <comment>error summary: embedded_stop_failed</comment>
        <translation>Die lokale Datenbank konnte nicht gestoppt werden.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <comment>error summary: database_error</comment>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The database could not process a value.</source>
        <comment>error summary: data_exception</comment>
        <translation>Die Datenbank konnte einen Wert nicht verarbeiten.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <comment>error summary: not_null_violation</comment>
        <translation>Ein erforderlicher Wert fehlt.</translation>
    </message>
    <message>
        <source>The database could not read a value in the expected format.</source>
        <comment>error summary: invalid_text_representation</comment>
        <translation>Die Datenbank konnte einen Wert nicht im erwarteten Format lesen.</translation>
    </message>
    <message>
        <source>An earlier error aborted the transaction; nothing was saved.</source>
        <comment>error summary: in_failed_transaction</comment>
        <translation>Ein vorheriger Fehler hat die Transaktion abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database canceled the query.</source>
        <comment>error summary: query_canceled</comment>
        <translation>Die Datenbank hat die Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>A table is missing from the database.</source>
        <comment>error summary: undefined_table</comment>
        <translation>In der Datenbank fehlt eine Tabelle.</translation>
    </message>
    <message>
        <source>A column is missing from the database.</source>
        <comment>error summary: undefined_column</comment>
        <translation>In der Datenbank fehlt eine Spalte.</translation>
    </message>
    <message>
        <source>A function is missing from the database.</source>
        <comment>error summary: undefined_function</comment>
        <translation>In der Datenbank fehlt eine Funktion.</translation>
    </message>
    <message>
        <source>The database rejected a query as malformed.</source>
        <comment>error summary: syntax_error</comment>
        <translation>Die Datenbank hat eine Abfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The database user lacks the permission for this.</source>
        <comment>error summary: insufficient_privilege</comment>
        <translation>Dem Datenbankbenutzer fehlt die Berechtigung dafür.</translation>
    </message>
    <message>
        <source>The change was attempted outside a transaction.</source>
        <comment>error summary: no_transaction</comment>
        <translation>Die Änderung wurde außerhalb einer Transaktion versucht.</translation>
    </message>
    <message>
        <source>An internal call received an invalid argument.</source>
        <comment>error summary: invalid_argument</comment>
        <translation>Ein interner Aufruf hat ein ungültiges Argument erhalten.</translation>
    </message>
    <message>
        <source>Stored data is in an unexpected state.</source>
        <comment>error summary: invalid_state</comment>
        <translation>Gespeicherte Daten sind in einem unerwarteten Zustand.</translation>
    </message>
    <message>
        <source>A required setting is missing; the details name it.</source>
        <comment>error summary: not_configured</comment>
        <translation>Eine erforderliche Einstellung fehlt; die Details nennen sie.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <comment>error summary: access_denied</comment>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>The project file kumiko.json cannot be read.</source>
        <comment>error summary: manifest_unreadable</comment>
        <translation>Die Projektdatei kumiko.json kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A file cannot be read.</source>
        <comment>error summary: read_failed</comment>
        <translation>Eine Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A file cannot be written.</source>
        <comment>error summary: write_failed</comment>
        <translation>Eine Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This migration needs the Kumiko server to run; start the server or mark it applied.</source>
        <comment>error summary: foreign_migration</comment>
        <translation>Diese Migration braucht den Kumiko-Server; starten Sie den Server oder markieren Sie sie als angewendet.</translation>
    </message>
    <message>
        <source>The master key for encrypted values is not set.</source>
        <comment>error summary: master_key_missing</comment>
        <translation>Der Hauptschlüssel für verschlüsselte Werte ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The master key for encrypted values is not valid.</source>
        <comment>error summary: master_key_invalid</comment>
        <translation>Der Hauptschlüssel für verschlüsselte Werte ist ungültig.</translation>
    </message>
    <message>
        <source>The value was encrypted with a master key version that is not set.</source>
        <comment>error summary: unknown_key_version</comment>
        <translation>Der Wert wurde mit einer Hauptschlüssel-Version verschlüsselt, die nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>A stored value is not in the encrypted format.</source>
        <comment>error summary: not_an_envelope</comment>
        <translation>Ein gespeicherter Wert liegt nicht im verschlüsselten Format vor.</translation>
    </message>
    <message>
        <source>An encrypted value cannot be decrypted with this master key.</source>
        <comment>error summary: decrypt_failed</comment>
        <translation>Ein verschlüsselter Wert lässt sich mit diesem Hauptschlüssel nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <comment>error summary: crypto_error</comment>
        <translation>Die Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A stored config value cannot be read.</source>
        <comment>error summary: invalid_stored_value</comment>
        <translation>Ein gespeicherter Konfigurationswert kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <comment>error summary: hash_failed</comment>
        <translation>Das Passwort konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>The verification link is not valid, already used or expired.</source>
        <comment>error summary: invalid_verification_token</comment>
        <translation>Der Bestätigungslink ist ungültig, bereits benutzt oder abgelaufen.</translation>
    </message>
    <message>
        <source>The mail could not be handed over for delivery.</source>
        <comment>error summary: mail_transport_failed</comment>
        <translation>Die Mail konnte nicht zur Zustellung übergeben werden.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <comment>config value problem</comment>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <comment>config value problem</comment>
        <translation>Wählen Sie Ein oder Aus.</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <comment>config value problem</comment>
        <translation>Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <comment>config value problem</comment>
        <translation>Wählen Sie eine der Optionen.</translation>
    </message>
    <message>
        <source>The value must be at least %1.</source>
        <comment>config value problem; %1 = minimum</comment>
        <translation>Der Wert muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>The value must be at most %1.</source>
        <comment>config value problem; %1 = maximum</comment>
        <translation>Der Wert darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>The value must match the pattern %1.</source>
        <comment>config value problem; %1 = regular expression</comment>
        <translation>Der Wert muss dem Muster %1 entsprechen.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <comment>config value problem; %1 = list of options</comment>
        <translation>Wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <source>The user is not a system administrator.</source>
        <comment>error summary: not_an_admin</comment>
        <translation>Der Benutzer ist kein Systemadministrator.</translation>
    </message>
</context>
<context>
    <name>kumiko::models::CascadeModel</name>
    <message>
        <source>– not set</source>
        <comment>cascade value cell</comment>
        <translation>– nicht gesetzt</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>cascade column</comment>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>cascade column</comment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>kumiko::models::ConfigSeedModel</name>
    <message>
        <source>pending</source>
        <comment>config seed status</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>config seed status</comment>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>overridden</source>
        <comment>config seed status</comment>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>reset</source>
        <comment>config seed status</comment>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>unknown key</source>
        <comment>config seed status</comment>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>config seed status</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>config seeds column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>config seeds column</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Scope</source>
        <comment>config seeds column</comment>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Tenant / user</source>
        <comment>config seeds column</comment>
        <translation>Mandant / Benutzer</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>config seeds column</comment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>kumiko::models::ConfigValueModel</name>
    <message>
        <source>user value</source>
        <comment>config source</comment>
        <translation>Benutzerwert</translation>
    </message>
    <message>
        <source>tenant value</source>
        <comment>config source</comment>
        <translation>Mandantenwert</translation>
    </message>
    <message>
        <source>system value</source>
        <comment>config source</comment>
        <translation>Systemwert</translation>
    </message>
    <message>
        <source>environment override</source>
        <comment>config source</comment>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>default</source>
        <comment>config source</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>config source</comment>
        <translation>fehlt</translation>
    </message>
    <message numerus="yes">
        <source>System (%n key(s))</source>
        <comment>config group</comment>
        <translation>
            <numerusform>System (%n Schlüssel)</numerusform>
            <numerusform>System (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenant (%n key(s))</source>
        <comment>config group</comment>
        <translation>
            <numerusform>Mandant (%n Schlüssel)</numerusform>
            <numerusform>Mandant (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User (%n key(s))</source>
        <comment>config group</comment>
        <translation>
            <numerusform>Benutzer (%n Schlüssel)</numerusform>
            <numerusform>Benutzer (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>config value cell</comment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>seed</source>
        <comment>config value cell: the value comes from a seed</comment>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>config column</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Effective value</source>
        <comment>config column</comment>
        <translation>Wirksamer Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>config column</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Seeded</source>
        <comment>config column</comment>
        <translation>Aus Seed</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event type</source>
        <comment>events column</comment>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <comment>events column</comment>
        <translation>Aggregat</translation>
    </message>
    <message>
        <source>Version</source>
        <comment>events column</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>events column</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>By</source>
        <comment>events column</comment>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>kumiko::models::MigrationTableModel</name>
    <message>
        <source>pending</source>
        <comment>migration state</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>migration state</comment>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>migration state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>modified</source>
        <comment>migration state</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>migration state</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>out of order</source>
        <comment>migration state</comment>
        <translation>außer der Reihe</translation>
    </message>
    <message>
        <source>foreign</source>
        <comment>migration state</comment>
        <translation>fremd</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>migration state</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <comment>migration state tooltip</comment>
        <translation>Noch nicht angewendet.</translation>
    </message>
    <message>
        <source>Applied; the file is unchanged since.</source>
        <comment>migration state tooltip</comment>
        <translation>Angewendet; die Datei ist seitdem unverändert.</translation>
    </message>
    <message>
        <source>Not applied: the last attempt failed and was rolled back.</source>
        <comment>migration state tooltip</comment>
        <translation>Nicht angewendet: Der letzte Versuch ist fehlgeschlagen und wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Applied, but the file has changed since (checksum differs).</source>
        <comment>migration state tooltip</comment>
        <translation>Angewendet, aber die Datei wurde seitdem geändert (Prüfsumme weicht ab).</translation>
    </message>
    <message>
        <source>Recorded as applied, but there is no file for it.</source>
        <comment>migration state tooltip</comment>
        <translation>Als angewendet vermerkt, aber es gibt keine Datei dazu.</translation>
    </message>
    <message>
        <source>Not applied, but sorts before the newest applied migration.</source>
        <comment>migration state tooltip</comment>
        <translation>Nicht angewendet, steht aber vor der neuesten angewendeten Migration.</translation>
    </message>
    <message>
        <source>An upstream TypeScript seed: it needs the Kumiko server and never runs here.</source>
        <comment>migration state tooltip</comment>
        <translation>Ein TypeScript-Seed von Kumiko: Er braucht den Kumiko-Server und läuft hier nie.</translation>
    </message>
    <message>
        <source>Skippable, and its KUMIKO_SKIP_ES_OPS_… flag is set.</source>
        <comment>migration state tooltip</comment>
        <translation>Überspringbar, und ihr Schalter KUMIKO_SKIP_ES_OPS_… ist gesetzt.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>duration cell</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <comment>migrations column</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Migration</source>
        <comment>migrations column</comment>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>migrations column</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Applied at</source>
        <comment>migrations column</comment>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>By</source>
        <comment>migrations column; applied by</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>migrations column</comment>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>kumiko::models::OutboxTableModel</name>
    <message>
        <source>sent %1</source>
        <comment>outbox delivery cell</comment>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>gave up</source>
        <comment>outbox delivery cell: no more attempts</comment>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>next try %1</source>
        <comment>outbox delivery cell</comment>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>outbox column</comment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>outbox column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>outbox column</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>outbox column</comment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>outbox column</comment>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Delivery</source>
        <comment>outbox column</comment>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Last error</source>
        <comment>outbox column</comment>
        <translation>Letzter Fehler</translation>
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
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>attempt outcome</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>attempt outcome</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>marked applied</source>
        <comment>attempt outcome</comment>
        <translation>als angewendet markiert</translation>
    </message>
    <message>
        <source>already applied by another runner</source>
        <comment>attempt outcome</comment>
        <translation>schon von einem anderen Lauf angewendet</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>attempts column</comment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>attempts column</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Failing step</source>
        <comment>attempts column</comment>
        <translation>Fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>attempts column</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>By</source>
        <comment>attempts column; applied by</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Database user</source>
        <comment>attempts column</comment>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>attempts column</comment>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Error or reason</source>
        <comment>attempts column</comment>
        <translation>Fehler oder Begründung</translation>
    </message>
</context>
<context>
    <name>kumiko::models::UserTableModel</name>
    <message>
        <source>queued</source>
        <comment>mail status</comment>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>sending</source>
        <comment>mail status</comment>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>mail status</comment>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>mail status</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <comment>user verification state</comment>
        <translation>✓ bestätigt</translation>
    </message>
    <message>
        <source>✗ not verified</source>
        <comment>user verification state</comment>
        <translation>✗ nicht bestätigt</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no verification mail yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2 (%3 attempts): %4</source>
        <comment>last mail; %1 = status, %2 = time, %3 = attempts, %4 = error</comment>
        <translation>%1 %2 (%3 Versuche): %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>last mail; %1 = status, %2 = time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>users column</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>users column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>users column: verification state</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>users column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>users column</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Last verification mail</source>
        <comment>users column</comment>
        <translation>Letzte Bestätigungs-Mail</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::ConfigurationPage</name>
    <message>
        <source>The configuration could not be read.</source>
        <comment>configuration banner</comment>
        <translation>Die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <comment>context chooser</comment>
        <translation>(kein Mandant)</translation>
    </message>
    <message>
        <source>(no user)</source>
        <comment>context chooser</comment>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>kumiko.json declares no seeds.</source>
        <comment>config seeds summary</comment>
        <translation>kumiko.json enthält keine Seeds.</translation>
    </message>
    <message>
        <source>Choose a key on the left.</source>
        <comment>config key panel</comment>
        <translation>Links einen Schlüssel wählen.</translation>
    </message>
    <message>
        <source>type %1</source>
        <comment>config key facts</comment>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <comment>config key facts</comment>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>encrypted</source>
        <comment>config key facts</comment>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>config key facts; bounds</comment>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <comment>config key facts</comment>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <comment>config key facts</comment>
        <translation>Muster %1</translation>
    </message>
    <message>
        <source>overridden by $%1</source>
        <comment>config key facts</comment>
        <translation>überschreibbar durch $%1</translation>
    </message>
    <message>
        <source>System</source>
        <comment>config scope</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <comment>config scope; %1 = tenant key</comment>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <comment>config scope; %1 = e-mail</comment>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <comment>configuration banner; %1 = key</comment>
        <translation>%1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not reset.</source>
        <comment>configuration banner; %1 = key</comment>
        <translation>%1 wurde nicht zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 saved at %2 scope.</source>
        <comment>configuration banner; %1 = key, %2 = scope</comment>
        <translation>%1 auf Ebene %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 reset at %2 scope.</source>
        <comment>configuration banner; %1 = key, %2 = scope</comment>
        <translation>%1 auf Ebene %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>The config seeds were not applied; nothing was written.</source>
        <comment>configuration banner</comment>
        <translation>Die Konfigurations-Seeds wurden nicht angewendet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Config seeds applied: %1 created, %2 skipped.</source>
        <comment>configuration banner</comment>
        <translation>Konfigurations-Seeds angewendet: %1 angelegt, %2 übersprungen.</translation>
    </message>
    <message>
        <source>Unknown keys: %1.</source>
        <comment>configuration banner; %1 = keys</comment>
        <translation>Unbekannte Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>page title</comment>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>The effective value of every key for the chosen tenant and user, where it comes from, and the config seeds of kumiko.json.</source>
        <comment>page description</comment>
        <translation>Der wirksame Wert jedes Schlüssels für den gewählten Mandanten und Benutzer, woher er kommt, und die Konfigurations-Seeds der kumiko.json.</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <comment>context chooser</comment>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>User:</source>
        <comment>context chooser</comment>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>configuration action</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>configuration tab</comment>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Seeds</source>
        <comment>configuration tab</comment>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Reveal encrypted values</source>
        <comment>configuration action</comment>
        <translation>Verschlüsselte Werte zeigen</translation>
    </message>
    <message>
        <source>Change at:</source>
        <comment>config editor</comment>
        <translation>Ändern auf:</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>config editor action</comment>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>config editor action</comment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the value at this scope; the next level of the cascade applies.</source>
        <comment>config editor action tooltip</comment>
        <translation>Entfernt den Wert auf dieser Ebene; dann gilt die nächste Stufe der Kaskade.</translation>
    </message>
    <message>
        <source>Apply config seeds</source>
        <comment>configuration action</comment>
        <translation>Konfigurations-Seeds anwenden</translation>
    </message>
    <message>
        <source>(cannot show: %1)</source>
        <comment>config value; %1 = reason</comment>
        <translation>(nicht anzeigbar: %1)</translation>
    </message>
    <message>
        <source>The stored value was changed meanwhile; Set replaces it with yours.</source>
        <comment>config editor note</comment>
        <translation>Der gespeicherte Wert wurde inzwischen geändert; „Setzen“ ersetzt ihn durch Ihre Eingabe.</translation>
    </message>
    <message>
        <source>The reveal could not be recorded; the value stays hidden.</source>
        <comment>configuration banner</comment>
        <translation>Die Anzeige des Werts konnte nicht protokolliert werden; er bleibt verborgen.</translation>
    </message>
    <message>
        <source>default for all tenants</source>
        <comment>config seed target: a tenant seed without a tenant</comment>
        <translation>Standardwert für alle Mandanten</translation>
    </message>
    <message>
        <source>Configuration keys</source>
        <comment>config tree, for screen readers</comment>
        <translation>Konfigurationsschlüssel</translation>
    </message>
    <message>
        <source>Every key with its effective value and where it comes from</source>
        <comment>config tree, for screen readers</comment>
        <translation>Jeder Schlüssel mit seinem wirksamen Wert und dessen Herkunft</translation>
    </message>
    <message>
        <source>Cascade of the selected key</source>
        <comment>config table, for screen readers</comment>
        <translation>Kaskade des gewählten Schlüssels</translation>
    </message>
    <message>
        <source>The value at each level; the first level with a value applies</source>
        <comment>config table, for screen readers</comment>
        <translation>Der Wert auf jeder Ebene; es gilt die erste Ebene mit einem Wert</translation>
    </message>
    <message>
        <source>Config seeds</source>
        <comment>config table, for screen readers</comment>
        <translation>Konfigurations-Seeds</translation>
    </message>
    <message>
        <source>New value</source>
        <comment>config editor, for screen readers</comment>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <comment>dialog title</comment>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>connection field</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Host or socket folder:</source>
        <comment>connection field</comment>
        <translation>Host oder Socket-Ordner:</translation>
    </message>
    <message>
        <source>Port:</source>
        <comment>connection field</comment>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <comment>connection field</comment>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <comment>connection field</comment>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <comment>connection field</comment>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <comment>connection field</comment>
        <translation>SSL-Modus:</translation>
    </message>
    <message>
        <source>New</source>
        <comment>connection profile button</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>connection profile button</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <comment>connection button</comment>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>connection profile button</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <comment>connection button: embedded database</comment>
        <translation>Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>connection button</comment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>connection button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the connection a name first.</source>
        <comment>connection dialog</comment>
        <translation>Gib der Verbindung zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain.</source>
        <comment>connection dialog</comment>
        <translation>Gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <comment>connection dialog</comment>
        <translation>Teste …</translation>
    </message>
    <message>
        <source>The Kumiko schema is installed.</source>
        <comment>connection dialog</comment>
        <translation>Das Kumiko-Schema ist eingerichtet.</translation>
    </message>
    <message>
        <source>The Kumiko schema is missing or incomplete; the console offers to create it when you connect.</source>
        <comment>connection dialog</comment>
        <translation>Das Kumiko-Schema fehlt oder ist unvollständig; beim Verbinden bietet die Konsole an, es anzulegen.</translation>
    </message>
    <message>
        <source>Connection works: PostgreSQL %1, database %2.</source>
        <comment>connection dialog; %1 = version, %2 = database name</comment>
        <translation>Verbindung funktioniert: PostgreSQL %1, Datenbank %2.</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <comment>connection dialog, for screen readers</comment>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Choose one to fill in the form; passwords stay in the system keychain</source>
        <comment>connection dialog, for screen readers</comment>
        <translation>Eine auswählen, um das Formular auszufüllen; Passwörter bleiben im Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::ConsoleController</name>
    <message>
        <source>Connecting…</source>
        <comment>status bar busy text</comment>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <comment>status bar</comment>
        <translation>Verbinde mit der Datenbank …</translation>
    </message>
    <message>
        <source>Create the schema?</source>
        <comment>dialog title</comment>
        <translation>Schema anlegen?</translation>
    </message>
    <message>
        <source>The database %1 has no complete Kumiko schema yet. Create the missing tables now? Existing tables are never changed.</source>
        <comment>dialog text; %1 = database</comment>
        <translation>Die Datenbank %1 hat noch kein vollständiges Kumiko-Schema. Fehlende Tabellen jetzt anlegen? Vorhandene Tabellen werden nie verändert.</translation>
    </message>
    <message>
        <source>Creating the schema…</source>
        <comment>status bar busy text</comment>
        <translation>Lege das Schema an …</translation>
    </message>
    <message>
        <source>Connected: %1 (PostgreSQL %2)</source>
        <comment>status bar; %1 = URL without password</comment>
        <translation>Verbunden: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <comment>status bar</comment>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>banner action</comment>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Project folder</source>
        <comment>dialog title</comment>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>The project in %1 could not be loaded; sign-in uses default settings.</source>
        <comment>banner; %1 = folder</comment>
        <translation>Das Projekt in %1 konnte nicht geladen werden; die Anmeldung nutzt Standardeinstellungen.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <comment>status bar; %1 = URL without password</comment>
        <translation>Verbindung unterbrochen: %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <comment>status bar; %1 = URL without password</comment>
        <translation>Verbinde erneut mit %1 …</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Trying again in %1 s.</source>
        <comment>banner; %1 = seconds until the next automatic attempt</comment>
        <translation>Die Verbindung zur Datenbank ist unterbrochen. Nächster Versuch in %1 s.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <comment>banner</comment>
        <translation>Die Verbindung zur Datenbank ist unterbrochen. Verbinde erneut …</translation>
    </message>
    <message>
        <source>Quitting when the running work has finished…</source>
        <comment>status bar busy text</comment>
        <translation>Beende, sobald die laufende Arbeit fertig ist …</translation>
    </message>
    <message>
        <source>Quit while work is running?</source>
        <comment>dialog title</comment>
        <translation>Beenden, obwohl noch etwas läuft?</translation>
    </message>
    <message>
        <source>Migrations are being applied or verification mails are being sent. Quitting now would leave the rest undone.</source>
        <comment>quit dialog</comment>
        <translation>Gerade werden Migrationen angewendet oder Bestätigungs-Mails verschickt. Wenn du jetzt beendest, bleibt der Rest unerledigt.</translation>
    </message>
    <message>
        <source>Quit when finished</source>
        <comment>quit dialog button</comment>
        <translation>Beenden, wenn alles fertig ist</translation>
    </message>
    <message>
        <source>Stop after the current item and quit</source>
        <comment>quit dialog button</comment>
        <translation>Nach dem aktuellen Schritt abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep running</source>
        <comment>quit dialog button</comment>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::EventsPage</name>
    <message>
        <source>The events could not be read.</source>
        <comment>events banner</comment>
        <translation>Die Ereignisse konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>page title</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Every change is an event in kumiko_events; the read tables follow from them. Newest first; older ones load as you scroll.</source>
        <comment>page description</comment>
        <translation>Jede Änderung ist ein Ereignis in kumiko_events; die Lesetabellen folgen daraus. Neueste zuerst; ältere laden beim Scrollen nach.</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <comment>events filter</comment>
        <translation>Aggregat-Typ</translation>
    </message>
    <message>
        <source>Event type, e.g. tenant.created</source>
        <comment>events filter</comment>
        <translation>Ereignistyp, z. B. tenant.created</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <comment>events filter</comment>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Aggregate id</source>
        <comment>events filter</comment>
        <translation>Aggregat-ID</translation>
    </message>
    <message>
        <source>From</source>
        <comment>events filter; time</comment>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>events filter; time</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <comment>events action</comment>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>events action; clears the filter fields</comment>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>New events – show</source>
        <comment>events action</comment>
        <translation>Neue Ereignisse – zeigen</translation>
    </message>
    <message>
        <source>Show stream</source>
        <comment>events action</comment>
        <translation>Stream zeigen</translation>
    </message>
    <message>
        <source>Every event of this aggregate in this tenant</source>
        <comment>events action tooltip</comment>
        <translation>Alle Ereignisse dieses Aggregats in diesem Mandanten</translation>
    </message>
    <message>
        <source>Payload</source>
        <comment>events detail</comment>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Metadata</source>
        <comment>events detail</comment>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Event type</source>
        <comment>events filter, for screen readers</comment>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Shows only events of this type (Ctrl+F)</source>
        <comment>events filter, for screen readers</comment>
        <translation>Zeigt nur Ereignisse dieses Typs (Strg+F)</translation>
    </message>
    <message>
        <source>Events from</source>
        <comment>events filter, for screen readers</comment>
        <translation>Ereignisse ab</translation>
    </message>
    <message>
        <source>Events until</source>
        <comment>events filter, for screen readers</comment>
        <translation>Ereignisse bis</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>events table, for screen readers</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Newest first; older events load as you scroll</source>
        <comment>events table, for screen readers</comment>
        <translation>Neueste zuerst; ältere Ereignisse werden beim Scrollen nachgeladen</translation>
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
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>sidebar</comment>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>sidebar</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>sidebar</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <comment>menu</comment>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>Project &amp;folder…</source>
        <comment>menu action</comment>
        <translation>Projekt&amp;ordner …</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <comment>menu action</comment>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <comment>menu action</comment>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>menu action</comment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>menu</comment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kumiko Admin</source>
        <comment>menu action</comment>
        <translation>Ü&amp;ber Kumiko Admin</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>status bar</comment>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <comment>status bar</comment>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <comment>status bar</comment>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>About Kumiko Admin</source>
        <comment>dialog title</comment>
        <translation>Über Kumiko Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin console for Kumiko event-sourced PostgreSQL applications: seed migrations, configuration and e-mail verification.&lt;/p&gt;</source>
        <comment>about text; %1 = version</comment>
        <translation>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin-Konsole für ereignisbasierte Kumiko-Anwendungen auf PostgreSQL: Seed-Migrationen, Konfiguration und E-Mail-Bestätigung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <comment>menu action</comment>
        <translation>Mit &amp;Datenbank verbinden …</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <comment>status bar; %1 = e-mail</comment>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>sidebar, for screen readers</comment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4 switch sections</source>
        <comment>sidebar, for screen readers</comment>
        <translation>Strg+1 bis Strg+4 wechseln den Bereich</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Re&amp;fresh page</source>
        <comment>menu action</comment>
        <translation>Seite &amp;aktualisieren</translation>
    </message>
    <message>
        <source>F&amp;ilter…</source>
        <comment>menu action: focuses the page&apos;s filter field</comment>
        <translation>&amp;Filtern …</translation>
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
        <translation>Zeigt oder verbirgt die technischen Details</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>banner kind, for screen readers</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>banner kind, for screen readers</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>banner kind, for screen readers</comment>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MigrationDetailView</name>
    <message>
        <source>Planning…</source>
        <comment>plan tree placeholder</comment>
        <translation>Plane …</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>plan: migration skipped by its flag</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>steps[%1] %2</source>
        <comment>plan step; %1 = index, %2 = operation</comment>
        <translation>steps[%1] %2</translation>
    </message>
    <message>
        <source>steps[%1] fails</source>
        <comment>plan</comment>
        <translation>steps[%1] schlägt fehl</translation>
    </message>
    <message>
        <source>fails</source>
        <comment>plan</comment>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <source>Nothing to plan: no migration is pending.</source>
        <comment>plan tree placeholder</comment>
        <translation>Nichts zu planen: Keine Migration steht aus.</translation>
    </message>
    <message>
        <source>No plan</source>
        <comment>plan tree</comment>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>– (no file)</source>
        <comment>checksum</comment>
        <translation>– (keine Datei)</translation>
    </message>
    <message>
        <source>– (not recorded)</source>
        <comment>checksum</comment>
        <translation>– (nicht vermerkt)</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <comment>checksum verdict</comment>
        <translation>Nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>✓ The file is unchanged since it was applied.</source>
        <comment>checksum verdict</comment>
        <translation>✓ Die Datei ist seit dem Anwenden unverändert.</translation>
    </message>
    <message>
        <source>⚠ The file has changed since it was applied; the change will not run again.</source>
        <comment>checksum verdict</comment>
        <translation>⚠ Die Datei wurde seit dem Anwenden geändert; die Änderung läuft nicht noch einmal.</translation>
    </message>
    <message>
        <source>Steps</source>
        <comment>migration detail tab</comment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Checksum</source>
        <comment>migration detail tab</comment>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>migration detail tab</comment>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>migration detail tab</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Recorded when applied:</source>
        <comment>checksum form</comment>
        <translation>Beim Anwenden vermerkt:</translation>
    </message>
    <message>
        <source>File now:</source>
        <comment>checksum form</comment>
        <translation>Datei jetzt:</translation>
    </message>
    <message>
        <source>Migration / step / event</source>
        <comment>plan column</comment>
        <translation>Migration / Schritt / Ereignis</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>plan column</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Aggregate / payload</source>
        <comment>plan column</comment>
        <translation>Aggregat / Nutzdaten</translation>
    </message>
    <message>
        <source>Steps of the migration</source>
        <comment>migration detail, for screen readers</comment>
        <translation>Schritte der Migration</translation>
    </message>
    <message>
        <source>The migration file exactly as written</source>
        <comment>migration detail, for screen readers</comment>
        <translation>Die Migrationsdatei genau so, wie sie geschrieben ist</translation>
    </message>
    <message>
        <source>Dry run: per step the action and the events it would write</source>
        <comment>migration detail, for screen readers</comment>
        <translation>Probelauf: je Schritt die Aktion und die Ereignisse, die er schreiben würde</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MigrationsPage</name>
    <message>
        <source>Mark as applied</source>
        <comment>dialog title</comment>
        <translation>Als angewendet markieren</translation>
    </message>
    <message>
        <source>Why is this migration applied without running its steps? The reason is recorded with the attempt.</source>
        <comment>mark-applied dialog</comment>
        <translation>Warum gilt diese Migration als angewendet, ohne ihre Schritte auszuführen? Die Begründung wird mit dem Versuch gespeichert.</translation>
    </message>
    <message>
        <source>New migration</source>
        <comment>dialog title</comment>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <source>Short name (a-z, 0-9 and -); the file gets today&apos;s date in front:</source>
        <comment>new migration dialog</comment>
        <translation>Kurzname (a–z, 0–9 und -); die Datei bekommt das heutige Datum vorangestellt:</translation>
    </message>
    <message>
        <source>Cancelling after the current migration…</source>
        <comment>apply progress</comment>
        <translation>Breche nach der laufenden Migration ab …</translation>
    </message>
    <message>
        <source>The migrations could not be read.</source>
        <comment>migrations banner</comment>
        <translation>Die Migrationen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>migrations summary; %1 = count, %2 = state</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no migrations in seeds/</source>
        <comment>migrations summary</comment>
        <translation>keine Migrationen in seeds/</translation>
    </message>
    <message>
        <source>The attempts could not be read.</source>
        <comment>migrations banner</comment>
        <translation>Die Versuche konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Checking the migrations…</source>
        <comment>apply progress</comment>
        <translation>Prüfe die Migrationen …</translation>
    </message>
    <message>
        <source>Applying migrations…</source>
        <comment>status bar busy text</comment>
        <translation>Wende Migrationen an …</translation>
    </message>
    <message>
        <source>Applying %1 of %2: %3</source>
        <comment>apply progress; %1 = n, %2 = total, %3 = id</comment>
        <translation>Wende %1 von %2 an: %3</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <comment>apply summary</comment>
        <translation>Es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>KUMIKO_SKIP_ES_OPS=1 is set: no migration was applied.</source>
        <comment>apply summary</comment>
        <translation>KUMIKO_SKIP_ES_OPS=1 ist gesetzt: Keine Migration wurde angewendet.</translation>
    </message>
    <message>
        <source>%1, steps[%2]</source>
        <comment>failed migration; %1 = id, %2 = step index</comment>
        <translation>%1, steps[%2]</translation>
    </message>
    <message>
        <source>%1 failed and was rolled back: %2</source>
        <comment>apply summary; %1 = where, %2 = reason</comment>
        <translation>%1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>Not attempted: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Nicht versucht: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s).</source>
        <comment>apply summary</comment>
        <translation>
            <numerusform>%n Migration angewendet.</numerusform>
            <numerusform>%n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>Applied meanwhile by another runner: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Inzwischen von einem anderen Lauf angewendet: %1.</translation>
    </message>
    <message>
        <source>Cancelled; not attempted: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Abgebrochen; nicht versucht: %1.</translation>
    </message>
    <message>
        <source>%1 could not be marked as applied.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>%1 konnte nicht als angewendet markiert werden.</translation>
    </message>
    <message>
        <source>%1 is recorded as applied; its steps did not run.</source>
        <comment>migrations banner</comment>
        <translation>%1 ist als angewendet vermerkt; ihre Schritte liefen nicht.</translation>
    </message>
    <message>
        <source>The migration file could not be created.</source>
        <comment>migrations banner</comment>
        <translation>Die Migrationsdatei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <comment>migrations banner; %1 = file</comment>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>All states</source>
        <comment>state filter</comment>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Seed migrations</source>
        <comment>page title</comment>
        <translation>Seed-Migrationen</translation>
    </message>
    <message>
        <source>One-time, ordered data changes from the project&apos;s seeds/ folder. Each runs atomically: all of its steps and its marker, or nothing.</source>
        <comment>page description</comment>
        <translation>Einmalige, geordnete Datenänderungen aus dem Ordner seeds/ des Projekts. Jede läuft atomar: alle Schritte und ihre Markierung, oder nichts.</translation>
    </message>
    <message>
        <source>Apply all pending</source>
        <comment>migrations action</comment>
        <translation>Alle ausstehenden anwenden</translation>
    </message>
    <message>
        <source>Apply up to selected</source>
        <comment>migrations action</comment>
        <translation>Bis hier anwenden</translation>
    </message>
    <message>
        <source>Apply selected only</source>
        <comment>migrations action</comment>
        <translation>Nur diese anwenden</translation>
    </message>
    <message>
        <source>Only when the selected migration is the next one to run.</source>
        <comment>migrations action tooltip</comment>
        <translation>Nur wenn die ausgewählte Migration als nächste an der Reihe ist.</translation>
    </message>
    <message>
        <source>Plan…</source>
        <comment>migrations action; dry run</comment>
        <translation>Plan …</translation>
    </message>
    <message>
        <source>Dry run of the selected migration: per step the action and the events it would write. Nothing is written.</source>
        <comment>migrations action tooltip</comment>
        <translation>Probelauf der ausgewählten Migration: je Schritt die Aktion und die Ereignisse, die er schreiben würde. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Mark applied…</source>
        <comment>migrations action</comment>
        <translation>Als angewendet markieren …</translation>
    </message>
    <message>
        <source>New migration…</source>
        <comment>migrations action</comment>
        <translation>Neue Migration …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>migrations action</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>apply progress</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter by id or description</source>
        <comment>migrations filter</comment>
        <translation>Nach ID oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Applied before it: %1.</source>
        <comment>apply summary; %1 = ids</comment>
        <translation>Davor angewendet: %1.</translation>
    </message>
    <message>
        <source>Filter migrations</source>
        <comment>migrations filter, for screen readers</comment>
        <translation>Migrationen filtern</translation>
    </message>
    <message>
        <source>Shows the migrations whose id or description contains the text (Ctrl+F)</source>
        <comment>migrations filter, for screen readers</comment>
        <translation>Zeigt die Migrationen, deren ID oder Beschreibung den Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <comment>migrations filter, for screen readers</comment>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>Migrations</source>
        <comment>migrations table, for screen readers</comment>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>The migrations of the project in run order with their state</source>
        <comment>migrations table, for screen readers</comment>
        <translation>Die Migrationen des Projekts in Ausführungsreihenfolge mit ihrem Zustand</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <comment>progress bar, for screen readers</comment>
        <translation>Fortschritt beim Anwenden</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::PageHeading</name>
    <message>
        <source>No connection to the database: what is shown may be out of date, and changes are disabled until the connection is back.</source>
        <comment>page note while the database is lost</comment>
        <translation>Keine Verbindung zur Datenbank: Die Anzeige ist womöglich nicht mehr aktuell, und Änderungen sind gesperrt, bis die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::PasswordVault</name>
    <message>
        <source>No password is saved for this connection.</source>
        <comment>keychain</comment>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not saved; you will be asked for it again next time.</source>
        <comment>keychain fallback</comment>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird das Passwort nicht gespeichert; du wirst beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <comment>keychain; %1 = reason</comment>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::SignInPage</name>
    <message>
        <source>The project settings are not loaded yet.</source>
        <comment>sign-in banner</comment>
        <translation>Die Projekteinstellungen sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>E-mail or password is wrong.</source>
        <comment>sign-in failure</comment>
        <translation>E-Mail oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet.</source>
        <comment>sign-in failure</comment>
        <translation>Deine E-Mail-Adresse ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>This account is restricted. Please contact an administrator.</source>
        <comment>sign-in failure</comment>
        <translation>Dieses Konto ist eingeschränkt. Bitte wende dich an die Administration.</translation>
    </message>
    <message>
        <source>This account has no access to the admin console (the role SystemAdmin is required).</source>
        <comment>sign-in failure</comment>
        <translation>Dieses Konto hat keinen Zugang zur Admin-Konsole (die Rolle SystemAdmin ist nötig).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>sign-in title</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with an account that has the role SystemAdmin.</source>
        <comment>sign-in intro</comment>
        <translation>Melde dich mit einem Konto an, das die Rolle SystemAdmin hat.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <comment>sign-in field</comment>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <comment>sign-in field</comment>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>sign-in button</comment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <comment>sign-in button busy</comment>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>resend link busy</comment>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Could not send. Please try again.</source>
        <comment>resend hint on any other failure</comment>
        <translation>Konnte nicht senden. Bitte erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. The account is locked for %n more minute(s).</source>
        <comment>sign-in failure; %n = minutes, rounded up</comment>
        <translation>
            <numerusform>Zu viele Fehlversuche. Das Konto ist noch %n Minute gesperrt.</numerusform>
            <numerusform>Zu viele Fehlversuche. Das Konto ist noch %n Minuten gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Console locked</source>
        <comment>sign-in title while locked</comment>
        <translation>Konsole gesperrt</translation>
    </message>
    <message>
        <source>The console was locked because nobody used it for a while. Enter the password of %1 to continue, or sign out in the Console menu.</source>
        <comment>sign-in intro while locked; %1 = e-mail</comment>
        <translation>Die Konsole wurde gesperrt, weil sie eine Weile nicht benutzt wurde. Gib das Passwort von %1 ein, um weiterzumachen, oder melde dich im Menü „Konsole“ ab.</translation>
    </message>
    <message>
        <source>We&apos;ve sent you a new verification mail.</source>
        <comment>sign-in info banner after resend</comment>
        <translation>Wir haben dir eine neue Bestätigungs-Mail geschickt.</translation>
    </message>
    <message>
        <source>Send verification mail again</source>
        <comment>resend link on the sign-in screen</comment>
        <translation>Bestätigungs-Mail erneut senden</translation>
    </message>
    <message>
        <source>Sends a new verification mail to the address above</source>
        <comment>resend link, for screen readers</comment>
        <translation>Sendet eine neue Bestätigungs-Mail an die Adresse oben</translation>
    </message>
    <message>
        <source>Please wait %1 and try again.</source>
        <comment>resend hint when rate limited; %1 = m:ss</comment>
        <translation>Bitte warte noch %1 und versuche es dann erneut.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UsersPage</name>
    <message>
        <source>Send verification mails</source>
        <comment>dialog title</comment>
        <translation>Bestätigungs-Mails senden</translation>
    </message>
    <message numerus="yes">
        <source>Send a new verification mail to %n user(s)? Earlier links stay valid until they expire.</source>
        <comment>resend confirmation</comment>
        <translation>
            <numerusform>Eine neue Bestätigungs-Mail an %n Benutzer senden? Frühere Links bleiben gültig, bis sie ablaufen.</numerusform>
            <numerusform>Eine neue Bestätigungs-Mail an %n Benutzer senden? Frühere Links bleiben gültig, bis sie ablaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark address verified</source>
        <comment>dialog title</comment>
        <translation>Adresse als bestätigt markieren</translation>
    </message>
    <message>
        <source>Why does this address count as verified without the link? The reason is stored with the event.</source>
        <comment>mark-verified dialog</comment>
        <translation>Warum gilt diese Adresse ohne den Link als bestätigt? Die Begründung wird mit dem Ereignis gespeichert.</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3</source>
        <comment>resend progress; %1 = n, %2 = total, %3 = e-mail</comment>
        <translation>Sende %1 von %2: %3</translation>
    </message>
    <message>
        <source>The users could not be read.</source>
        <comment>users banner</comment>
        <translation>Die Benutzer konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The project&apos;s auth and mail settings could not be loaded.</source>
        <comment>resend tooltip</comment>
        <translation>Die Anmelde- und Mail-Einstellungen des Projekts konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n verification mail(s).</source>
        <comment>resend summary</comment>
        <translation>
            <numerusform>%n Bestätigungs-Mail eingereiht.</numerusform>
            <numerusform>%n Bestätigungs-Mails eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, the limit for these addresses is reached: %1.</source>
        <comment>resend summary</comment>
        <translation>Nicht gesendet, das Limit dieser Adressen ist erreicht: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not attempted: %n.</source>
        <comment>resend summary</comment>
        <translation>
            <numerusform>Nicht versucht: %n.</numerusform>
            <numerusform>Nicht versucht: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not marked verified.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 wurde nicht als bestätigt markiert.</translation>
    </message>
    <message>
        <source>%1 is verified now.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 ist jetzt bestätigt.</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>page title</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users with the state of their e-mail address and their last verification mail; the mail outbox with delivery status.</source>
        <comment>page description</comment>
        <translation>Benutzer mit dem Zustand ihrer E-Mail-Adresse und ihrer letzten Bestätigungs-Mail; der Mail-Ausgang mit Zustellstatus.</translation>
    </message>
    <message>
        <source>Only unverified</source>
        <comment>users filter</comment>
        <translation>Nur unbestätigte</translation>
    </message>
    <message>
        <source>Filter by e-mail or name</source>
        <comment>users filter</comment>
        <translation>Nach E-Mail oder Name filtern</translation>
    </message>
    <message>
        <source>Send verification mail…</source>
        <comment>users action</comment>
        <translation>Bestätigungs-Mail senden …</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <comment>users action</comment>
        <translation>Als bestätigt markieren …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>users action</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>resend progress</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>users tab</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Mail outbox</source>
        <comment>users tab</comment>
        <translation>Mail-Ausgang</translation>
    </message>
    <message>
        <source>No verification mail was sent.</source>
        <comment>users banner</comment>
        <translation>Es wurde keine Bestätigungs-Mail verschickt.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n address(es) that need no mail (verified already or unknown).</source>
        <comment>resend summary</comment>
        <translation>
            <numerusform>%n Adresse übersprungen, die keine E-Mail braucht (schon bestätigt oder unbekannt).</numerusform>
            <numerusform>%n Adressen übersprungen, die keine E-Mail brauchen (schon bestätigt oder unbekannt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to %1: the limit for this address is reached; try again in %2.</source>
        <comment>resend summary; %1 = e-mail, %2 = time left as m:ss</comment>
        <translation>Nicht an %1 gesendet: Das Limit für diese Adresse ist erreicht; versuche es in %2 erneut.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <comment>resend summary: e-mail and the time to wait as m:ss</comment>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <comment>users filter, for screen readers</comment>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Shows the users whose e-mail or name contains the text (Ctrl+F)</source>
        <comment>users filter, for screen readers</comment>
        <translation>Zeigt die Benutzer, deren E-Mail-Adresse oder Name den Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>users table, for screen readers</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Select one or more users for the actions above</source>
        <comment>users table, for screen readers</comment>
        <translation>Einen oder mehrere Benutzer für die Aktionen oben auswählen</translation>
    </message>
    <message>
        <source>Mail outbox</source>
        <comment>outbox table, for screen readers</comment>
        <translation>Mail-Ausgang</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <comment>progress bar, for screen readers</comment>
        <translation>Fortschritt beim Senden</translation>
    </message>
</context>
</TS>
