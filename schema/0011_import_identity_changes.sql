-- Roster: imports that are never silent.
-- identity_changes: rows of the batch that changed a stored learner's name or university (a
--   different person under a known IIN, or a transfer), counted apart from the other updates.
-- import_change.after: the row as the batch left it (JSON, as `before`), so that `sana roster
--   history BATCH` names what each update changed; NULL for changes recorded before this migration.
ALTER TABLE import_batch ADD COLUMN identity_changes INTEGER NOT NULL DEFAULT 0 CHECK (identity_changes >= 0);
ALTER TABLE import_change ADD COLUMN after TEXT CHECK (after IS NULL OR json_valid(after));
