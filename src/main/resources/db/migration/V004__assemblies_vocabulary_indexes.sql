-- Partners of a new kind: prefectural assemblies, city councils and the parliamentary alliance ("assembly").
-- SQLite cannot alter a CHECK constraint; the table's stored definition is rewritten in place (no row changes:
-- the new constraint accepts every value the old one did). Connections opened after this one read it; the
-- reference data's new kinds are written by the reference sync that follows (ReferenceSeeder).
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''agency'', ''university'', ''company'', ''association'')',
                          '''agency'', ''university'', ''company'', ''association'', ''assembly'')')
 WHERE type = 'table' AND name = 'partner';
PRAGMA writable_schema = OFF;

-- The office's own words, learned from corrections in review (LearnedWord).
CREATE TABLE vocabulary (
    kind       TEXT NOT NULL CHECK (kind IN ('partner_name', 'title', 'name_part')),
    phrase     TEXT NOT NULL,
    value      TEXT NOT NULL,
    learned_at TEXT NOT NULL,
    PRIMARY KEY (kind, phrase)
);

-- Lookups by meeting, source and province that had to scan their tables.
CREATE INDEX gift_meeting ON gift (meeting_id);
CREATE INDEX meeting_source_source ON meeting_source (source_id);
CREATE INDEX key_figure_province ON key_figure (province_id);
CREATE INDEX locality_link_province ON locality_link (province_id);
CREATE INDEX sensitivity_province ON sensitivity (province_id);
