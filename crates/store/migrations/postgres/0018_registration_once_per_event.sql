-- One registration per e-mail address and event (not per date): one address cannot take the places
-- and the waiting lists of every date of a series.
CREATE UNIQUE INDEX event_registration_once_per_event ON event_registration(event_id, email) WHERE status <> 'cancelled';
