-- Until when a throttle key refuses attempts: set in the same statement that counts an attempt, so
-- a burst of parallel attempts cannot all pass the check before any is counted.
ALTER TABLE login_throttle ADD COLUMN locked_until TEXT;
