-- kumiko_admin_reveal_audit: every time someone had an encrypted config value decrypted for display
-- (console reveal, `kumiko config get --reveal`). Never holds the value itself.
CREATE TABLE kumiko_admin_reveal_audit (
    reveal_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revealed_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    revealed_by_id uuid NOT NULL,
    revealed_by text NOT NULL,
    via text NOT NULL CHECK (via IN ('cli', 'gui')),
    config_key text NOT NULL,
    tenant_id uuid,
    user_id uuid,
    database_user text DEFAULT current_user NOT NULL,
    host_name text
);
