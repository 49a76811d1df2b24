-- Foundation: the center, its workers, settings, the audit log and the record of how the store
-- was opened. SQLite 3.15 (SQLCipher 3.4): no UPSERT, no window functions, no JSON1.

CREATE TABLE store_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    recorded_utc TEXT NOT NULL
);

CREATE TABLE center (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    province TEXT NOT NULL,
    county TEXT NOT NULL,
    licensed_capacity INTEGER NOT NULL CHECK (licensed_capacity > 0),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

CREATE TABLE workers (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'social-worker', 'specialist', 'reception')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    nda_accepted_utc TEXT,
    nda_version TEXT,
    caseload_limit INTEGER NOT NULL DEFAULT 150 CHECK (caseload_limit > 0),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    disabled_utc TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    updated_by INTEGER REFERENCES workers(id)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    actor_id INTEGER,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_subject ON audit_log(subject_type, subject_id);

-- Append-only: the application never updates or deletes audit entries, and neither may anyone
-- with a SQL prompt without first dropping these (which the hash chain then exposes).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
