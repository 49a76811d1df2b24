-- Referrals (activities 7 and 9) with their up to three ranked destinations and the history of
-- every transition, and follow-up tasks (activity 8, plan side).

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    tracking_number TEXT NOT NULL UNIQUE,   -- center code-Jalali year-sequence
    household_id INTEGER NOT NULL REFERENCES households(id),
    person_id INTEGER REFERENCES people(id),
    kind TEXT NOT NULL CHECK (kind IN ('pension', 'one-off-aid', 'introduction-letter',
                                       'behzisti-service', 'other-agency')),
    service_id TEXT NOT NULL DEFAULT '',    -- 11-digit catalog id or ''
    requested_service TEXT NOT NULL,
    current_priority INTEGER NOT NULL DEFAULT 1 CHECK (current_priority BETWEEN 1 AND 3),
    state TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'accepted', 'rejected', 'completed',
                                         'exhausted', 'cancelled')),
    due_date TEXT,                          -- ISO date
    origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'screening', 'support-plan')),
    origin_id INTEGER,
    created_by INTEGER NOT NULL REFERENCES workers(id),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    outcome_service TEXT NOT NULL DEFAULT '',
    outcome_amount_rials INTEGER NOT NULL DEFAULT 0 CHECK (outcome_amount_rials >= 0),
    outcome_payment_id TEXT NOT NULL DEFAULT '',
    outcome_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referrals_household ON referrals(household_id, created_utc);
CREATE INDEX referrals_open_due ON referrals(state, due_date);
CREATE INDEX referrals_created_by ON referrals(created_by, state);

CREATE TABLE referral_destinations (
    referral_id INTEGER NOT NULL REFERENCES referrals(id),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    agency_kind TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (referral_id, priority)
);

-- Append-only: one row per transition (creation included).
CREATE TABLE referral_events (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id),
    at_utc TEXT NOT NULL,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    from_state TEXT NOT NULL DEFAULT '',
    to_state TEXT NOT NULL,
    priority INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, id);

CREATE TRIGGER referral_events_append_only BEFORE UPDATE ON referral_events
BEGIN
    SELECT RAISE(ABORT, 'referral history cannot be changed');
END;
CREATE TRIGGER referral_events_no_delete BEFORE DELETE ON referral_events
BEGIN
    SELECT RAISE(ABORT, 'referral history cannot be removed');
END;

CREATE TABLE followup_tasks (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL REFERENCES households(id),
    person_id INTEGER REFERENCES people(id),
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    title TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL,                 -- ISO date
    origin TEXT NOT NULL DEFAULT 'manual'
        CHECK (origin IN ('manual', 'screening', 'referral', 'support-plan')),
    origin_id INTEGER,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_utc TEXT,
    done_note TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES workers(id),
    created_utc TEXT NOT NULL
);
CREATE INDEX followup_tasks_worker_due ON followup_tasks(worker_id, status, due_date);
CREATE INDEX followup_tasks_household ON followup_tasks(household_id, due_date);
CREATE INDEX followup_tasks_origin ON followup_tasks(origin, origin_id);
