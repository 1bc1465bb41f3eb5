-- Who changed what (issue 20) and undo that takes back exactly one change (issue 23): each change keeps the rows it
-- added, removed or changed, each field before and after, and the officer and session that made it. The whole-record
-- snapshots of undo_log are kept for the changes made before this version (legacy_before): a deletion among them can
-- still be restored from the trash.
CREATE TABLE change_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT    NOT NULL,
    actor         TEXT    NOT NULL,
    session       TEXT    NOT NULL,
    -- create, edit and delete are changes made by hand (undo takes them back); import and merge come from articles
    -- and archives, undo is an undo (both kept for the history and for refusing an undo that would lose them)
    action        TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    ref_id        TEXT    NOT NULL,
    label         TEXT    NOT NULL,
    undone        INTEGER NOT NULL DEFAULT 0,
    undone_by     INTEGER,
    legacy_before TEXT
);
CREATE INDEX change_log_open ON change_log (undone, actor, id DESC);

-- One row a change added (before NULL), removed (after NULL) or changed: the row's key and its columns as JSON.
CREATE TABLE change_row (
    change_id  INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    table_name TEXT    NOT NULL,
    row_key    TEXT    NOT NULL,
    before     TEXT,
    after      TEXT,
    fields     TEXT    NOT NULL,
    PRIMARY KEY (change_id, ordinal)
);
CREATE INDEX change_row_key ON change_row (table_name, row_key, change_id);

-- The records a change touched (a merge touches its meeting and the new source), for a record's history.
CREATE TABLE change_record (
    change_id INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL,
    ref_id    TEXT    NOT NULL,
    PRIMARY KEY (change_id, kind, ref_id)
);
CREATE INDEX change_record_ref ON change_record (kind, ref_id, change_id);

-- Every record's version, who created it and who changed it last, and when: an edit based on an older version is
-- refused (no lost update). Records stored before this version have no stamp (version 0).
CREATE TABLE record_stamp (
    kind       TEXT    NOT NULL,
    ref_id     TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    created_by TEXT,
    created_at TEXT,
    changed_by TEXT    NOT NULL,
    changed_at TEXT    NOT NULL,
    PRIMARY KEY (kind, ref_id)
);

INSERT INTO change_log (id, at, actor, session, action, kind, ref_id, label, undone, legacy_before)
SELECT id, at, '', 'before-v10', action, kind, ref_id, label, undone, before FROM undo_log;
INSERT INTO change_record (change_id, kind, ref_id) SELECT id, kind, ref_id FROM undo_log;
DROP TABLE undo_log;
