-- Thanks said at a meeting (issue 18 "statements"): who thanks whom ('vn' our side, 'jp' the partner's) and for what,
-- as the article or the officer says it. A thank-you letter after the visit and the next pack's greeting ("last time
-- you thanked us for ...") need them; before this version the importer drafted them and saving dropped them. Part of
-- the meeting's record (undo, changes, export, travel), as its commitments are.
CREATE TABLE thanks (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    by_side    TEXT NOT NULL CHECK (by_side IN ('jp', 'vn')),
    to_side    TEXT NOT NULL CHECK (to_side IN ('jp', 'vn')),
    text       TEXT NOT NULL,
    source_id  TEXT REFERENCES source (id)
);
CREATE INDEX thanks_meeting ON thanks (meeting_id);
