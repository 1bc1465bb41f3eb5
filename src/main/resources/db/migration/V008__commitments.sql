-- What each side promised at a meeting (DESIGN.md "commitment"): the text, when it is due, who on our side follows
-- it up, where it stands, and dated notes as a request has. Typed after a visit or read by the importer.
CREATE TABLE commitment (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    side        TEXT NOT NULL CHECK (side IN ('jp', 'vn')),
    text        TEXT NOT NULL,
    due_date    TEXT,
    followed_by TEXT,
    status      TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'declined')),
    source_id   TEXT REFERENCES source (id)
);
CREATE INDEX commitment_meeting ON commitment (meeting_id);
CREATE INDEX commitment_due ON commitment (status, due_date);

CREATE TABLE commitment_followup (
    commitment_id TEXT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    date          TEXT,
    status        TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'declined')),
    note          TEXT,
    source_id     TEXT REFERENCES source (id),
    PRIMARY KEY (commitment_id, ordinal)
);

-- The meeting a visit became once what happened was recorded ("visit done").
ALTER TABLE visit ADD COLUMN meeting_id TEXT REFERENCES meeting (id) ON DELETE SET NULL;
