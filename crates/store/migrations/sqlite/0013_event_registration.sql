-- Registration for events with a limited number of places. `event_places` counts the places taken
-- per occurrence: a registration takes one with a single conditional UPDATE, so concurrent clicks
-- can never give out more places than there are. The rest wait in order of registration.
CREATE TABLE event_places (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    day      DATE NOT NULL,
    capacity INTEGER NOT NULL,
    taken    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, day)
);

-- Only what is needed to hold a place and tell the person: a name and an e-mail address. Deleted
-- 30 days after the date. The private link is stored only as its SHA-256.
CREATE TABLE event_registration (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id     INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    day          DATE NOT NULL,
    name         TEXT NOT NULL,
    email        TEXT NOT NULL,
    token_digest TEXT NOT NULL UNIQUE,
    status       TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX event_registration_once ON event_registration(event_id, day, email) WHERE status <> 'cancelled';
CREATE INDEX event_registration_queue ON event_registration(event_id, day, status, id);
