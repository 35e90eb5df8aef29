-- The offer directory, after Open Referral HSDS 3.0 (organization, location, service,
-- service_at_location, schedule, taxonomy_term, language) with Wegweiser's own fields.
CREATE TABLE organization (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('public_institution', 'provider', 'helpline')),
    description TEXT NOT NULL DEFAULT '',
    website     TEXT,
    email       TEXT,
    phone       TEXT,
    is_example  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE location (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    street          TEXT,
    postcode        TEXT,
    city            TEXT,
    ortsteil        TEXT,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    confidential    BOOLEAN NOT NULL DEFAULT FALSE,
    wheelchair_access BOOLEAN NOT NULL DEFAULT FALSE,
    transit         TEXT,
    contact_note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX location_organization ON location(organization_id);

CREATE TABLE service (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    valid_from      DATE,
    valid_until     DATE,
    closed_reason   TEXT,
    last_verified   DATE,
    cost            TEXT NOT NULL CHECK (cost IN ('free', 'reduced', 'paid')),
    cost_note       TEXT NOT NULL DEFAULT '',
    childcare       BOOLEAN NOT NULL DEFAULT FALSE,
    access_mode     TEXT NOT NULL CHECK (access_mode IN ('appointment', 'walk_in', 'both')),
    email           TEXT,
    phone           TEXT,
    website         TEXT,
    eligibility     TEXT NOT NULL DEFAULT '',
    how_to_access   TEXT NOT NULL DEFAULT '',
    always_open     BOOLEAN NOT NULL DEFAULT FALSE,
    is_example      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX service_organization ON service(organization_id);
CREATE INDEX service_status ON service(status);

CREATE TABLE service_at_location (
    service_id  INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES location(id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, location_id)
);

CREATE TABLE taxonomy_term (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service_taxonomy (
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    term_id    INTEGER NOT NULL REFERENCES taxonomy_term(id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, term_id)
);

CREATE TABLE service_language (
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (service_id, code)
);

CREATE TABLE service_target_group (
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (service_id, code)
);

-- Weekly hours; weekday 1 = Monday … 7 = Sunday; times as 'HH:MM' Berlin local time.
CREATE TABLE schedule (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_at   TEXT NOT NULL,
    closes_at  TEXT NOT NULL
);
CREATE INDEX schedule_service ON schedule(service_id);

-- Dated exceptions: closed all day (opens_at NULL) or other hours.
CREATE TABLE schedule_exception (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    day        DATE NOT NULL,
    opens_at   TEXT,
    closes_at  TEXT,
    note       TEXT
);
CREATE INDEX schedule_exception_service ON schedule_exception(service_id);

-- Translations of content fields; German lives in the entity's own columns.
CREATE TABLE translation (
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field     TEXT NOT NULL,
    lang      TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, lang)
);
