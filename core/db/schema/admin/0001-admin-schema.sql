-- kumiko_admin_schema: the console's own schema version, one row per applied step.
CREATE TABLE kumiko_admin_schema (
    version integer PRIMARY KEY,
    description text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);
