-- The needs radar and the reports (issue 19). Nothing here holds an IP address, a session, an
-- account, a user agent or a time of day: reports and counts carry only the day.
CREATE TABLE council_paper (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    url       TEXT NOT NULL,
    day       DATE,
    oparl_id  TEXT NOT NULL
);

-- A need: reports the coordinator grouped under one title, or a gap of the radar; answered
-- publicly ("you asked, we did") and traced to the AG's decision and the BVV's paper.
CREATE TABLE need (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    answer      TEXT NOT NULL,
    answered_on DATE,
    decision_id INTEGER REFERENCES ag_decision(id) ON DELETE SET NULL,
    paper_id    INTEGER REFERENCES council_paper(id) ON DELETE SET NULL,
    created_on  DATE NOT NULL
);

CREATE TABLE need_report (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    day      DATE NOT NULL,
    category TEXT NOT NULL,
    ortsteil TEXT NOT NULL,
    ages     TEXT NOT NULL,
    text     TEXT NOT NULL,
    need_id  INTEGER REFERENCES need(id) ON DELETE SET NULL
);
CREATE INDEX need_report_day ON need_report(day);
CREATE INDEX need_report_need ON need_report(need_id);

-- Use counted per day, kind, category and Ortsteil ('' when none): counts only.
CREATE TABLE usage_count (
    day      DATE NOT NULL,
    kind     TEXT NOT NULL,
    category TEXT NOT NULL,
    ortsteil TEXT NOT NULL,
    count    BIGINT NOT NULL,
    PRIMARY KEY (day, kind, category, ortsteil)
);

-- Households of single parents per Ortsteil, where the district publishes the figure.
CREATE TABLE ortsteil_households (
    ortsteil   TEXT PRIMARY KEY,
    households BIGINT NOT NULL,
    year       INTEGER NOT NULL,
    source     TEXT NOT NULL
);
