-- kumiko_admin_seed_runs: an operator may accept a modified migration's new checksum with a reason
-- (outcome 'accepted', like Flyway's repair); the marker stays, the steps do not run again.
ALTER TABLE kumiko_admin_seed_runs DROP CONSTRAINT kumiko_admin_seed_runs_outcome_check;
ALTER TABLE kumiko_admin_seed_runs ADD CONSTRAINT kumiko_admin_seed_runs_outcome_check
    CHECK (outcome IN ('applied', 'failed', 'skipped', 'marked', 'already-applied', 'accepted'));
