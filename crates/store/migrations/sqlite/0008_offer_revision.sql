-- Changes by provider editors to published offers wait here for the coordinator's review; the public
-- page keeps the approved version until then. One pending revision per offer.
CREATE TABLE offer_revision (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    offer_id   INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
    data       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'returned')),
    comment    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by INTEGER REFERENCES account(id) ON DELETE SET NULL
);
CREATE INDEX offer_revision_pending ON offer_revision(status, offer_id);
