-- Every change made to a record by hand, with the record as it was before: the window's Ctrl+Z undoes the latest,
-- and the deleted records are the trash they can be restored from.
CREATE TABLE undo_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('create', 'edit', 'delete')),
    kind    TEXT NOT NULL,
    ref_id  TEXT NOT NULL,
    label   TEXT NOT NULL,
    before  TEXT,
    undone  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX undo_log_open ON undo_log (undone, id DESC);
