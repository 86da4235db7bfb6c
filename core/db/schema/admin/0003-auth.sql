-- Sign-in lockout per user: consecutive failed password checks; a lock ends at locked_until.
CREATE TABLE kumiko_admin_auth_lockouts (
    user_id uuid PRIMARY KEY,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamp with time zone,
    last_failed_at timestamp with time zone NOT NULL DEFAULT now()
);

-- Fixed-window request counters shared by every process (e.g. verification mails per address).
CREATE TABLE kumiko_admin_rate_limits (
    bucket text PRIMARY KEY,
    window_seconds integer NOT NULL,
    window_started_at timestamp with time zone NOT NULL DEFAULT now(),
    hits integer NOT NULL DEFAULT 0
);

-- Single-use tokens: a row per token already redeemed (SHA-256 of the token, never the token).
CREATE TABLE kumiko_admin_token_burns (
    token_sha256 text PRIMARY KEY,
    purpose text NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    burned_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX kumiko_admin_token_burns_expires_idx ON kumiko_admin_token_burns (expires_at);
