-- Parents may create their own account (issue 16). Its address counts as confirmed only after the
-- mailed link was used; until then the account cannot ask for contact or write in the tandem, and
-- the housekeeping job deletes it after a week. Accounts made by the operator or by invitation
-- (whose password is set through a mailed link) count as confirmed when they are made.
ALTER TABLE account ADD COLUMN email_confirmed_at TIMESTAMPTZ;
UPDATE account SET email_confirmed_at = created_at;

-- The confirmation links of self-made accounts, stored as the SHA-256 of the token.
CREATE TABLE account_confirmation (
    token_digest TEXT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX account_confirmation_account ON account_confirmation(account_id);
