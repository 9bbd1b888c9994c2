-- Workshops: a manager steps the team through library items in a meeting; everyone proposes
-- and votes from their own device; at the end the most voted reply of each item is approved.
CREATE TABLE IF NOT EXISTS workshops (
    id INTEGER PRIMARY KEY,
    team TEXT NOT NULL,
    title TEXT NOT NULL,
    created_by TEXT NOT NULL,
    at TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS workshop_items (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES library_items(id) ON DELETE CASCADE,
    PRIMARY KEY (workshop_id, position)
);
