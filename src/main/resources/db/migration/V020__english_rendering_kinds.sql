-- Issue 19: more record fields an English pack would otherwise print in Vietnamese get an English rendering of their
-- own: an agreement's parties and fields, a key figure's label, value and unit, a gift's item, a locality link's note.
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt with the wider list, its rows kept.
CREATE TABLE english_rendering_new (
    kind      TEXT NOT NULL CHECK (kind IN ('request', 'note', 'agreement', 'outcome', 'summary', 'title', 'venue',
                                      'commitment', 'parties', 'fields', 'figure', 'figure_value', 'figure_unit',
                                      'gift', 'link')),
    record_id TEXT NOT NULL,
    -- The follow-up's ordinal for a note; 0 for every other kind.
    note      INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, note)
);
INSERT INTO english_rendering_new (kind, record_id, note, text)
    SELECT kind, record_id, note, text FROM english_rendering ORDER BY rowid;
DROP TABLE english_rendering;
ALTER TABLE english_rendering_new RENAME TO english_rendering;
CREATE INDEX english_rendering_record ON english_rendering (record_id);
