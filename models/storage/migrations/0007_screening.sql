-- Level-1 screening (activity 18): one row per screening form submitted, so that a person's
-- screening history shows at once without reading submissions. Written by the submission's own
-- transaction (forms/services/screeningoutcome.cpp); the answers stay in form_submissions.
-- A correction of a screening supersedes its row; the history shows the latest only.

CREATE TABLE screening_results (
    id INTEGER PRIMARY KEY,
    person_id INTEGER REFERENCES people(id),
    household_id INTEGER REFERENCES households(id),
    form_id TEXT NOT NULL,
    form_version_id INTEGER NOT NULL REFERENCES form_versions(id),
    submission_id INTEGER NOT NULL UNIQUE REFERENCES form_submissions(id),
    band TEXT NOT NULL,                     -- normal | low | follow-up | refer
    score INTEGER,                          -- NULL when the form has no score
    screened_utc TEXT NOT NULL,
    worker_id INTEGER NOT NULL REFERENCES workers(id),
    referral_id INTEGER,                    -- the referral it created, NULL when none
    task_id INTEGER,                        -- the re-screening task it created, NULL when none
    superseded_by INTEGER REFERENCES screening_results(id)
);
CREATE INDEX screening_results_person ON screening_results(person_id, screened_utc);
CREATE INDEX screening_results_household ON screening_results(household_id, screened_utc);
