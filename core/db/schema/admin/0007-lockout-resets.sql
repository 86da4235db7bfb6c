-- Every sign-in lockout an operator lifted: who, when, and the state it cleared. A lockout is no
-- upstream aggregate, so lifting it is recorded here rather than as an event.
CREATE TABLE kumiko_admin_lockout_resets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id uuid NOT NULL,
    reset_by uuid NOT NULL,
    reset_at timestamp with time zone NOT NULL DEFAULT now(),
    failed_attempts integer NOT NULL,
    locked_until timestamp with time zone
);
CREATE INDEX kumiko_admin_lockout_resets_user_idx ON kumiko_admin_lockout_resets (user_id, reset_at);
