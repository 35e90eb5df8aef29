-- Contact requests, conversations and reports of the tandem (issue 16). A request that the other
-- parent accepted is the conversation: only those two may read and write its messages.
CREATE TABLE peer_request (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    from_id     INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    to_id       INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    state       TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'declined')),
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    UNIQUE (from_id, to_id)
);
CREATE INDEX peer_request_to ON peer_request(to_id, state);

-- Plain text only; hidden by the coordinator after a report (kept for the record until the
-- retention time, shown to nobody).
CREATE TABLE peer_message (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  INTEGER NOT NULL REFERENCES peer_request(id) ON DELETE CASCADE,
    from_id     INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    hidden_at   TEXT
);
CREATE INDEX peer_message_request ON peer_message(request_id, id);
CREATE INDEX peer_message_from ON peer_message(from_id, created_at);

-- A parent's report of a message or a profile, for the coordinator's moderation queue.
CREATE TABLE peer_report (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    reporter_id  INTEGER REFERENCES account(id) ON DELETE SET NULL,
    reported_id  INTEGER REFERENCES account(id) ON DELETE CASCADE,
    message_id   INTEGER REFERENCES peer_message(id) ON DELETE CASCADE,
    reason       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    closed_at    TEXT,
    closed_by    INTEGER REFERENCES account(id) ON DELETE SET NULL,
    outcome      TEXT
);
CREATE INDEX peer_report_open ON peer_report(closed_at);
