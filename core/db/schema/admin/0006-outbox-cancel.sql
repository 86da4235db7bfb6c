-- An operator may cancel a queued mail: the row stays (status 'cancelled', who and when), the body
-- with its live token goes.
ALTER TABLE kumiko_admin_mail_outbox DROP CONSTRAINT kumiko_admin_mail_outbox_status_check;
ALTER TABLE kumiko_admin_mail_outbox ADD CONSTRAINT kumiko_admin_mail_outbox_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled'));
ALTER TABLE kumiko_admin_mail_outbox ADD COLUMN cancelled_by text;
ALTER TABLE kumiko_admin_mail_outbox ADD COLUMN cancelled_at timestamp with time zone;

-- The console's status line counts the mails that gave up.
CREATE INDEX kumiko_admin_mail_outbox_failed_idx ON kumiko_admin_mail_outbox (id) WHERE status = 'failed';
