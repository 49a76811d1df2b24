-- Sync with the central window (issue 6, DESIGN.md §3, sync/protocol/README.md).
-- Change capture: triggers on every synced table mark changed records in sync_dirty in the same
-- transaction as the change (unless sync_guard.applying is set: pulled rows are not changes).

-- Key/value link state: server url, device id, center, cursor, last success (SyncStateStore).
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row; 1 while pulled records are being written (set and cleared inside that transaction).
CREATE TABLE sync_guard (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
INSERT INTO sync_guard (id, applying) VALUES (1, 0);

-- The last server copy of each synced record: its version and fields (JSON), the base that
-- local edits are diffed against.
CREATE TABLE sync_records (
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    base TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (entity, uuid)
);

-- Records changed locally and not sealed into an operation yet.
CREATE TABLE sync_dirty (
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    changed_utc TEXT NOT NULL,
    PRIMARY KEY (entity, uuid)
);

-- Sealed operations waiting for the server's answer (or quarantined after a rejection).
-- `snapshot` is the whole record as sealed: after the answer, fields still equal to it take the
-- server's merged value, fields edited since stay (mergeFields).
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('upsert', 'delete', 'resolve')),
    base_version INTEGER NOT NULL,
    fields TEXT NOT NULL,
    snapshot TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'quarantined')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX sync_outbox_record ON sync_outbox(entity, uuid);
CREATE INDEX sync_outbox_state ON sync_outbox(state, seq);

-- Pulled records whose references have not arrived yet (applied when they do).
CREATE TABLE sync_parked (
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    -- 'reference': a referred record is missing; 'constraint': the row clashes with a local one
    -- (a unique value); 'delete': local rows still refer to a record the server deleted.
    reason TEXT NOT NULL DEFAULT 'reference',
    -- The missing record of a 'reference' park: retried only once it has arrived.
    waits_table TEXT NOT NULL DEFAULT '',
    waits_uuid TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity, uuid)
);

-- Records whose local change was thrown away: the next cycle fetches the server's copy.
CREATE TABLE sync_refetch (
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    PRIMARY KEY (entity, uuid)
);

-- Conflicts the server opened (entity sync_conflict), for the conflict inbox.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL,
    mine TEXT NOT NULL DEFAULT 'null',      -- JSON value
    theirs TEXT NOT NULL DEFAULT 'null',    -- JSON value
    status TEXT NOT NULL DEFAULT 'open',
    resolution TEXT NOT NULL DEFAULT '',
    resolved_by_device TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    acknowledged INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(status, kind);

-- National-code inquiries queued offline, answered by the central (entity inquiry).
CREATE TABLE sync_inquiries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'national-code',
    national_code TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id),
    status TEXT NOT NULL DEFAULT 'queued',
    result TEXT NOT NULL DEFAULT '{}',
    asked_by INTEGER REFERENCES workers(id),
    asked_utc TEXT NOT NULL,
    answered_utc TEXT
);

-- SMS notifications requested by events (entity sms_request), sent by the central's gateway.
CREATE TABLE sync_sms_requests (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    template TEXT NOT NULL,
    mobile TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    household_id INTEGER REFERENCES households(id),
    requested_utc TEXT NOT NULL
);

-- Attachment bytes and their plain SHA-256 (the wire name of a document's file): local content
-- addresses are keyed per store and mean nothing to the central or another device.
CREATE TABLE sync_attachments (
    address TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL,
    uploaded INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1))
);
CREATE INDEX sync_attachments_sha ON sync_attachments(sha256);

-- Documents pulled before their bytes: attachment_address stays NULL until the bytes with this
-- SHA-256 are downloaded and stored (then the address is set on the document).
CREATE TABLE sync_downloads (
    sha256 TEXT NOT NULL,
    document_uuid TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    mime_type TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sha256, document_uuid)
);

-- ---------------------------------------------------------------------------------------------
-- Every synced record has a uuid (its id on the wire). Tables made before sync had none: the
-- column is added (ALTER TABLE cannot add it UNIQUE, hence the indexes), existing rows get a
-- random version-4 uuid, and rows inserted by code that does not set one get theirs from a
-- trigger (ALTER TABLE ADD COLUMN refuses an expression DEFAULT).

-- The uuid backfill and the uuid triggers update referral_events rows: the append-only check
-- lets exactly that through (uuid NULL -> set, every other column unchanged). A column added to
-- referral_events later must be listed here too.
DROP TRIGGER referral_events_append_only;
CREATE TRIGGER referral_events_append_only BEFORE UPDATE ON referral_events
WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id
          AND NEW.referral_id IS OLD.referral_id AND NEW.at_utc IS OLD.at_utc
          AND NEW.worker_id IS OLD.worker_id AND NEW.from_state IS OLD.from_state
          AND NEW.to_state IS OLD.to_state AND NEW.priority IS OLD.priority
          AND NEW.reason IS OLD.reason)
BEGIN
    SELECT RAISE(ABORT, 'referral history cannot be changed');
END;

ALTER TABLE memberships ADD COLUMN uuid TEXT;
UPDATE memberships SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX memberships_uuid ON memberships(uuid);
CREATE TRIGGER memberships_uuid AFTER INSERT ON memberships WHEN NEW.uuid IS NULL
BEGIN
    UPDATE memberships SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE timeline_events ADD COLUMN uuid TEXT;
UPDATE timeline_events SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX timeline_events_uuid ON timeline_events(uuid);
CREATE TRIGGER timeline_events_uuid AFTER INSERT ON timeline_events WHEN NEW.uuid IS NULL
BEGIN
    UPDATE timeline_events SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE form_versions ADD COLUMN uuid TEXT;
-- A form version's uuid comes from its content (sha256, a version-5-like layout), so that devices
-- which installed the same library form on their own agree on its id (submissions refer to it).
-- The same bytes installed twice (a second row) get a random one.
UPDATE form_versions SET uuid = CASE WHEN length(sha256) = 64 AND lower(sha256) NOT GLOB '*[^0-9a-f]*'
            AND rowid = (SELECT min(f.rowid) FROM form_versions f WHERE f.sha256 = form_versions.sha256)
        THEN substr(lower(sha256), 1, 8) || '-' || substr(lower(sha256), 9, 4) || '-5' || substr(lower(sha256), 14, 3) || '-' || substr('89ab', 1 + (instr('0123456789abcdef', substr(lower(sha256), 17, 1)) - 1) % 4, 1) || substr(lower(sha256), 18, 3) || '-' || substr(lower(sha256), 21, 12)
        ELSE lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) END;
CREATE UNIQUE INDEX form_versions_uuid ON form_versions(uuid);
CREATE TRIGGER form_versions_uuid AFTER INSERT ON form_versions WHEN NEW.uuid IS NULL
BEGIN
    UPDATE form_versions SET uuid = CASE WHEN length(NEW.sha256) = 64 AND lower(NEW.sha256) NOT GLOB '*[^0-9a-f]*'
            AND NOT EXISTS (SELECT 1 FROM form_versions f WHERE f.uuid = substr(lower(NEW.sha256), 1, 8) || '-' || substr(lower(NEW.sha256), 9, 4) || '-5' || substr(lower(NEW.sha256), 14, 3) || '-' || substr('89ab', 1 + (instr('0123456789abcdef', substr(lower(NEW.sha256), 17, 1)) - 1) % 4, 1) || substr(lower(NEW.sha256), 18, 3) || '-' || substr(lower(NEW.sha256), 21, 12))
        THEN substr(lower(NEW.sha256), 1, 8) || '-' || substr(lower(NEW.sha256), 9, 4) || '-5' || substr(lower(NEW.sha256), 14, 3) || '-' || substr('89ab', 1 + (instr('0123456789abcdef', substr(lower(NEW.sha256), 17, 1)) - 1) % 4, 1) || substr(lower(NEW.sha256), 18, 3) || '-' || substr(lower(NEW.sha256), 21, 12)
        ELSE lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) END
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE referral_destinations ADD COLUMN uuid TEXT;
UPDATE referral_destinations SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX referral_destinations_uuid ON referral_destinations(uuid);
CREATE TRIGGER referral_destinations_uuid AFTER INSERT ON referral_destinations WHEN NEW.uuid IS NULL
BEGIN
    UPDATE referral_destinations SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE referral_events ADD COLUMN uuid TEXT;
UPDATE referral_events SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX referral_events_uuid ON referral_events(uuid);
CREATE TRIGGER referral_events_uuid AFTER INSERT ON referral_events WHEN NEW.uuid IS NULL
BEGIN
    UPDATE referral_events SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE needs_scores ADD COLUMN uuid TEXT;
UPDATE needs_scores SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX needs_scores_uuid ON needs_scores(uuid);
CREATE TRIGGER needs_scores_uuid AFTER INSERT ON needs_scores WHEN NEW.uuid IS NULL
BEGIN
    UPDATE needs_scores SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE support_plan_items ADD COLUMN uuid TEXT;
UPDATE support_plan_items SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX support_plan_items_uuid ON support_plan_items(uuid);
CREATE TRIGGER support_plan_items_uuid AFTER INSERT ON support_plan_items WHEN NEW.uuid IS NULL
BEGIN
    UPDATE support_plan_items SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;

ALTER TABLE screening_results ADD COLUMN uuid TEXT;
UPDATE screening_results SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX screening_results_uuid ON screening_results(uuid);
CREATE TRIGGER screening_results_uuid AFTER INSERT ON screening_results WHEN NEW.uuid IS NULL
BEGIN
    UPDATE screening_results SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE rowid = NEW.rowid;
END;


-- ---------------------------------------------------------------------------------------------
-- Change capture. A row inserted without a uuid is captured by the update its uuid trigger makes
-- (hence `NEW.uuid IS NOT NULL` on insert). sync_conflicts is not captured: a resolution goes to
-- the outbox as a "resolve" operation, never as an upsert. Local-only tables (settings, audit_log,
-- form_drafts, attachments, store_*, file_number_blocks, center) are not synced at all.

CREATE TRIGGER workers_sync_insert AFTER INSERT ON workers
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('worker', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER workers_sync_update AFTER UPDATE ON workers
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('worker', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER workers_sync_delete AFTER DELETE ON workers
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('worker', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER people_sync_insert AFTER INSERT ON people
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('person', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER people_sync_update AFTER UPDATE ON people
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('person', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER people_sync_delete AFTER DELETE ON people
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('person', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER households_sync_insert AFTER INSERT ON households
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('household', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER households_sync_update AFTER UPDATE ON households
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('household', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER households_sync_delete AFTER DELETE ON households
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('household', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER memberships_sync_insert AFTER INSERT ON memberships
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('membership', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER memberships_sync_update AFTER UPDATE ON memberships
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('membership', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER memberships_sync_delete AFTER DELETE ON memberships
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('membership', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER requests_sync_insert AFTER INSERT ON requests
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('request', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER requests_sync_update AFTER UPDATE ON requests
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('request', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER requests_sync_delete AFTER DELETE ON requests
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('request', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER timeline_events_sync_insert AFTER INSERT ON timeline_events
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('timeline_event', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER timeline_events_sync_update AFTER UPDATE ON timeline_events
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('timeline_event', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER timeline_events_sync_delete AFTER DELETE ON timeline_events
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('timeline_event', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER visits_sync_insert AFTER INSERT ON visits
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('visit', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER visits_sync_update AFTER UPDATE ON visits
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('visit', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER visits_sync_delete AFTER DELETE ON visits
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('visit', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER documents_sync_insert AFTER INSERT ON documents
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('document', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER documents_sync_update AFTER UPDATE ON documents
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('document', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER documents_sync_delete AFTER DELETE ON documents
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('document', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER notes_sync_insert AFTER INSERT ON notes
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('note', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER notes_sync_update AFTER UPDATE ON notes
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('note', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER notes_sync_delete AFTER DELETE ON notes
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('note', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER form_versions_sync_insert AFTER INSERT ON form_versions
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('form_version', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER form_versions_sync_update AFTER UPDATE ON form_versions
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('form_version', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER form_versions_sync_delete AFTER DELETE ON form_versions
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('form_version', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER form_submissions_sync_insert AFTER INSERT ON form_submissions
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('form_submission', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER form_submissions_sync_update AFTER UPDATE ON form_submissions
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('form_submission', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER form_submissions_sync_delete AFTER DELETE ON form_submissions
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('form_submission', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER referrals_sync_insert AFTER INSERT ON referrals
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER referrals_sync_update AFTER UPDATE ON referrals
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER referrals_sync_delete AFTER DELETE ON referrals
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER referral_destinations_sync_insert AFTER INSERT ON referral_destinations
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral_destination', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER referral_destinations_sync_update AFTER UPDATE ON referral_destinations
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral_destination', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER referral_destinations_sync_delete AFTER DELETE ON referral_destinations
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral_destination', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER referral_events_sync_insert AFTER INSERT ON referral_events
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral_event', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER referral_events_sync_update AFTER UPDATE ON referral_events
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral_event', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER referral_events_sync_delete AFTER DELETE ON referral_events
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('referral_event', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER followup_tasks_sync_insert AFTER INSERT ON followup_tasks
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('followup_task', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER followup_tasks_sync_update AFTER UPDATE ON followup_tasks
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('followup_task', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER followup_tasks_sync_delete AFTER DELETE ON followup_tasks
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('followup_task', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER needs_scores_sync_insert AFTER INSERT ON needs_scores
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('needs_score', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER needs_scores_sync_update AFTER UPDATE ON needs_scores
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('needs_score', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER needs_scores_sync_delete AFTER DELETE ON needs_scores
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('needs_score', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER support_plans_sync_insert AFTER INSERT ON support_plans
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('support_plan', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER support_plans_sync_update AFTER UPDATE ON support_plans
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('support_plan', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER support_plans_sync_delete AFTER DELETE ON support_plans
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('support_plan', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER support_plan_items_sync_insert AFTER INSERT ON support_plan_items
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('support_plan_item', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER support_plan_items_sync_update AFTER UPDATE ON support_plan_items
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('support_plan_item', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER support_plan_items_sync_delete AFTER DELETE ON support_plan_items
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('support_plan_item', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER screening_results_sync_insert AFTER INSERT ON screening_results
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('screening_result', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER screening_results_sync_update AFTER UPDATE ON screening_results
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('screening_result', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER screening_results_sync_delete AFTER DELETE ON screening_results
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('screening_result', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER sync_inquiries_sync_insert AFTER INSERT ON sync_inquiries
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('inquiry', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER sync_inquiries_sync_update AFTER UPDATE ON sync_inquiries
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('inquiry', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER sync_inquiries_sync_delete AFTER DELETE ON sync_inquiries
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('inquiry', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER sync_sms_requests_sync_insert AFTER INSERT ON sync_sms_requests
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('sms_request', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER sync_sms_requests_sync_update AFTER UPDATE ON sync_sms_requests
    WHEN NEW.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('sms_request', NEW.uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER sync_sms_requests_sync_delete AFTER DELETE ON sync_sms_requests
    WHEN OLD.uuid IS NOT NULL AND (SELECT applying FROM sync_guard WHERE id = 1) = 0
BEGIN
    INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
        VALUES ('sms_request', OLD.uuid, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

-- A store made before sync pushes everything it holds on its first cycle.
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'worker', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM workers WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'person', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM people WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'household', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM households WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'membership', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM memberships WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'request', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM requests WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'timeline_event', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM timeline_events WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'visit', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM visits WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'document', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM documents WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'note', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM notes WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'form_version', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM form_versions WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'form_submission', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM form_submissions WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'referral', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM referrals WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'referral_destination', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM referral_destinations WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'referral_event', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM referral_events WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'followup_task', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM followup_tasks WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'needs_score', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM needs_scores WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'support_plan', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM support_plans WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'support_plan_item', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM support_plan_items WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'screening_result', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM screening_results WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'inquiry', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sync_inquiries WHERE uuid IS NOT NULL;
INSERT OR REPLACE INTO sync_dirty (entity, uuid, deleted, changed_utc)
    SELECT 'sms_request', uuid, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sync_sms_requests WHERE uuid IS NOT NULL;

-- Records this store had from the server before a reset (the central restored from a backup)
-- and has not seen in the re-download yet: what is left at the end goes back into the outbox.
CREATE TABLE sync_reset_unseen (
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    PRIMARY KEY (entity, uuid)
);
