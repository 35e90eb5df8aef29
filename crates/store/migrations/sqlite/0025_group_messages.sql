-- Messages within a peer group (issue 16): members write to each other on the group's page.
-- Plain text; hidden by the coordinator after a report (kept, shown to nobody, until the
-- retention time). Each member chooses the name the group sees; `notified_at` is set when a mail
-- told them of new messages and cleared when they read the group, so one mail covers a burst.
ALTER TABLE peer_group_member ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE peer_group_member ADD COLUMN notified_at TEXT;

CREATE TABLE peer_group_message (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id    INTEGER NOT NULL REFERENCES peer_group(id) ON DELETE CASCADE,
    from_id     INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    hidden_at   TEXT
);
CREATE INDEX peer_group_message_group ON peer_group_message(group_id, id);
CREATE INDEX peer_group_message_from ON peer_group_message(from_id, created_at);

-- A report may concern a group message or a whole group.
ALTER TABLE peer_report ADD COLUMN group_message_id INTEGER REFERENCES peer_group_message(id) ON DELETE CASCADE;
ALTER TABLE peer_report ADD COLUMN group_id INTEGER REFERENCES peer_group(id) ON DELETE CASCADE;

-- The parent who runs a group is its first member.
INSERT INTO peer_group_member (group_id, account_id, state, created_at)
SELECT id, organiser_id, 'member', created_at FROM peer_group WHERE organiser_id IS NOT NULL
ON CONFLICT (group_id, account_id) DO NOTHING;
