-- Issue 19: the officer's own English for a planned visit's venue, purpose, issuing office and programme items (the
-- programme item's number in "note"), used by an English pack before any phrase of the phrasebook.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with the wider list, its rows kept.
CREATE TABLE english_rendering_new (
    kind      TEXT NOT NULL CHECK (kind IN ('request', 'note', 'agreement', 'outcome', 'summary', 'title', 'venue',
                                      'commitment', 'parties', 'fields', 'figure', 'figure_value', 'figure_unit',
                                      'gift', 'link', 'visit_venue', 'visit_purpose', 'visit_office',
                                      'visit_programme')),
    record_id TEXT NOT NULL,
    -- The follow-up's ordinal for a note, the item's ordinal for a programme item; 0 for every other kind.
    note      INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, note)
);
INSERT INTO english_rendering_new (kind, record_id, note, text)
    SELECT kind, record_id, note, text FROM english_rendering ORDER BY rowid;
DROP TABLE english_rendering;
ALTER TABLE english_rendering_new RENAME TO english_rendering;
CREATE INDEX english_rendering_record ON english_rendering (record_id);
