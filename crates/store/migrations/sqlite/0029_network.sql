-- The network of offices (issue 18): internal contact persons of the directory's institutions,
-- for the coordinator and the AG only; and referral slips (Laufzettel) a parent takes to the
-- offices: what was typed, reached by an unguessable link until it expires.
CREATE TABLE org_contact (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    function        TEXT NOT NULL,
    phone           TEXT NOT NULL,
    email           TEXT NOT NULL,
    created_by      INTEGER REFERENCES account(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX org_contact_org ON org_contact(organization_id);

CREATE TABLE referral_slip (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    token_digest TEXT NOT NULL UNIQUE,
    content      TEXT NOT NULL,
    created_by   INTEGER REFERENCES account(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX referral_slip_expires ON referral_slip(expires_at);
