-- Searches that found nothing, counted per anonymised query and day: no IP, no session, no time of
-- day. The needs radar reads these to find offers the district is missing.
CREATE TABLE search_miss (
    query TEXT NOT NULL,
    day   DATE NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (query, day)
);
