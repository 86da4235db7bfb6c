-- Transactional outbox: mails are queued in the transaction that decided to send them and
-- delivered afterwards by a worker. mime_message holds a live token, so it is cleared once sent.
CREATE TABLE kumiko_admin_mail_outbox (
    id bigserial PRIMARY KEY,
    status text NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    kind text NOT NULL,
    user_id uuid,
    requested_by text NOT NULL,
    locale text NOT NULL,
    sender text NOT NULL,
    recipient text NOT NULL,
    subject text NOT NULL,
    mime_message text,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamp with time zone NOT NULL DEFAULT now(),
    claimed_at timestamp with time zone,
    claimed_by text,
    last_error text,
    sent_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX kumiko_admin_mail_outbox_due_idx ON kumiko_admin_mail_outbox (next_attempt_at, id)
    WHERE status IN ('queued', 'sending');
CREATE INDEX kumiko_admin_mail_outbox_user_idx ON kumiko_admin_mail_outbox (user_id, created_at);
