<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ErrorText</name>
    <message>
        <source>Could not connect to the database.</source>
        <comment>error summary</comment>
        <translation>Keine Verbindung zur Datenbank möglich.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <comment>error summary</comment>
        <translation>Die Verbindung zur Datenbank ist abgebrochen.</translation>
    </message>
    <message>
        <source>The database rejected the user name or password.</source>
        <comment>error summary</comment>
        <translation>Die Datenbank hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <comment>error summary</comment>
        <translation>Die Datenbank existiert nicht.</translation>
    </message>
    <message>
        <source>Another session holds a lock; the operation timed out waiting for it.</source>
        <comment>error summary</comment>
        <translation>Eine andere Sitzung hält eine Sperre; beim Warten darauf ist die Zeit abgelaufen.</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <comment>error summary; %1 = reason</comment>
        <translation>Die Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>The database has tables that differ from what Kumiko creates; nothing was changed.</source>
        <comment>error summary</comment>
        <translation>Die Datenbank enthält Tabellen, die von Kumikos Schema abweichen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The local database could not be started.</source>
        <comment>error summary</comment>
        <translation>Die lokale Datenbank konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Reload and try again.</source>
        <comment>error summary</comment>
        <translation>Jemand anderes hat diesen Datensatz inzwischen geändert. Bitte neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <source>The operation failed (%1).</source>
        <comment>error summary; %1 = error code</comment>
        <translation>Der Vorgang ist fehlgeschlagen (%1).</translation>
    </message>
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
</context>
<context>
    <name>kumiko::models::TableCountModel</name>
    <message>
        <source>–</source>
        <comment>row count not known yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>table missing</source>
        <comment>row count cell</comment>
        <translation>Tabelle fehlt</translation>
    </message>
    <message>
        <source>Table</source>
        <comment>overview column</comment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>overview column</comment>
        <translation>Zeilen</translation>
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
        <translation>Events</translation>
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
        <translation>&lt;b&gt;Kumiko Admin %1&lt;/b&gt;&lt;p&gt;Admin-Konsole für event-basierte Kumiko-Anwendungen auf PostgreSQL: Seed-Migrationen, Konfiguration und E-Mail-Bestätigung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::MessageBanner</name>
    <message>
        <source>Details</source>
        <comment>banner: expand technical details</comment>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kumiko::ui::SectionOverviewPage</name>
    <message>
        <source>Seed migrations</source>
        <comment>page title</comment>
        <translation>Seed-Migrationen</translation>
    </message>
    <message>
        <source>One-time, ordered data changes from the project's seeds/ folder, tracked in kumiko_es_operations.</source>
        <comment>page description</comment>
        <translation>Einmalige, geordnete Datenänderungen aus dem Ordner seeds/ des Projekts, protokolliert in kumiko_es_operations.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>page title</comment>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Config values per scope (system, tenant, user) and how each effective value is resolved.</source>
        <comment>page description</comment>
        <translation>Konfigurationswerte je Ebene (System, Mandant, Benutzer) und wie sich jeder wirksame Wert ergibt.</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>page title</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users, tenants and memberships, with their e-mail verification state.</source>
        <comment>page description</comment>
        <translation>Benutzer, Mandanten und Mitgliedschaften mit ihrem E-Mail-Bestätigungsstatus.</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>page title</comment>
        <translation>Events</translation>
    </message>
    <message>
        <source>Every change is an event in kumiko_events; the read tables follow from them.</source>
        <comment>page description</comment>
        <translation>Jede Änderung ist ein Event in kumiko_events; die Lesetabellen ergeben sich daraus.</translation>
    </message>
</context>
</TS>