<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Confirmation</name>
    <message>
        <source>%1 and %2</source>
        <comment>list of names; %1 = all but the last, %2 = the last</comment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names; %1 = the first names</comment>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>The migration&apos;s file has not changed since it was applied; there is nothing to accept.</source>
        <comment>error summary: not_modified</comment>
        <translation>Die Datei der Migration hat sich seit dem Anwenden nicht geändert; es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <comment>error detail; the SQL that failed</comment>
        <translation>Anweisung: %1</translation>
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
    <name>kumiko::models::ConsistencyFindingModel</name>
    <message>
        <source>Row differs from its events</source>
        <comment>consistency finding</comment>
        <translation>Zeile weicht von ihren Ereignissen ab</translation>
    </message>
    <message>
        <source>Row missing</source>
        <comment>consistency finding</comment>
        <translation>Zeile fehlt</translation>
    </message>
    <message>
        <source>Row without events</source>
        <comment>consistency finding</comment>
        <translation>Zeile ohne Ereignisse</translation>
    </message>
    <message>
        <source>Forked aggregate</source>
        <comment>consistency finding; events in several tenant streams</comment>
        <translation>Verzweigtes Aggregat</translation>
    </message>
    <message>
        <source>Version gap</source>
        <comment>consistency finding</comment>
        <translation>Versionslücke</translation>
    </message>
    <message>
        <source>Unknown aggregate type</source>
        <comment>consistency finding</comment>
        <translation>Unbekannter Aggregattyp</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <comment>consistency finding detail</comment>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Streams of the tenants %1</source>
        <comment>consistency finding detail</comment>
        <translation>Streams der Mandanten %1</translation>
    </message>
    <message>
        <source>Version %1 where %2 was due, in the stream of tenant %3</source>
        <comment>consistency finding detail</comment>
        <translation>Version %1 statt %2 im Stream des Mandanten %3</translation>
    </message>
    <message>
        <source>Finding</source>
        <comment>consistency column</comment>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <comment>consistency column</comment>
        <translation>Aggregattyp</translation>
    </message>
    <message>
        <source>Aggregate id</source>
        <comment>consistency column</comment>
        <translation>Aggregat-ID</translation>
    </message>
    <message>
        <source>Read table</source>
        <comment>consistency column</comment>
        <translation>Lesetabelle</translation>
    </message>
    <message>
        <source>Detail</source>
        <comment>consistency column</comment>
        <translation>Einzelheiten</translation>
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
    <name>kumiko::models::KeyHistoryModel</name>
    <message>
        <source>user %1 in %2</source>
        <comment>config value target; %1 = e-mail, %2 = tenant key</comment>
        <translation>Benutzer %1 in %2</translation>
    </message>
    <message>
        <source>system</source>
        <comment>config value target</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <comment>config value target; %1 = tenant key</comment>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>system</source>
        <comment>config history: who</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>config history: old → new</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <comment>config history column</comment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>config history column</comment>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Value of</source>
        <comment>config history column</comment>
        <translation>Wert von</translation>
    </message>
    <message>
        <source>Old → new</source>
        <comment>config history column</comment>
        <translation>Alt → neu</translation>
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
        <translation>Mandant</translation>
    </message>
    <message>
        <source>User</source>
        <comment>config value level</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>config overrides column</comment>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Whose</source>
        <comment>config overrides column</comment>
        <translation>Wessen</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>config overrides column</comment>
        <translation>Wert</translation>
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
    <message>
        <source>baselined</source>
        <comment>migration state</comment>
        <translation>als Basis markiert</translation>
    </message>
    <message>
        <source>Marked as applied with a reason (a baseline); its steps never ran here.</source>
        <comment>migration state tooltip</comment>
        <translation>Mit Begründung als angewendet markiert (Basis); ihre Schritte liefen hier nie.</translation>
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
    <message>
        <source>cancelled</source>
        <comment>outbox delivery cell: an operator stopped it</comment>
        <translation>abgebrochen</translation>
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
    <message>
        <source>changed file accepted</source>
        <comment>attempt outcome</comment>
        <translation>geänderte Datei übernommen</translation>
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
    <message>
        <source>cancelled</source>
        <comment>mail status</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Too many wrong passwords: signing in is locked until %1.</source>
        <comment>user status tooltip; %1 = local time</comment>
        <translation>Zu viele falsche Passwörter: Die Anmeldung ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <source>%1 · locked out</source>
        <comment>user status; %1 = account status</comment>
        <translation>%1 · Anmeldung gesperrt</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::AboutDialog</name>
    <message>
        <source>About Kumiko Admin</source>
        <comment>dialog title</comment>
        <translation>Über Kumiko Admin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin console for Kumiko event-sourced PostgreSQL applications: seed migrations, configuration and e-mail verification.&lt;/p&gt;</source>
        <comment>about text; %1 = version</comment>
        <translation>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin-Konsole für event-basierte Kumiko-Anwendungen auf PostgreSQL: Seed-Migrationen, Konfiguration und E-Mail-Bestätigung.&lt;/p&gt;</translation>
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
        <translation>PostgreSQL-Client (libpq):</translation>
    </message>
    <message>
        <source>PostgreSQL server:</source>
        <comment>about dialog</comment>
        <translation>PostgreSQL-Server:</translation>
    </message>
    <message>
        <source>Asking the database…</source>
        <comment>about dialog; server version still loading</comment>
        <translation>Datenbank wird abgefragt …</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <comment>about dialog</comment>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Embedded database:</source>
        <comment>about dialog; folder</comment>
        <translation>Eingebettete Datenbank:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <comment>about dialog; folder</comment>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <comment>about dialog; file</comment>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <comment>about dialog; %1 = reason</comment>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>%1 (database %2)</source>
        <comment>about dialog; %1 = server version, %2 = database name</comment>
        <translation>%1 (Datenbank %2)</translation>
    </message>
    <message>
        <source>not installed</source>
        <comment>about dialog; schema version</comment>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>%1 (this build: %2)</source>
        <comment>about dialog; schema versions</comment>
        <translation>%1 (dieser Build: %2)</translation>
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
    <message>
        <source>Change the configuration?</source>
        <comment>dialog title</comment>
        <translation>Konfiguration ändern?</translation>
    </message>
    <message>
        <source>Some stored values cannot be shown.</source>
        <comment>configuration banner</comment>
        <translation>Einige gespeicherte Werte können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The value cannot be shown: %1</source>
        <comment>config value error; %1 = reason</comment>
        <translation>Der Wert kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>can be overridden by $%1 (not set)</source>
        <comment>config key facts</comment>
        <translation>überschreibbar durch $%1 (nicht gesetzt)</translation>
    </message>
    <message>
        <source>The history of the key could not be read.</source>
        <comment>configuration banner</comment>
        <translation>Der Verlauf des Schlüssels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The overrides of the key could not be read.</source>
        <comment>configuration banner</comment>
        <translation>Die eigenen Werte des Schlüssels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>for user %1 in tenant %2</source>
        <comment>config confirm target; %1 = e-mail, %2 = tenant key</comment>
        <translation>für Benutzer %1 im Mandanten %2</translation>
    </message>
    <message>
        <source>for tenant %1</source>
        <comment>config confirm target; %1 = tenant key</comment>
        <translation>für Mandant %1</translation>
    </message>
    <message>
        <source>for every user of tenant %1 without their own value</source>
        <comment>config confirm target; %1 = tenant key</comment>
        <translation>für jeden Benutzer des Mandanten %1 ohne eigenen Wert</translation>
    </message>
    <message>
        <source>for the whole installation</source>
        <comment>config confirm target</comment>
        <translation>für die ganze Installation</translation>
    </message>
    <message>
        <source>for every tenant without its own value</source>
        <comment>config confirm target</comment>
        <translation>für jeden Mandanten ohne eigenen Wert</translation>
    </message>
    <message>
        <source>for every tenant and user without their own value</source>
        <comment>config confirm target</comment>
        <translation>für jeden Mandanten und Benutzer ohne eigenen Wert</translation>
    </message>
    <message>
        <source>user</source>
        <comment>config level in a sentence</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>tenant</source>
        <comment>config level in a sentence</comment>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>system</source>
        <comment>config level in a sentence</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Reset %1 at %2 level %3? The next level of the cascade applies there.</source>
        <comment>config confirm; %1 = key, %2 = level, %3 = for whom</comment>
        <translation>%1 auf %2-Ebene zurücksetzen, %3? Dort gilt dann die nächste Ebene der Kaskade.</translation>
    </message>
    <message>
        <source>Set %1 to %2 at %3 level %4?</source>
        <comment>config confirm; %1 = key, %2 = value, %3 = level, %4 = for whom</comment>
        <translation>%1 auf %3-Ebene auf %2 setzen, %4?</translation>
    </message>
    <message>
        <source>Cascade</source>
        <comment>config key tab</comment>
        <translation>Kaskade</translation>
    </message>
    <message>
        <source>History</source>
        <comment>config key tab</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overrides</source>
        <comment>config key tab</comment>
        <translation>Eigene Werte</translation>
    </message>
    <message>
        <source>Details of the selected key</source>
        <comment>accessible name</comment>
        <translation>Details des gewählten Schlüssels</translation>
    </message>
    <message>
        <source>Cascade of the selected key</source>
        <comment>accessible name</comment>
        <translation>Kaskade des gewählten Schlüssels</translation>
    </message>
    <message>
        <source>History of the selected key</source>
        <comment>accessible name</comment>
        <translation>Verlauf des gewählten Schlüssels</translation>
    </message>
    <message>
        <source>Tenants and users with their own value</source>
        <comment>accessible name</comment>
        <translation>Mandanten und Benutzer mit eigenem Wert</translation>
    </message>
    <message>
        <source>Load older changes</source>
        <comment>config key action</comment>
        <translation>Ältere Änderungen laden</translation>
    </message>
    <message>
        <source>Load more values</source>
        <comment>config key action</comment>
        <translation>Weitere Werte laden</translation>
    </message>
    <message>
        <source>Why the value cannot be shown</source>
        <comment>accessible name</comment>
        <translation>Warum der Wert nicht angezeigt werden kann</translation>
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
    <name>kumiko::ui::ConsistencyDialog</name>
    <message>
        <source>Checking every event against the read tables…</source>
        <comment>consistency progress</comment>
        <translation>Jedes Ereignis wird mit den Lesetabellen verglichen …</translation>
    </message>
    <message>
        <source>Checked %1 of about %2 events…</source>
        <comment>consistency progress</comment>
        <translation>%1 von etwa %2 Ereignissen geprüft …</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <comment>consistency error</comment>
        <translation>Die Prüfung konnte nicht laufen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n event(s)</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>%n Ereignis geprüft</numerusform>
            <numerusform>%n Ereignisse geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n aggregate(s)</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>von %n Aggregat</numerusform>
            <numerusform>von %n Aggregaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>against %n read row(s).</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>gegen %n Lesezeile.</numerusform>
            <numerusform>gegen %n Lesezeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end: what is listed is what was found so far.</source>
        <comment>consistency summary</comment>
        <translation>Vor dem Ende abgebrochen: Aufgeführt ist, was bis dahin gefunden wurde.</translation>
    </message>
    <message>
        <source>Events and read tables agree.</source>
        <comment>consistency summary</comment>
        <translation>Ereignisse und Lesetabellen stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed; `kumiko db check --json` counts them by kind.</source>
        <comment>consistency summary</comment>
        <translation>
            <numerusform>Der erste ist aufgeführt; `kumiko db check --json` zählt sie nach Art.</numerusform>
            <numerusform>Die ersten %n sind aufgeführt; `kumiko db check --json` zählt sie nach Art.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database consistency</source>
        <comment>dialog title</comment>
        <translation>Konsistenz der Datenbank</translation>
    </message>
    <message>
        <source>Check again</source>
        <comment>consistency action</comment>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>consistency action; stops the running check</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>consistency action</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Findings</source>
        <comment>consistency table accessible name</comment>
        <translation>Befunde</translation>
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
    <message>
        <source>Live refresh polls every %1 s</source>
        <comment>status bar; %1 = seconds between two checks for changes</comment>
        <translation>Live-Aktualisierung fragt alle %1 s ab</translation>
    </message>
    <message>
        <source>This connection goes through a pooler in transaction pooling mode (such as PgBouncer). LISTEN needs a database session of its own, so the console looks for changes by others every %1 s instead of being notified.</source>
        <comment>status bar tooltip; %1 = seconds between two checks for changes</comment>
        <translation>Diese Verbindung läuft über einen Pooler im Transaktions-Pooling-Modus (etwa PgBouncer). LISTEN braucht eine eigene Datenbanksitzung, deshalb sieht die Konsole alle %1 s nach Änderungen anderer, statt benachrichtigt zu werden.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::EventExportDialog</name>
    <message>
        <source>Browse…</source>
        <comment>export dialog</comment>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export dialog button</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>export dialog button</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export events</source>
        <comment>dialog title</comment>
        <translation>Ereignisse exportieren</translation>
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
        <translation>Datei</translation>
    </message>
    <message>
        <source>Every event the filter matches, oldest first; secret members stay masked.</source>
        <comment>export dialog</comment>
        <translation>Alle Ereignisse, auf die der Filter passt, die ältesten zuerst; geheime Felder bleiben maskiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written…</source>
        <comment>export progress</comment>
        <translation>
            <numerusform>%n Ereignis geschrieben…</numerusform>
            <numerusform>%n Ereignisse geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <comment>export progress</comment>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>The events were not exported.</source>
        <comment>export banner</comment>
        <translation>Die Ereignisse wurden nicht exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; the file was removed.</source>
        <comment>export progress</comment>
        <translation>Export abgebrochen; die Datei wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <comment>export progress; %1 = file</comment>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
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
    <message>
        <source>The search was cancelled; the events found until then are shown.</source>
        <comment>events banner</comment>
        <translation>Die Suche wurde abgebrochen; die bis dahin gefundenen Ereignisse werden angezeigt.</translation>
    </message>
    <message>
        <source>Searching… %1 % of the log</source>
        <comment>events search progress; %1 = percent</comment>
        <translation>Suche läuft … %1 % des Protokolls</translation>
    </message>
    <message>
        <source>The tenant and user names could not be read.</source>
        <comment>events banner</comment>
        <translation>Die Namen der Mandanten und Benutzer konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only the events of migration %1 (correlation id %2). Clear shows all events.</source>
        <comment>events page note; %1 migration id, %2 uuid</comment>
        <translation>Nur die Ereignisse der Migration %1 (Korrelations-ID %2). „Leeren“ zeigt wieder alle Ereignisse.</translation>
    </message>
    <message>
        <source>Payload contains JSON, e.g. {&quot;email&quot;:&quot;a@b.c&quot;}</source>
        <comment>events filter</comment>
        <translation>Payload enthält JSON, z. B. {&quot;email&quot;:&quot;a@b.c&quot;}</translation>
    </message>
    <message>
        <source>Search payload: key=value or text</source>
        <comment>events filter</comment>
        <translation>Payload durchsuchen: Schlüssel=Wert oder Text</translation>
    </message>
    <message>
        <source>Empty every filter field and show all events again</source>
        <comment>events action tooltip</comment>
        <translation>Alle Filterfelder leeren und wieder alle Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>events action</comment>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write every event the filter matches to a JSON Lines or CSV file</source>
        <comment>events action tooltip</comment>
        <translation>Alle Ereignisse, auf die der Filter passt, in eine JSON-Lines- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Copy id</source>
        <comment>events context menu</comment>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <comment>events context menu</comment>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>events search</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop searching; the events found so far stay.</source>
        <comment>events search tooltip</comment>
        <translation>Suche beenden; die bisher gefundenen Ereignisse bleiben stehen.</translation>
    </message>
    <message>
        <source>Payload contains JSON</source>
        <comment>events filter, for screen readers</comment>
        <translation>Nutzdaten enthalten JSON</translation>
    </message>
    <message>
        <source>Search payload</source>
        <comment>events filter, for screen readers</comment>
        <translation>Nutzdaten durchsuchen</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MailDelivery</name>
    <message>
        <source>Mail: delivery failed (%1)</source>
        <comment>status bar; %1 = short error</comment>
        <translation>Mail: Zustellung fehlgeschlagen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>No mail transport configured — %n mail(s) stay queued</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>Kein Mail-Versand eingerichtet – %n Mail bleibt in der Warteschlange</numerusform>
            <numerusform>Kein Mail-Versand eingerichtet – %n Mails bleiben in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mail transport cannot be used (%1) — %n mail(s) stay queued</source>
        <comment>status bar; %1 = short error</comment>
        <translation>
            <numerusform>Der Mail-Versand ist nicht nutzbar (%1) – %n Mail bleibt in der Warteschlange</numerusform>
            <numerusform>Der Mail-Versand ist nicht nutzbar (%1) – %n Mails bleiben in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail: nothing queued</source>
        <comment>status bar</comment>
        <translation>Mail: nichts in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n queued</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>Mail: %n wartet</numerusform>
            <numerusform>Mail: %n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>status bar: mails that gave up</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>last error: %1</source>
        <comment>status bar; %1 = SMTP error</comment>
        <translation>letzter Fehler: %1</translation>
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
    <message>
        <source>Check database &amp;consistency…</source>
        <comment>menu action</comment>
        <translation>&amp;Konsistenz der Datenbank prüfen …</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MembershipDialog</name>
    <message>
        <source>Grant roles</source>
        <comment>membership action</comment>
        <translation>Rollen geben</translation>
    </message>
    <message>
        <source>Set roles</source>
        <comment>membership action</comment>
        <translation>Rollen festlegen</translation>
    </message>
    <message>
        <source>Revoke membership…</source>
        <comment>membership action</comment>
        <translation>Mitgliedschaft entziehen…</translation>
    </message>
    <message>
        <source>Tenant memberships of %1</source>
        <comment>dialog title; %1 = e-mail</comment>
        <translation>Mandanten-Mitgliedschaften von %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>membership column</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>membership column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>membership column</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Roles, separated by commas</source>
        <comment>membership field</comment>
        <translation>Rollen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <comment>membership field label</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Roles</source>
        <comment>membership field label</comment>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The memberships could not be read.</source>
        <comment>membership banner</comment>
        <translation>Die Mitgliedschaften konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give %1 the roles %2 in tenant %3?</source>
        <comment>membership confirmation</comment>
        <translation>%1 die Rollen %2 im Mandanten %3 geben?</translation>
    </message>
    <message>
        <source>Give %1 exactly the roles %2 in tenant %3?</source>
        <comment>membership confirmation</comment>
        <translation>%1 im Mandanten %3 genau die Rollen %2 geben?</translation>
    </message>
    <message>
        <source>Remove %1 from tenant %2 with all roles there?</source>
        <comment>membership confirmation</comment>
        <translation>%1 mit allen Rollen aus dem Mandanten %2 entfernen?</translation>
    </message>
    <message>
        <source>Tenant membership</source>
        <comment>dialog title</comment>
        <translation>Mandanten-Mitgliedschaft</translation>
    </message>
    <message>
        <source>The membership was not changed.</source>
        <comment>membership banner</comment>
        <translation>Die Mitgliedschaft wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 has the roles %2 in %3 now.</source>
        <comment>membership banner</comment>
        <translation>%1 hat jetzt die Rollen %2 in %3.</translation>
    </message>
    <message>
        <source>%1 is no member of %2 any more.</source>
        <comment>membership banner</comment>
        <translation>%1 ist kein Mitglied von %2 mehr.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 has these roles in %2 already.</source>
        <comment>membership banner</comment>
        <translation>Nichts zu ändern: %1 hat diese Rollen in %2 schon.</translation>
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
    <message>
        <source>Show events</source>
        <comment>migration detail action</comment>
        <translation>Ereignisse zeigen</translation>
    </message>
    <message>
        <source>The events this migration wrote, on the Events page (they share its correlation id)</source>
        <comment>migration detail action tooltip</comment>
        <translation>Die Ereignisse, die diese Migration geschrieben hat, auf der Seite Ereignisse (sie tragen ihre Korrelations-ID)</translation>
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
    <message>
        <source>Apply migrations?</source>
        <comment>dialog title</comment>
        <translation>Migrationen anwenden?</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n migration(s) with %1 step(s), appending %2 event(s)?</source>
        <comment>apply confirmation; %n = migrations, %1 = steps, %2 = events</comment>
        <translation>
            <numerusform>%n Migration mit %1 Schritt(en) anwenden und %2 Ereignis(se) anhängen?</numerusform>
            <numerusform>%n Migrationen mit %1 Schritt(en) anwenden und %2 Ereignis(se) anhängen?</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — skipped (its KUMIKO_SKIP_ES_OPS_… flag is set)</source>
        <comment>apply confirmation; %1 = id</comment>
        <translation>• %1 — übersprungen (ihr KUMIKO_SKIP_ES_OPS_…-Schalter ist gesetzt)</translation>
    </message>
    <message>
        <source>• %1 — %2 step(s), %3 event(s)</source>
        <comment>apply confirmation; %1 = id, %2 = steps, %3 = events</comment>
        <translation>• %1 — %2 Schritt(e), %3 Ereignis(se)</translation>
    </message>
    <message>
        <source>%1 would fail: %2. It would be rolled back and nothing after it attempted.</source>
        <comment>apply confirmation; %1 = id, %2 = reason</comment>
        <translation>%1 würde fehlschlagen: %2. Sie würde zurückgerollt und nichts danach versucht.</translation>
    </message>
    <message>
        <source>Checking what would be applied…</source>
        <comment>status bar busy text</comment>
        <translation>Prüfe, was angewendet würde …</translation>
    </message>
    <message>
        <source>Why is %1 applied without running its steps? The reason is recorded with the attempt, and the migration shows as baselined.</source>
        <comment>mark-applied dialog; %1 = id</comment>
        <translation>Warum gilt %1 als angewendet, ohne ihre Schritte auszuführen? Die Begründung wird mit dem Versuch gespeichert, und die Migration erscheint als Basis.</translation>
    </message>
    <message>
        <source>Accept the changed file</source>
        <comment>dialog title</comment>
        <translation>Geänderte Datei übernehmen</translation>
    </message>
    <message>
        <source>The file of %1 changed after it was applied. Why is the file as it is now right? Its new checksum is recorded with the reason; the steps do not run again.</source>
        <comment>accept dialog; %1 = id</comment>
        <translation>Die Datei von %1 wurde nach dem Anwenden geändert. Warum ist die Datei so, wie sie jetzt ist, richtig? Ihre neue Prüfsumme wird mit der Begründung gespeichert; die Schritte laufen nicht noch einmal.</translation>
    </message>
    <message>
        <source>The changed file of %1 could not be accepted.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>Die geänderte Datei von %1 konnte nicht übernommen werden.</translation>
    </message>
    <message>
        <source>The changed file of %1 is accepted; its new checksum is recorded.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>Die geänderte Datei von %1 ist übernommen; ihre neue Prüfsumme ist gespeichert.</translation>
    </message>
    <message>
        <source>%1 is recorded as applied (baselined); its steps did not run.</source>
        <comment>migrations banner; %1 = id</comment>
        <translation>%1 ist als angewendet vermerkt (Basis); ihre Schritte liefen nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the name of a migration: use a-z, 0-9 and single &quot;-&quot; between them.</source>
        <comment>migrations banner; %1 = slug</comment>
        <translation>„%1“ kann nicht der Name einer Migration sein: Verwenden Sie a–z, 0–9 und einzelne „-“ dazwischen.</translation>
    </message>
    <message>
        <source>No editor opened</source>
        <comment>dialog title</comment>
        <translation>Kein Editor geöffnet</translation>
    </message>
    <message>
        <source>No editor could be opened for %1. Open it in an editor of your choice.</source>
        <comment>no editor dialog; %1 = path</comment>
        <translation>Für %1 konnte kein Editor geöffnet werden. Öffnen Sie die Datei in einem Editor Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <comment>no editor dialog button</comment>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <comment>no editor dialog button</comment>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Record the selected migration as applied without running its steps (a baseline); a reason is required.</source>
        <comment>migrations action tooltip</comment>
        <translation>Die gewählte Migration als angewendet vermerken, ohne ihre Schritte auszuführen (Basis); eine Begründung ist nötig.</translation>
    </message>
    <message>
        <source>Accept changed file…</source>
        <comment>migrations action</comment>
        <translation>Geänderte Datei übernehmen …</translation>
    </message>
    <message>
        <source>The selected migration&apos;s file changed after it was applied: record its new checksum with a reason. Nothing runs again.</source>
        <comment>migrations action tooltip</comment>
        <translation>Die Datei der gewählten Migration wurde nach dem Anwenden geändert: ihre neue Prüfsumme mit einer Begründung speichern. Nichts läuft noch einmal.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::NewMigrationDialog</name>
    <message>
        <source>Enter a short name.</source>
        <comment>new migration problem</comment>
        <translation>Geben Sie einen Kurznamen ein.</translation>
    </message>
    <message>
        <source>Only lower-case letters a-z, digits and &quot;-&quot; are allowed.</source>
        <comment>new migration problem</comment>
        <translation>Erlaubt sind nur Kleinbuchstaben a–z, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>&quot;-&quot; may only stand between letters or digits, one at a time.</source>
        <comment>new migration problem</comment>
        <translation>„-“ darf nur einzeln zwischen Buchstaben oder Ziffern stehen.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <comment>new migration problem</comment>
        <translation>Höchstens %1 Zeichen.</translation>
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
        <source>Short name of the migration</source>
        <comment>accessible name</comment>
        <translation>Kurzname der Migration</translation>
    </message>
    <message>
        <source>Creates seeds/%1-%2.json</source>
        <comment>new migration dialog; %1 = date, %2 = slug</comment>
        <translation>Erstellt seeds/%1-%2.json</translation>
    </message>
    <message>
        <source>Perhaps &quot;%1&quot;?</source>
        <comment>new migration suggestion</comment>
        <translation>Vielleicht „%1“?</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::NewUserDialog</name>
    <message>
        <source>Set an initial password</source>
        <comment>new user dialog</comment>
        <translation>Ein erstes Passwort festlegen</translation>
    </message>
    <message>
        <source>No password; send a verification mail</source>
        <comment>new user dialog</comment>
        <translation>Kein Passwort; eine Bestätigungs-Mail senden</translation>
    </message>
    <message>
        <source>New user</source>
        <comment>dialog title</comment>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>No preference</source>
        <comment>locale choice</comment>
        <translation>Keine Vorgabe</translation>
    </message>
    <message>
        <source>German</source>
        <comment>locale choice</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <comment>locale choice</comment>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>new user dialog button</comment>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>new user dialog</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <comment>new user dialog</comment>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <comment>new user dialog</comment>
        <translation>Sprache der Mails</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::OutboxPanel</name>
    <message>
        <source>Cancel mails</source>
        <comment>dialog title</comment>
        <translation>Mails abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n queued mail(s) to %1? They will not be sent.</source>
        <comment>cancel confirmation; %1 = addresses</comment>
        <translation>
            <numerusform>Die wartende Mail an %1 abbrechen? Sie wird nicht gesendet.</numerusform>
            <numerusform>Die %n wartenden Mails an %1 abbrechen? Sie werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mails were not cancelled.</source>
        <comment>outbox banner</comment>
        <translation>Die Mails wurden nicht abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n mail(s).</source>
        <comment>outbox banner</comment>
        <translation>
            <numerusform>%n Mail abgebrochen.</numerusform>
            <numerusform>%n Mails abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were being sent or sent already.</source>
        <comment>outbox banner</comment>
        <translation>
            <numerusform>%n wurde gerade gesendet oder war schon gesendet.</numerusform>
            <numerusform>%n wurden gerade gesendet oder waren schon gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mails were not queued again.</source>
        <comment>outbox banner</comment>
        <translation>Die Mails wurden nicht erneut eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n mail(s) again.</source>
        <comment>outbox banner</comment>
        <translation>
            <numerusform>%n Mail erneut eingereiht.</numerusform>
            <numerusform>%n Mails erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail could not be read.</source>
        <comment>outbox banner</comment>
        <translation>Die Mail konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Subject: %1 — to %2</source>
        <comment>outbox preview</comment>
        <translation>Betreff: %1 – an %2</translation>
    </message>
    <message>
        <source>The text was removed when the mail was sent or cancelled: it held a live link.</source>
        <comment>outbox preview</comment>
        <translation>Der Text wurde beim Senden oder Abbrechen gelöscht: Er enthielt einen gültigen Link.</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <comment>outbox action</comment>
        <translation>Jetzt zustellen</translation>
    </message>
    <message>
        <source>Send every due mail now instead of at the next round.</source>
        <comment>outbox action tooltip</comment>
        <translation>Alle fälligen Mails jetzt senden statt bei der nächsten Runde.</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>outbox action: queue failed mails again</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel mail…</source>
        <comment>outbox action</comment>
        <translation>Mail abbrechen…</translation>
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
        <translation>Keine Verbindung zur Datenbank: Die Anzeige ist womöglich nicht mehr aktuell, und Änderungen sind gesperrt, bis die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::PasswordField</name>
    <message>
        <source>Password</source>
        <comment>password field label</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat</source>
        <comment>password field label</comment>
        <translation>Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <comment>password strength</comment>
        <translation>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Longer, with digits and symbols, is better.</source>
        <comment>password strength</comment>
        <translation>Schwach: leicht zu erraten. Länger, mit Ziffern und Sonderzeichen, ist besser.</translation>
    </message>
    <message>
        <source>Fair: 12 characters or more of three kinds would be strong.</source>
        <comment>password strength</comment>
        <translation>Mittel: 12 oder mehr Zeichen von drei Arten wären stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <comment>password strength</comment>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <comment>password strength</comment>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
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
    <name>kumiko::ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <comment>accessible name</comment>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>A reason is required; it is recorded with the attempt.</source>
        <comment>reason dialog hint</comment>
        <translation>Eine Begründung ist nötig; sie wird mit dem Versuch gespeichert.</translation>
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
    <name>kumiko::ui::TenantPicker</name>
    <message>
        <source>Tenant</source>
        <comment>tenant picker: accessible name</comment>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Type a tenant key or name; matching tenants are suggested as you type. Down shows suggestions, Enter picks one.</source>
        <comment>tenant picker: description</comment>
        <translation>Schlüssel oder Namen eines Mandanten eingeben; passende Mandanten werden beim Tippen vorgeschlagen. Pfeil nach unten zeigt die Vorschläge, Enter wählt einen aus.</translation>
    </message>
    <message>
        <source>Tenant key or name</source>
        <comment>tenant picker: placeholder</comment>
        <translation>Mandantenschlüssel oder -name</translation>
    </message>
    <message>
        <source>Tenant suggestions</source>
        <comment>tenant picker: accessible name of the suggestion list</comment>
        <translation>Vorgeschlagene Mandanten</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UserAdminActions</name>
    <message>
        <source>Set password</source>
        <comment>dialog title</comment>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <comment>set password dialog; %1 = e-mail</comment>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <source>Global roles</source>
        <comment>dialog title</comment>
        <translation>Globale Rollen</translation>
    </message>
    <message>
        <source>Global roles of %1, separated by commas (SystemAdmin may use this console):</source>
        <comment>roles dialog; %1 = e-mail</comment>
        <translation>Globale Rollen von %1, durch Kommas getrennt (SystemAdmin darf diese Konsole benutzen):</translation>
    </message>
    <message>
        <source>Enable</source>
        <comment>user action: allow sign-in again</comment>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable…</source>
        <comment>user action: block sign-in</comment>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Create the user %1 without a password and send a verification mail?</source>
        <comment>new user confirmation</comment>
        <translation>Den Benutzer %1 ohne Passwort anlegen und eine Bestätigungs-Mail senden?</translation>
    </message>
    <message>
        <source>Create the user %1 with the password entered?</source>
        <comment>new user confirmation</comment>
        <translation>Den Benutzer %1 mit dem eingegebenen Passwort anlegen?</translation>
    </message>
    <message>
        <source>New user</source>
        <comment>dialog title</comment>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>%1 was not created.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Created %1; a verification mail is queued.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 angelegt; eine Bestätigungs-Mail wartet auf den Versand.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Replace the password of %1? The old one stops working at once.</source>
        <comment>password confirmation</comment>
        <translation>Das Passwort von %1 ersetzen? Das alte gilt ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>Das Passwort von %1 ist gesetzt.</translation>
    </message>
    <message>
        <source>The password of %1 was not set.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>Das Passwort von %1 wurde nicht gesetzt.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>dialog title</comment>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Lift the sign-in lockout of %1 and forget the failed attempts?</source>
        <comment>unlock confirmation</comment>
        <translation>Die Anmeldesperre von %1 aufheben und die Fehlversuche vergessen?</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 was not unlocked.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 wurde nicht entsperrt.</translation>
    </message>
    <message>
        <source>Allow %1 to sign in again?</source>
        <comment>status confirmation</comment>
        <translation>%1 wieder anmelden lassen?</translation>
    </message>
    <message>
        <source>Disable %1? The user can no longer sign in until enabled again.</source>
        <comment>status confirmation</comment>
        <translation>%1 sperren? Der Benutzer kann sich nicht mehr anmelden, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Enable user</source>
        <comment>dialog title</comment>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <source>Disable user</source>
        <comment>dialog title</comment>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>The status of %1 was not changed.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>Der Status von %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>no role</source>
        <comment>roles confirmation</comment>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Give %1 the global roles: %2?</source>
        <comment>roles confirmation; %1 = e-mail</comment>
        <translation>%1 diese globalen Rollen geben: %2?</translation>
    </message>
    <message>
        <source>%1 has the global roles: %2.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>%1 hat die globalen Rollen: %2.</translation>
    </message>
    <message>
        <source>The roles of %1 were not changed.</source>
        <comment>users banner; %1 = e-mail</comment>
        <translation>Die Rollen von %1 wurden nicht geändert.</translation>
    </message>
    <message>
        <source>New user…</source>
        <comment>user action</comment>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <comment>user action</comment>
        <translation>Passwort setzen…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <comment>user action: lift the sign-in lockout</comment>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <comment>user action</comment>
        <translation>Rollen…</translation>
    </message>
    <message>
        <source>Memberships…</source>
        <comment>user action: tenant memberships</comment>
        <translation>Mitgliedschaften…</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UserPicker</name>
    <message>
        <source>User</source>
        <comment>user picker: accessible name</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Type an e-mail address or name; matching users are suggested as you type. Down shows suggestions, Enter picks one.</source>
        <comment>user picker: description</comment>
        <translation>E-Mail-Adresse oder Namen eingeben; passende Benutzer werden beim Tippen vorgeschlagen. Pfeil nach unten zeigt die Vorschläge, Enter wählt einen aus.</translation>
    </message>
    <message>
        <source>E-mail or name</source>
        <comment>user picker: placeholder</comment>
        <translation>E-Mail oder Name</translation>
    </message>
    <message>
        <source>User suggestions</source>
        <comment>user picker: accessible name of the suggestion list</comment>
        <translation>Vorgeschlagene Benutzer</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::UsersPage</name>
    <message>
        <source>Send verification mails</source>
        <comment>dialog title</comment>
        <translation>Bestätigungs-Mails senden</translation>
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
    <message>
        <source>Sending %1: %2</source>
        <comment>resend progress, total unknown; %1 = n, %2 = e-mail</comment>
        <translation>Sende %1: %2</translation>
    </message>
    <message>
        <source>counting…</source>
        <comment>users count</comment>
        <translation>wird gezählt …</translation>
    </message>
    <message>
        <source>The mail outbox could not be read.</source>
        <comment>users banner</comment>
        <translation>Der Mail-Ausgang konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <comment>users count</comment>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 users</source>
        <comment>users count; %1 = the cap, e.g. 10,000</comment>
        <translation>mehr als %1 Benutzer</translation>
    </message>
    <message>
        <source>about %1 users</source>
        <comment>users count, estimated; %1 = a number</comment>
        <translation>etwa %1 Benutzer</translation>
    </message>
    <message>
        <source>Every unverified user matching the filter, also those not loaded yet.</source>
        <comment>resend-all tooltip</comment>
        <translation>Alle unbestätigten Benutzer, auf die der Filter passt, auch die noch nicht geladenen.</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <comment>time until a resend is allowed</comment>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <comment>time until a resend is allowed</comment>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No verification mail was queued.</source>
        <comment>resend summary</comment>
        <translation>Es wurde keine Bestätigungs-Mail eingereiht.</translation>
    </message>
    <message>
        <source>%1: queued</source>
        <comment>resend outcome; %1 = e-mail</comment>
        <translation>%1: eingereiht</translation>
    </message>
    <message>
        <source>%1: no mail needed (verified already or unknown)</source>
        <comment>resend outcome; %1 = e-mail</comment>
        <translation>%1: keine Mail nötig (schon bestätigt oder unbekannt)</translation>
    </message>
    <message>
        <source>%1: not sent, the limit for this address is reached; it may be sent again %2</source>
        <comment>resend outcome; %1 = e-mail, %2 = e.g. &apos;in 14 minutes&apos;</comment>
        <translation>%1: nicht gesendet, das Limit für diese Adresse ist erreicht; erneut möglich %2</translation>
    </message>
    <message>
        <source>%1: not attempted</source>
        <comment>resend outcome; %1 = e-mail</comment>
        <translation>%1: nicht versucht</translation>
    </message>
    <message>
        <source>Send to all matching…</source>
        <comment>users action</comment>
        <translation>An alle passenden senden …</translation>
    </message>
    <message>
        <source>Send a new verification mail to %1? Earlier links stay valid until they expire.</source>
        <comment>resend confirmation; %1 = the addresses</comment>
        <translation>Eine neue Bestätigungs-Mail an %1 senden? Frühere Links bleiben gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>Send a new verification mail to every unverified user matching the filter (%1)? Earlier links stay valid until they expire.</source>
        <comment>resend-all confirmation; %1 = how many, e.g. &quot;more than 10,000 users&quot;</comment>
        <translation>Allen unbestätigten Benutzern, auf die der Filter passt (%1), eine neue Bestätigungs-Mail senden? Frühere Links bleiben gültig, bis sie ablaufen.</translation>
    </message>
</context>
</TS>
