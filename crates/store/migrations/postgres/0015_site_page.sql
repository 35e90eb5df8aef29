-- The office's own pages (Impressum, privacy, accessibility, about): `domain::site::PageDoc` as
-- JSON, one row per page; `version` guards against overwriting a newer save.
CREATE TABLE site_page (
    slug       TEXT PRIMARY KEY,
    doc        TEXT NOT NULL,
    version    BIGINT NOT NULL DEFAULT 1,
    updated_at TIMESTAMPTZ NOT NULL
);
