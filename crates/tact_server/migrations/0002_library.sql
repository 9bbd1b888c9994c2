-- The team library: confirmed moments kept as examples, with the OK replies the team proposes,
-- votes on and approves. An approved reply becomes the team's alternative for that rule and
-- language in the store's settings.
CREATE TABLE IF NOT EXISTS library_items (
    id INTEGER PRIMARY KEY,
    team TEXT NOT NULL,
    rule TEXT NOT NULL,
    language TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    turn INTEGER NOT NULL,
    -- The turns around the moment, redacted, as JSON [{"role": …, "text": …}].
    excerpt TEXT NOT NULL,
    evidence TEXT NOT NULL,
    added_by TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (team, conversation_id, rule, turn)
);
CREATE TABLE IF NOT EXISTS proposals (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES library_items(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    by_user TEXT NOT NULL,
    at TEXT NOT NULL,
    approved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS proposals_item ON proposals(item_id);
CREATE TABLE IF NOT EXISTS votes (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);
