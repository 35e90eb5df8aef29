-- A parent's contact request to an employer (issue 17), about a job or in general, with only
-- what the parent chose to share; answers go back and forth through the platform
-- (`job_contact_message`). A CV (PDF, checked by content) is stored privately in the store and
-- deleted by housekeeping after its retention time.
CREATE TABLE job_contact (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    employer_id  INTEGER NOT NULL REFERENCES employer(id) ON DELETE CASCADE,
    job_id       INTEGER REFERENCES job(id) ON DELETE SET NULL,
    job_title    TEXT NOT NULL,
    parent_id    INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    shared_name  TEXT NOT NULL,
    shared_email TEXT NOT NULL,
    shared_phone TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX job_contact_employer ON job_contact(employer_id, created_at);
CREATE INDEX job_contact_parent ON job_contact(parent_id, created_at);

CREATE TABLE job_contact_message (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id    INTEGER NOT NULL REFERENCES job_contact(id) ON DELETE CASCADE,
    from_employer BOOLEAN NOT NULL,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX job_contact_message_contact ON job_contact_message(contact_id, id);

CREATE TABLE job_cv (
    contact_id  INTEGER PRIMARY KEY REFERENCES job_contact(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
