-- Households and the caseload (issue 3): people, household files and their membership history,
-- requests, the household timeline, file-number blocks, documents and their encrypted
-- attachments, home visits. Dates a person types are Jalali in the UI and stored here as ISO
-- Gregorian dates (yyyy-MM-dd); moments are UTC ISO text.

CREATE TABLE store_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

-- File numbers are drawn offline from blocks reserved in advance (by the central window, or
-- locally at setup with the center code as prefix), never reused.
CREATE TABLE file_number_blocks (
    id INTEGER PRIMARY KEY,
    prefix TEXT NOT NULL,
    first_number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    next_number INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('local', 'central')),
    reserved_utc TEXT NOT NULL,
    CHECK (first_number <= next_number AND next_number <= last_number + 1),
    UNIQUE (prefix, first_number)
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    national_code TEXT UNIQUE,            -- 10 ASCII digits; NULL when not known yet
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    father_name TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),
    birth_date TEXT,
    marital_status TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    disability_type TEXT NOT NULL DEFAULT '',
    disability_severity TEXT NOT NULL DEFAULT '',
    chronic_illness TEXT NOT NULL DEFAULT '',
    insurance TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    landline TEXT NOT NULL DEFAULT '',
    died_on TEXT,
    name_key TEXT NOT NULL,               -- folded first + last name, for search and duplicates
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX people_name_birth ON people(name_key, birth_date);

CREATE TABLE households (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    file_number TEXT NOT NULL UNIQUE,
    head_person_id INTEGER REFERENCES people(id),
    status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'suspended', 'closed', 'transferred')),
    status_reason TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT '',
    worker_id INTEGER REFERENCES workers(id),
    province TEXT NOT NULL DEFAULT '',
    county TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    neighbourhood TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    housing TEXT NOT NULL DEFAULT '' CHECK (housing IN ('', 'owner', 'tenant', 'other')),
    monthly_rent INTEGER,
    income_sources TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES households(id),
    search_text TEXT NOT NULL DEFAULT '', -- folded names, codes, mobiles, file number
    opened_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX households_worker ON households(worker_id, status);
CREATE INDEX households_status ON households(status);

-- Who belongs to which household, with history: nothing is deleted, a member who leaves gets
-- left_on and a reason, and a move is a left row plus a new one.
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    relation TEXT NOT NULL,
    joined_on TEXT NOT NULL,
    left_on TEXT,
    left_reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX memberships_one_current ON memberships(person_id) WHERE left_on IS NULL;
CREATE INDEX memberships_household ON memberships(household_id);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL
        CHECK (channel IN ('walk-in', 'phone', 'outreach', 'county-office', 'central-window')),
    kind TEXT NOT NULL CHECK (kind IN ('inquiry', 'new-file', 'service')),
    household_id INTEGER REFERENCES households(id),
    person_id INTEGER REFERENCES people(id),
    asked TEXT NOT NULL DEFAULT '',
    answered TEXT NOT NULL DEFAULT '',
    received_utc TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES workers(id)
);

CREATE TABLE timeline_events (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    at_utc TEXT NOT NULL,
    worker_id INTEGER REFERENCES workers(id),
    kind TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX timeline_household ON timeline_events(household_id, at_utc);

CREATE TABLE attachments (
    address TEXT PRIMARY KEY,
    file_key BLOB NOT NULL,
    algorithm TEXT NOT NULL,
    plain_size INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    created_utc TEXT NOT NULL
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL REFERENCES households(id),
    person_id INTEGER REFERENCES people(id),
    type_code TEXT NOT NULL,
    attachment_address TEXT REFERENCES attachments(address),
    original_name TEXT NOT NULL DEFAULT '',
    added_by INTEGER NOT NULL REFERENCES workers(id),
    added_utc TEXT NOT NULL,
    checked_by INTEGER REFERENCES workers(id),
    checked_utc TEXT,
    verified_by INTEGER REFERENCES workers(id),
    verified_utc TEXT
);
CREATE INDEX documents_household ON documents(household_id);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL REFERENCES households(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    planned_date TEXT NOT NULL,
    planned_time TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    reschedule_reason TEXT NOT NULL DEFAULT '',
    rescheduled_from INTEGER REFERENCES visits(id),
    done_utc TEXT,
    note TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX visits_worker_date ON visits(worker_id, status, planned_date);
CREATE INDEX visits_household ON visits(household_id);
