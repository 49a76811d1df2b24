-- Notes on a household file (the worker's running notes, kept with their history), and who
-- asked a walk-in question (activity 2 logs who, what was asked and what was answered).

ALTER TABLE requests ADD COLUMN asked_by TEXT NOT NULL DEFAULT '';

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL REFERENCES households(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    written_utc TEXT NOT NULL,
    body TEXT NOT NULL,
    -- A correction is a new note that supersedes the old one; nothing is edited in place.
    supersedes INTEGER REFERENCES notes(id)
);
CREATE INDEX notes_household ON notes(household_id, written_utc);
