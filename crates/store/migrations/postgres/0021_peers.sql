-- Tandem profiles (issue 16): only what matching needs. Lists are comma-separated keys of the closed
-- lists in `domain::peers`. `consent_at` is NULL when the parent withdrew consent: the profile is
-- then suggested to nobody. `handle` is the random name other parents' pages use for it, so no
-- account id is ever shown or guessable.
CREATE TABLE peer_profile (
    account_id   BIGINT PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    handle       TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    ortsteil     TEXT NOT NULL,
    child_ages   TEXT NOT NULL,
    languages    TEXT NOT NULL,
    interests    TEXT NOT NULL,
    looking_for  TEXT NOT NULL,
    free_times   TEXT NOT NULL,
    identity     TEXT NOT NULL CHECK (identity IN ('mother', 'father', 'other')),
    wants        TEXT NOT NULL CHECK (wants IN ('anyone', 'mothers', 'fathers')),
    consent_at   TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX peer_profile_consent ON peer_profile(consent_at);

-- A parent who blocked another: neither is suggested to the other any more.
CREATE TABLE peer_block (
    blocker_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX peer_block_blocked ON peer_block(blocked_id);
