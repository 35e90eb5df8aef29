-- The language a person's mails are written in: an account's is the one it last signed in (or
-- signed up) with, a registration's the one it was made in. Notices written by the server for
-- someone else's action (a contact request, a place from the waiting list) use it.
ALTER TABLE account ADD COLUMN lang TEXT NOT NULL DEFAULT 'de';
ALTER TABLE event_registration ADD COLUMN lang TEXT NOT NULL DEFAULT 'de';
