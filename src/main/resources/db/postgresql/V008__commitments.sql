-- PostgreSQL twin of db/migration/V008__commitments.sql.
-- What each side promised at a meeting (DESIGN.md "commitment"): the text, when it is due, who on our side follows
-- it up, where it stands, and dated notes as a request has. Typed after a visit or read by the importer.
CREATE TABLE commitment (
    id          text COLLATE "C" PRIMARY KEY,
    meeting_id  text COLLATE "C" NOT NULL REFERENCES meeting (id) ON DELETE CASCADE DEFERRABLE,
    ordinal     bigint NOT NULL,
    side        text COLLATE "C" NOT NULL CHECK (side IN ('jp', 'vn')),
    text        text COLLATE "C" NOT NULL,
    due_date    text COLLATE "C",
    followed_by text COLLATE "C",
    status      text COLLATE "C" NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'declined')),
    source_id   text COLLATE "C" REFERENCES source (id) DEFERRABLE
);
CREATE INDEX commitment_meeting ON commitment (meeting_id);
CREATE INDEX commitment_due ON commitment (status, due_date);

CREATE TABLE commitment_followup (
    commitment_id text COLLATE "C" NOT NULL REFERENCES commitment (id) ON DELETE CASCADE DEFERRABLE,
    ordinal       bigint NOT NULL,
    date          text COLLATE "C",
    status        text COLLATE "C" NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'declined')),
    note          text COLLATE "C",
    source_id     text COLLATE "C" REFERENCES source (id) DEFERRABLE,
    PRIMARY KEY (commitment_id, ordinal)
);

-- The meeting a visit became once what happened was recorded ("visit done").
ALTER TABLE visit ADD COLUMN meeting_id text COLLATE "C" REFERENCES meeting (id) ON DELETE SET NULL DEFERRABLE;
