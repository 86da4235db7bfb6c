-- kumiko_admin_seed_runs: every attempt to apply a seed migration, including failures (written after
-- the rollback, in its own transaction), skips, concurrent "already applied" and mark-applied baselines.
-- `id` is the migration id (file name without extension), as in kumiko_es_operations.
CREATE TABLE kumiko_admin_seed_runs (
    attempt_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL,
    checksum text,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    outcome text NOT NULL
        CHECK (outcome IN ('applied', 'failed', 'skipped', 'marked', 'already-applied')),
    error_code text,
    error_message text,
    failed_step integer,
    events_written integer DEFAULT 0 NOT NULL,
    applied_by text NOT NULL,
    database_user text DEFAULT current_user NOT NULL,
    host_name text,
    reason text
);
CREATE INDEX kumiko_admin_seed_runs_id_idx ON kumiko_admin_seed_runs USING btree (id, attempt_id);
