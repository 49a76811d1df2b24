-- Needs assessment and the support plan (issue 5, activity 6). A score is kept with the version
-- of the rules that made it; a re-score adds a row (the latest row of a household is its
-- current score). A worker's band override sits on the score row beside the computed band, with
-- its reason, author and time; a re-score carries the override forward. households.priority
-- follows the effective band (the override, else the computed band).

CREATE TABLE needs_scores (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households(id),
    computed_utc TEXT NOT NULL,
    computed_by INTEGER REFERENCES workers(id),
    rule_version TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    computed_band TEXT NOT NULL CHECK (computed_band IN ('urgent', 'high', 'medium', 'low')),
    contributions TEXT NOT NULL DEFAULT '{}', -- {"indicator key": points, ...}
    override_band TEXT CHECK (override_band IS NULL
                              OR override_band IN ('urgent', 'high', 'medium', 'low')),
    override_reason TEXT NOT NULL DEFAULT '',
    override_by INTEGER REFERENCES workers(id),
    override_utc TEXT,
    CHECK (override_band IS NULL OR (override_reason <> '' AND override_by IS NOT NULL
                                     AND override_utc IS NOT NULL))
);
CREATE INDEX needs_scores_household ON needs_scores(household_id, id);

-- A support plan (برنامه کمکی): proposed from the rules, edited by the worker, approved by the
-- manager. At most one draft per household; approving a draft supersedes the plan approved
-- before it.
CREATE TABLE support_plans (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    household_id INTEGER NOT NULL REFERENCES households(id),
    needs_score_id INTEGER REFERENCES needs_scores(id),
    rule_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'superseded')),
    proposed_utc TEXT NOT NULL,
    proposed_by INTEGER NOT NULL REFERENCES workers(id),
    approved_utc TEXT,
    approved_by INTEGER REFERENCES workers(id),
    CHECK (status <> 'approved' OR (approved_by IS NOT NULL AND approved_utc IS NOT NULL))
);
CREATE UNIQUE INDEX support_plans_one_draft ON support_plans(household_id) WHERE status = 'draft';
CREATE INDEX support_plans_household ON support_plans(household_id, id);

-- One catalog service of a plan. suggested_by: the rule key that suggested it ('' when the
-- worker added it). Items are never deleted: a removed item stays with status 'removed'.
CREATE TABLE support_plan_items (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES support_plans(id),
    service_id TEXT NOT NULL,
    suggested_by TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'removed')),
    note TEXT NOT NULL DEFAULT '',
    added_utc TEXT NOT NULL,
    added_by INTEGER REFERENCES workers(id),
    changed_utc TEXT,
    changed_by INTEGER REFERENCES workers(id)
);
CREATE INDEX support_plan_items_plan ON support_plan_items(plan_id);
