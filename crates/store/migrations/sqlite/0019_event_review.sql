-- A provider editor's change that puts an event on the calendar or changes what it says there
-- waits here for the coordinator (`domain::events::provider_change_needs_review`), as changes to
-- offers do; the calendar keeps the published version until then. One pending revision per event.
CREATE TABLE event_revision (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    account_id      INTEGER REFERENCES account(id) ON DELETE SET NULL,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    offer_id        INTEGER REFERENCES service(id) ON DELETE SET NULL,
    details         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'returned')),
    comment         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    decided_at      TEXT,
    decided_by      INTEGER REFERENCES account(id) ON DELETE SET NULL
);
CREATE INDEX event_revision_pending ON event_revision(status, event_id);
