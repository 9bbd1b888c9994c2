-- The script lab: sales and service scripts, every saved version kept.
CREATE TABLE IF NOT EXISTS scripts (
    id INTEGER PRIMARY KEY,
    team TEXT NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    by_user TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (team, name, version)
);
