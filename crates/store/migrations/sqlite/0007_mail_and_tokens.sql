-- Outgoing mail is queued here in the same transaction as what caused it, and sent by a worker
-- with retries, so a crash loses none.
CREATE TABLE mail_queue (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    to_addr         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT,
    last_error      TEXT
);
CREATE INDEX mail_queue_due ON mail_queue(sent_at, next_attempt_at);

-- One-time links (invitation, password reset), stored as the SHA-256 of the token.
CREATE TABLE account_token (
    token_digest TEXT PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX account_token_account ON account_token(account_id);
