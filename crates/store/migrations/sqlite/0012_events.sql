-- Events of the district's providers. What the editor writes (`domain::events::EventDetails`:
-- title, place, start, recurrence, exceptions, cancellations, audience) is one JSON document;
-- `sequence` counts changes so subscribed calendars replace their copy.
CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    offer_id        INTEGER REFERENCES service(id) ON DELETE SET NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    details         TEXT NOT NULL,
    sequence        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX event_status ON event(status);
