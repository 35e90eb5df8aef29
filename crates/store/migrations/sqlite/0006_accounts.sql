-- Accounts, sessions, the login throttle and the audit log (issue 4).
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('coordinator', 'provider_editor', 'employer', 'ag_member', 'parent')),
    -- NULL until the invited person sets a password.
    password_hash TEXT,
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TEXT NOT NULL
);

-- Provider editors belong to one or more organisations.
CREATE TABLE account_organization (
    account_id      INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, organization_id)
);

-- Sessions live in the store so that every instance knows them. Only the SHA-256 of the cookie's
-- token is kept.
CREATE TABLE session (
    token_digest TEXT PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX session_account ON session(account_id);

-- Failed logins per account ("account:<e-mail>") and per client address ("ip:<address>"), whether
-- or not the account exists.
CREATE TABLE login_throttle (
    key          TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    last_failure TEXT NOT NULL
);

-- Who did what, when: logins and every change in the back office. Read by the coordinator only.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
    action     TEXT NOT NULL,
    entity     TEXT,
    entity_id  BIGINT,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
