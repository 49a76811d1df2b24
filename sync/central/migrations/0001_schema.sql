-- pluslife-central, schema 1: places, devices, the change feed, idempotent operations,
-- attachments, the registry, the SMS outbox and distributed resources.
-- (sync/protocol/README.md is the wire contract; sync/central/README.md explains the choices.)

CREATE TABLE server_state (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    server_id UUID NOT NULL,
    epoch INTEGER NOT NULL DEFAULT 1
);
INSERT INTO server_state (server_id, epoch) VALUES (gen_random_uuid(), 1);

CREATE TABLE provinces (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE counties (
    id BIGSERIAL PRIMARY KEY,
    province_id BIGINT NOT NULL REFERENCES provinces(id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE centers (
    id BIGSERIAL PRIMARY KEY,
    uuid UUID NOT NULL UNIQUE,
    county_id BIGINT NOT NULL REFERENCES counties(id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE devices (
    id UUID PRIMARY KEY,
    center_id BIGINT NOT NULL REFERENCES centers(id),
    name TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,           -- hex; the token itself is never stored
    client_version TEXT NOT NULL DEFAULT '',
    enrolled_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    last_seen_at TIMESTAMPTZ,
    last_sync_at TIMESTAMPTZ
);
CREATE INDEX devices_center ON devices(center_id);

CREATE TABLE enrolment_codes (
    code_sha256 TEXT PRIMARY KEY,                 -- hex; the code itself is never stored
    center_id BIGINT NOT NULL REFERENCES centers(id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    device_id UUID REFERENCES devices(id)
);

-- The change feed: one row per record at its newest version. `seq` comes from change_seq,
-- drawn under the center's advisory lock (README "Late commits"), so (center_id, seq) is the
-- pull order. field_versions maps each field to the record version at which it last changed.
CREATE SEQUENCE change_seq;
CREATE TABLE records (
    entity TEXT NOT NULL,
    uuid UUID NOT NULL,
    center_id BIGINT NOT NULL REFERENCES centers(id),
    version BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT FALSE,
    data JSONB NOT NULL,
    field_versions JSONB NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by_device UUID,
    PRIMARY KEY (entity, uuid)
);
CREATE UNIQUE INDEX records_feed ON records(center_id, seq);
CREATE INDEX records_open_conflicts ON records(center_id)
    WHERE entity = 'sync_conflict' AND data->>'status' = 'open';
CREATE INDEX records_referral_destinations ON records((data->>'referral_id'))
    WHERE entity = 'referral_destination';

-- Every operation ever answered, for idempotence: the first result is returned for a repeat.
CREATE TABLE ops (
    op_id UUID PRIMARY KEY,
    device_id UUID NOT NULL REFERENCES devices(id),
    center_id BIGINT NOT NULL REFERENCES centers(id),
    status TEXT,
    result JSONB,
    received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ops_device_status ON ops(device_id, status);

-- Attachment bytes, per center (a center never reads another's files), in upload chunks.
CREATE TABLE attachments (
    center_id BIGINT NOT NULL REFERENCES centers(id),
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size >= 0),
    received BIGINT NOT NULL DEFAULT 0,
    complete BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (center_id, sha256)
);
CREATE TABLE attachment_chunks (
    center_id BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    byte_offset BIGINT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (center_id, sha256, byte_offset),
    FOREIGN KEY (center_id, sha256) REFERENCES attachments(center_id, sha256) ON DELETE CASCADE
);

-- The national registry extract that answers national-code inquiries (registry-load).
CREATE TABLE registry_people (
    national_code TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    alive BOOLEAN NOT NULL
);

-- SMS requested by clients, for the gateway adapter.
CREATE TABLE sms_outbox (
    id BIGSERIAL PRIMARY KEY,
    center_id BIGINT NOT NULL REFERENCES centers(id),
    request_uuid UUID NOT NULL UNIQUE,
    template TEXT NOT NULL,
    mobile TEXT NOT NULL,
    params JSONB NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at TIMESTAMPTZ
);

-- Forms, needs rules and holidays the central distributes (publish).
CREATE TABLE resources (
    kind TEXT NOT NULL CHECK (kind IN ('form', 'needs-rules', 'holidays')),
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content BYTEA NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id, version)
);
