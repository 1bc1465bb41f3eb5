-- A meeting an officer marked sensitive (issue 20): `travel take --without-sensitive` leaves it out of a travel copy,
-- with everything saved with it (requests, gifts, agreements, aid, commitments, its review). Kept beside the meeting,
-- keyed by its id, so that the meeting's row and the code that rewrites it are unchanged. The pack does not read it:
-- the mark says what may leave the office on a laptop, not what a leader may read.
CREATE TABLE meeting_sensitive (
    meeting_id TEXT PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    marked_by  TEXT NOT NULL,
    marked_at  TEXT NOT NULL
);
