-- The AG Alleinerziehende (issue 18): its members (accounts with the role `ag_member`, invited by
-- the coordinator) with organisation and function, a deputy from the same organisation; meetings
-- with invitations (`ag_rsvp`: one personal answer link per member and meeting), agenda items
-- (proposed by members until the meeting's deadline), minutes per item, decisions with votes,
-- action items with an owner and a due day, and documents stored privately.
CREATE TABLE ag_member (
    account_id   INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    function     TEXT NOT NULL,
    deputy_of    INTEGER REFERENCES account(id) ON DELETE SET NULL,
    joined_at    TEXT NOT NULL
);

-- `starts_at` is Berlin wall-clock time. `sequence` counts the changes members were told of
-- (iCalendar SEQUENCE); `invited_at` is when invitations first went out.
CREATE TABLE ag_meeting (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    title                TEXT NOT NULL,
    starts_at            TEXT NOT NULL,
    duration_minutes     INTEGER NOT NULL,
    place                TEXT NOT NULL,
    video_url            TEXT NOT NULL,
    proposals_until      TEXT,
    sequence             INTEGER NOT NULL DEFAULT 0,
    invited_at           TEXT,
    reminded_at          TEXT,
    cancelled_at         TEXT,
    minutes_published_at TEXT,
    summary              TEXT NOT NULL DEFAULT '',
    summary_published_at TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX ag_meeting_starts ON ag_meeting(starts_at);

CREATE TABLE ag_item (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id       INTEGER NOT NULL REFERENCES ag_meeting(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    presenter        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('accepted', 'proposed', 'declined')),
    proposed_by      INTEGER REFERENCES account(id) ON DELETE SET NULL,
    minutes          TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
);
CREATE INDEX ag_item_meeting ON ag_item(meeting_id, position);

CREATE TABLE ag_rsvp (
    meeting_id   INTEGER NOT NULL REFERENCES ag_meeting(id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    token_digest TEXT NOT NULL UNIQUE,
    answer       TEXT CHECK (answer IN ('yes', 'no', 'maybe')),
    deputy       TEXT NOT NULL DEFAULT '',
    answered_at  TEXT,
    attended     BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (meeting_id, account_id)
);

CREATE TABLE ag_decision (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id       INTEGER NOT NULL REFERENCES ag_item(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    votes_yes     INTEGER,
    votes_no      INTEGER,
    votes_abstain INTEGER,
    created_at    TEXT NOT NULL
);
CREATE INDEX ag_decision_item ON ag_decision(item_id);

CREATE TABLE ag_action (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id     INTEGER NOT NULL REFERENCES ag_item(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    owner_id    INTEGER REFERENCES account(id) ON DELETE SET NULL,
    due_on      TEXT NOT NULL,
    done_at     TEXT,
    reminded_at TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX ag_action_open ON ag_action(done_at, due_on);

CREATE TABLE ag_document (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id     INTEGER NOT NULL REFERENCES ag_item(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    content     BLOB NOT NULL,
    uploaded_by INTEGER REFERENCES account(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX ag_document_item ON ag_document(item_id);

-- A mail may carry one calendar object (an invitation, its update or its cancellation).
ALTER TABLE mail_queue ADD COLUMN calendar TEXT;
