-- Images uploaded in the back office (the article's picture), kept in the store so every instance
-- serves them and no page loads anything from another host.
CREATE TABLE media (
    id           INTEGER PRIMARY KEY,
    content_type TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    bytes        BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

-- News articles and campaign pages. What the editor writes (`domain::news::ArticleDoc`: texts in
-- Markdown, image alt text, a campaign's grouped articles, events and offers) is one JSON document.
-- Public from `publish_at` on, when published; `version` guards against overwriting a newer save.
CREATE TABLE article (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('news', 'campaign')),
    status      TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    publish_at  TEXT NOT NULL,
    image_id    INTEGER REFERENCES media(id) ON DELETE SET NULL,
    doc         TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX article_public ON article(status, publish_at);

-- Newsletter subscriptions. Only the address, the language and the state: a pending address that
-- is not confirmed within 7 days is deleted, and unsubscribing deletes the row.
CREATE TABLE newsletter_subscriber (
    id                  INTEGER PRIMARY KEY,
    email               TEXT NOT NULL UNIQUE,
    lang                TEXT NOT NULL,
    confirmed_at        TEXT,
    confirm_digest      TEXT UNIQUE,
    -- Kept as is (not hashed): every digest mail must carry it, and it allows nothing but leaving.
    unsubscribe_token   TEXT NOT NULL UNIQUE,
    created_at          TEXT NOT NULL
);

-- Newsletter issues: composed in the back office from a suggested draft, sent once.
CREATE TABLE newsletter_issue (
    id          INTEGER PRIMARY KEY,
    doc         TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    sent_at     TEXT,
    recipients  INTEGER NOT NULL DEFAULT 0
);

-- One-click unsubscribe (RFC 8058): the mail worker adds List-Unsubscribe headers when set.
ALTER TABLE mail_queue ADD COLUMN list_unsubscribe TEXT;
