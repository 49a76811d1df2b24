-- Activity forms (issue 4): the installed ODK XForms versions, the drafts a worker is filling,
-- and the submitted instances. A form version is kept byte for byte as installed (its SHA-256
-- beside it); a submission is never edited or removed: a correction is a new submission that
-- supersedes the old one, and both stay.

CREATE TABLE form_versions (
    id INTEGER PRIMARY KEY,
    form_id TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    activity_code TEXT NOT NULL DEFAULT '',
    source_xml BLOB NOT NULL,
    sha256 TEXT NOT NULL,                 -- lower-case hex of source_xml
    origin TEXT NOT NULL CHECK (origin IN ('library', 'import', 'central')),
    installed_utc TEXT NOT NULL,
    installed_by INTEGER REFERENCES workers(id),
    retired_utc TEXT,                     -- no new drafts on a retired version
    UNIQUE (form_id, version)
);
CREATE INDEX form_versions_sha256 ON form_versions(sha256);

-- What identifies a version and what it says never changes once installed.
CREATE TRIGGER form_versions_fixed BEFORE UPDATE OF form_id, version, source_xml, sha256
    ON form_versions
BEGIN
    SELECT RAISE(ABORT, 'an installed form version cannot be changed');
END;

CREATE TABLE form_submissions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,            -- the instanceID without "uuid:"
    form_version_id INTEGER NOT NULL REFERENCES form_versions(id),
    household_id INTEGER REFERENCES households(id),
    person_id INTEGER REFERENCES people(id),
    visit_id INTEGER REFERENCES visits(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    device_id TEXT NOT NULL,
    started_utc TEXT NOT NULL,
    ended_utc TEXT NOT NULL,
    submitted_utc TEXT NOT NULL,
    instance_xml BLOB NOT NULL,
    -- A correction supersedes exactly one earlier submission, and each is superseded at most once.
    supersedes INTEGER UNIQUE REFERENCES form_submissions(id)
);
CREATE INDEX form_submissions_household ON form_submissions(household_id, submitted_utc);
CREATE INDEX form_submissions_person ON form_submissions(person_id, submitted_utc);

-- Immutable: the application never updates or deletes a submission, and neither may anyone with
-- a SQL prompt without first dropping these.
CREATE TRIGGER form_submissions_no_update BEFORE UPDATE ON form_submissions
BEGIN
    SELECT RAISE(ABORT, 'form submissions are immutable');
END;
CREATE TRIGGER form_submissions_no_delete BEFORE DELETE ON form_submissions
BEGIN
    SELECT RAISE(ABORT, 'form submissions are immutable');
END;

-- AUTOINCREMENT: a draft id is never reused, so a screen still holding a submitted or discarded
-- draft can never save into a newer one.
CREATE TABLE form_drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    form_version_id INTEGER NOT NULL REFERENCES form_versions(id),
    household_id INTEGER REFERENCES households(id),
    person_id INTEGER REFERENCES people(id),
    visit_id INTEGER REFERENCES visits(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    started_utc TEXT NOT NULL,
    saved_utc TEXT NOT NULL,
    instance_xml BLOB NOT NULL,           -- the working instance, non-relevant answers kept
    corrects_submission INTEGER REFERENCES form_submissions(id)
);
CREATE INDEX form_drafts_worker ON form_drafts(worker_id, saved_utc);
CREATE INDEX form_drafts_household ON form_drafts(household_id);
CREATE INDEX form_drafts_correcting ON form_drafts(corrects_submission);
