-- tact_server schema, version 1. The same tables are what a second backend implements.
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
    team TEXT,
    agent TEXT,
    password_hash TEXT,
    lang TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS setup_links (
    hash TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    agent TEXT,
    team TEXT,
    started_at TEXT,
    day TEXT NOT NULL,
    week TEXT NOT NULL,
    score INTEGER NOT NULL,
    risk REAL NOT NULL,
    turns INTEGER NOT NULL,
    moments INTEGER NOT NULL,
    input TEXT NOT NULL,
    report TEXT NOT NULL,
    analyzed_version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_agent ON conversations(agent, day);
CREATE INDEX IF NOT EXISTS conversations_team ON conversations(team, day);
CREATE INDEX IF NOT EXISTS conversations_day ON conversations(day);
CREATE INDEX IF NOT EXISTS conversations_version ON conversations(analyzed_version);
CREATE TABLE IF NOT EXISTS moments (
    id INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    code TEXT NOT NULL,
    family TEXT NOT NULL,
    severity TEXT NOT NULL,
    turn INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    -- What this moment takes off the conversation's score (the report's `penalties`).
    penalty REAL NOT NULL,
    -- 1 while a review takes it out (a false alarm, a dispute pending or accepted): it then
    -- counts neither in the score nor in the scorecards.
    excluded INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL,
    agent TEXT,
    team TEXT,
    channel TEXT NOT NULL,
    day TEXT NOT NULL,
    evidence TEXT NOT NULL,
    message TEXT NOT NULL,
    -- The message's catalogue key and arguments (JSON), to show it in the reader's language.
    message_key TEXT NOT NULL,
    message_args TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS moments_conversation ON moments(conversation_id);
CREATE INDEX IF NOT EXISTS moments_day ON moments(day, id);
CREATE INDEX IF NOT EXISTS moments_rule ON moments(rule, day);
CREATE INDEX IF NOT EXISTS moments_agent ON moments(agent, day);
CREATE INDEX IF NOT EXISTS moments_team ON moments(team, day);
-- Weekly totals per agent, kept up to date at ingest so that the overview and the scorecards
-- read a few thousand rows instead of every conversation.
CREATE TABLE IF NOT EXISTS weekly (
    week TEXT NOT NULL,
    team TEXT NOT NULL,
    agent TEXT NOT NULL,
    conversations INTEGER NOT NULL,
    turns INTEGER NOT NULL,
    score_sum INTEGER NOT NULL,
    PRIMARY KEY (week, team, agent)
);
CREATE TABLE IF NOT EXISTS weekly_moments (
    week TEXT NOT NULL,
    team TEXT NOT NULL,
    agent TEXT NOT NULL,
    family TEXT NOT NULL,
    rule TEXT NOT NULL,
    moments INTEGER NOT NULL,
    PRIMARY KEY (week, team, agent, rule)
);
-- One row per stored turn; its id is the row of the turn in the full-text index, so that
-- replacing a conversation deletes its index rows by key instead of scanning the index.
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    turn INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_conversation ON turns(conversation_id);
-- Turn text folded (lower case, no accents, Greek final sigma) so that a search ignores case
-- and accents in all five languages; the query is folded the same way.
CREATE VIRTUAL TABLE IF NOT EXISTS turns_fts USING fts5(
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Reviews are keyed by what identifies a moment across re-analyses (conversation, rule, turn,
-- evidence span), not by a row id: a moment found again after a settings change keeps its
-- review.
CREATE TABLE IF NOT EXISTS moment_reviews (
    conversation_id TEXT NOT NULL,
    rule TEXT NOT NULL,
    turn INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    by_user TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, rule, turn, span_start, span_end)
);
CREATE INDEX IF NOT EXISTS moment_reviews_status ON moment_reviews(status);
-- Every decision and comment, never rewritten: who, when, what.
CREATE TABLE IF NOT EXISTS review_log (
    id INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    rule TEXT NOT NULL,
    turn INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    by_user TEXT NOT NULL,
    by_role TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_log_conversation ON review_log(conversation_id);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
