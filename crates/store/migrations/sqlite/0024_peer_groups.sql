-- Peer groups and Treffs (issue 16): self-help groups, café meetups, walking groups, online groups,
-- groups for fathers. Run by an organisation or by a parent (who proposed it); public once the
-- coordinator approved it. Its rhythm may be a recurring event of the calendar. Lists are
-- comma-separated keys of the closed lists in `domain::peers`.
CREATE TABLE peer_group (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT NOT NULL,
    description      TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('self_help', 'cafe', 'walking', 'online', 'fathers', 'other')),
    organization_id  INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    organiser_id     INTEGER REFERENCES account(id) ON DELETE SET NULL,
    ortsteil         TEXT,
    rhythm           TEXT NOT NULL,
    event_id         INTEGER REFERENCES event(id) ON DELETE SET NULL,
    child_ages       TEXT NOT NULL,
    languages        TEXT NOT NULL,
    children_welcome BOOLEAN NOT NULL,
    wheelchair       BOOLEAN NOT NULL,
    join_mode        TEXT NOT NULL CHECK (join_mode IN ('open', 'request')),
    status           TEXT NOT NULL CHECK (status IN ('proposed', 'published', 'rejected')),
    created_at       TEXT NOT NULL,
    decided_at       TEXT,
    decided_by       INTEGER REFERENCES account(id) ON DELETE SET NULL
);
CREATE INDEX peer_group_status ON peer_group(status, ortsteil);

-- Who asked to join a group that takes members on request, and who was accepted.
CREATE TABLE peer_group_member (
    group_id   INTEGER NOT NULL REFERENCES peer_group(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    state      TEXT NOT NULL CHECK (state IN ('requested', 'member')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX peer_group_member_account ON peer_group_member(account_id);
