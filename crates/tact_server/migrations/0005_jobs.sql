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
CREATE INDEX IF NOT EXISTS jobs_claim ON jobs(dead, leased_until, id);
CREATE INDEX IF NOT EXISTS jobs_conversation ON jobs(conversation_id);
-- Totals that workers add to, read by any server for /metrics.
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
