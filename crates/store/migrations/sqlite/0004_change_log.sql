-- Every write to public content appends here; each app instance follows this log to keep its search
-- index current, so a change made through one instance is findable through all of them.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  BIGINT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX change_log_changed_at ON change_log(changed_at);
