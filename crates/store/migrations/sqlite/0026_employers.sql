-- Employers and jobs (issue 17). A company registers with its family-friendliness profile (the
-- answers per criterion as a JSON object: criterion → {answer, note}) and is public once the
-- coordinator approved it. Several people of one company share it (`account_employer`).
CREATE TABLE employer (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    sector      TEXT NOT NULL,
    size        TEXT NOT NULL CHECK (size IN ('micro', 'small', 'medium', 'large')),
    ortsteil    TEXT NOT NULL,
    address     TEXT NOT NULL,
    description TEXT NOT NULL,
    website     TEXT NOT NULL,
    answers     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'published', 'rejected')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  INTEGER REFERENCES account(id) ON DELETE SET NULL
);
CREATE INDEX employer_status ON employer(status, name);

CREATE TABLE account_employer (
    account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    employer_id INTEGER NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, employer_id)
);
CREATE INDEX account_employer_employer ON account_employer(employer_id);

-- A job or training place; shown until `expires_on` (inclusive). Its working hours are one
-- window per weekday (`job_window`: 0 = Monday), so "Monday to Friday between 8:30 and 14:30" is
-- one query.
CREATE TABLE job (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    employer_id  INTEGER NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('job', 'training', 'part_time_training')),
    weekly_hours INTEGER NOT NULL,
    ortsteil     TEXT NOT NULL,
    start_date   TEXT,
    expires_on   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX job_employer ON job(employer_id);
CREATE INDEX job_expires ON job(expires_on);

CREATE TABLE job_window (
    job_id    INTEGER NOT NULL REFERENCES job(id) ON DELETE CASCADE,
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_min INTEGER NOT NULL,
    end_min   INTEGER NOT NULL CHECK (end_min > start_min),
    PRIMARY KEY (job_id, weekday)
);

-- The criteria the coordinator chose for the family-friendly pledge.
CREATE TABLE employer_pledge (
    criterion TEXT PRIMARY KEY
);
