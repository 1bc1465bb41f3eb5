-- PostgreSQL twin of db/migration/V011__english_rendering.sql.
-- The officer's English rendering of record text that exists only in Vietnamese (issue 19), keyed by kind and id
-- beside the records (docs/decisions: English renderings).
CREATE TABLE english_rendering (
    kind      text COLLATE "C" NOT NULL CHECK (kind IN ('request', 'note', 'agreement', 'outcome', 'summary', 'title',
                                               'venue', 'commitment')),
    record_id text COLLATE "C" NOT NULL,
    -- The follow-up's ordinal for a note; 0 for every other kind.
    note      bigint NOT NULL DEFAULT 0,
    text      text COLLATE "C" NOT NULL,
    PRIMARY KEY (kind, record_id, note)
);
CREATE INDEX english_rendering_record ON english_rendering (record_id);
