-- The job queue of `tact worker`s (version 5). A job is leased to one worker at a time; its
-- result and its deletion commit in one transaction, so a worker that dies leaves the job to
-- be claimed again once the lease runs out, and none is stored twice.
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    -- 'ingest' (the conversation is the payload) or 'reanalyse' (the stored one).
    kind TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    -- Unix seconds until which `worker` holds it; NULL when nobody does.
    leased_until INTEGER,
    worker TEXT,
    error TEXT,
    -- 1 once it will not be tried again: out of attempts, or an input that cannot be read.
    dead INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
-- Claims walk the live jobs in id order; the held ones at the front are few (a batch per
-- worker). Jobs out of attempts are found by their own small index, whatever the queue's
-- length (its predicate repeats MAX_ATTEMPTS, 5, so a query must say it the same way).
CREATE INDEX IF NOT EXISTS jobs_live ON jobs(id) WHERE dead = 0;
CREATE INDEX IF NOT EXISTS jobs_spent ON jobs(id) WHERE dead = 0 AND attempts >= 5;
CREATE INDEX IF NOT EXISTS jobs_conversation ON jobs(conversation_id);
-- Totals that workers add to, read by any server for /metrics.
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
