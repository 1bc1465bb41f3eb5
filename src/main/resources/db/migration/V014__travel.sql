-- Travel copies (issue 20): a store's identity, where a copy came from, the journal of syncs (kept on both sides,
-- so a sync cut off half-way is finished, never applied twice) and the conflicts a sync found.

-- The store's own identity (one row), given at random the first time it is asked for: a copy names its office by it,
-- and an office its copies.
CREATE TABLE store_identity (
    one_row INTEGER PRIMARY KEY CHECK (one_row = 1),
    id   TEXT    NOT NULL
);

-- On a travel copy (one row): the office it was taken from (its location without password, its identity), the point
-- of the office's change log it holds everything up to, and the point of its own change log already sent.
CREATE TABLE travel_origin (
    one_row           INTEGER PRIMARY KEY CHECK (one_row = 1),
    office_location   TEXT    NOT NULL,
    office_identity   TEXT    NOT NULL,
    office_point      INTEGER NOT NULL,
    copy_point        INTEGER NOT NULL,
    provinces         TEXT    NOT NULL,
    without_sensitive INTEGER NOT NULL,
    taken_at          TEXT    NOT NULL,
    last_sync_at      TEXT
);

-- One sync, recorded by the copy when it starts (finished_at empty until its copy side is written) and by the office
-- in the transaction that applies the copy's changes: a sync found here on the office is not applied again.
CREATE TABLE travel_sync (
    sync_id       TEXT    PRIMARY KEY,
    copy_identity TEXT    NOT NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    copy_point_to INTEGER NOT NULL
);

-- A record changed on both sides (on the copy): the copy holds its own version, the office's is kept here as rows
-- (JSON; an empty list when the office deleted it) until an officer keeps one of the two.
CREATE TABLE travel_conflict (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT    NOT NULL,
    ref_id            TEXT    NOT NULL,
    label             TEXT    NOT NULL,
    found_at          TEXT    NOT NULL,
    office_rows       TEXT    NOT NULL,
    office_changed_by TEXT,
    office_changed_at TEXT,
    resolved          TEXT,
    resolved_at       TEXT,
    resolved_by       TEXT,
    -- the sync that carries a version kept as "mine" to the office
    sent_in           TEXT
);
CREATE INDEX travel_conflict_open ON travel_conflict (kind, ref_id, resolved);
