-- The officer's English rendering of record text that exists only in Vietnamese (issue 19): a request's text, the
-- note of one of its follow-ups, an agreement's title, a meeting's outcome, summary, title or venue, a commitment's text. Kept
-- beside the records, keyed by kind and id, so that the records' rows (and the code that rewrites them) are unchanged
-- (docs/decisions/0014-english-renderings.md). A rendering whose record is gone is not exported.
CREATE TABLE english_rendering (
    kind      TEXT NOT NULL CHECK (kind IN ('request', 'note', 'agreement', 'outcome', 'summary', 'title', 'venue',
                                      'commitment')),
    record_id TEXT NOT NULL,
    -- The follow-up's ordinal for a note; 0 for every other kind.
    note      INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, note)
);
CREATE INDEX english_rendering_record ON english_rendering (record_id);
