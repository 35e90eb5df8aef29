-- A translation whose German text changed after it was written: kept for the editor to check,
-- while public pages show the German text.
ALTER TABLE translation ADD COLUMN outdated BOOLEAN NOT NULL DEFAULT FALSE;
