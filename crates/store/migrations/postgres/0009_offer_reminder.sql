-- The last reminder sent for an offer overdue for confirmation, with its one-click link (as SHA-256).
CREATE TABLE offer_reminder (
    offer_id     BIGINT PRIMARY KEY REFERENCES service(id) ON DELETE CASCADE,
    token_digest TEXT NOT NULL UNIQUE,
    reminded_on  DATE NOT NULL
);
