-- PostgreSQL twin of db/migration/V004.
-- Partners of a new kind: prefectural assemblies, city councils and the parliamentary alliance ("assembly").
ALTER TABLE partner DROP CONSTRAINT partner_kind_check;
ALTER TABLE partner ADD CONSTRAINT partner_kind_check CHECK (kind IN ('embassy', 'consulate_general', 'prefecture',
    'municipality', 'agency', 'university', 'company', 'association', 'assembly'));

-- The office's own words, learned from corrections in review (LearnedWord).
CREATE TABLE vocabulary (
    kind       text COLLATE "C" NOT NULL CHECK (kind IN ('partner_name', 'title', 'name_part')),
    phrase     text COLLATE "C" NOT NULL,
    value      text COLLATE "C" NOT NULL,
    learned_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (kind, phrase)
);

-- Lookups by meeting, source and province that had to scan their tables.
CREATE INDEX gift_meeting ON gift (meeting_id);
CREATE INDEX meeting_source_source ON meeting_source (source_id);
CREATE INDEX key_figure_province ON key_figure (province_id);
CREATE INDEX locality_link_province ON locality_link (province_id);
CREATE INDEX sensitivity_province ON sensitivity (province_id);
