-- "Report a mistake on this entry": what a visitor wrote, nothing about who they are.
CREATE TABLE offer_report (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    offer_id   INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    message    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_at  TEXT,
    closed_by  INTEGER REFERENCES account(id) ON DELETE SET NULL
);
CREATE INDEX offer_report_open ON offer_report(closed_at, offer_id);
