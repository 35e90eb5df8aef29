-- Service chains (Dienstleistungsketten). Each chain's content is one JSON document
-- (`domain::chains::Chain`): the coordinator's working draft beside the version the public sees.
-- `version` counts saves, so two people editing at once cannot overwrite each other unnoticed.
CREATE TABLE chain (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    position     INTEGER NOT NULL DEFAULT 0,
    draft        TEXT NOT NULL,
    published    TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    published_at TEXT
);
