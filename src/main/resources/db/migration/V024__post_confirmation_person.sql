-- Issue 20: an officer's confirmation that a post still holds (V023) is part of its person's record, as the post is:
-- undo takes it back, `changes --kind person` lists it, an export carries it, a travel copy takes and syncs it. The
-- change log finds a record's rows by the record's id, so the row names its person; it goes when the person goes.
-- Confirmations of posts no longer stored (none can be written so) are not kept.
CREATE TABLE post_confirmation_v24 (
    position_id  TEXT PRIMARY KEY,
    confirmed_by TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    -- last, as PostgreSQL's ALTER TABLE adds it: one column order on both stores
    person_id    TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE
);
INSERT INTO post_confirmation_v24 (position_id, confirmed_by, confirmed_at, person_id)
SELECT c.position_id, c.confirmed_by, c.confirmed_at, p.person_id
  FROM post_confirmation c JOIN position p ON p.id = c.position_id;
DROP TABLE post_confirmation;
ALTER TABLE post_confirmation_v24 RENAME TO post_confirmation;
CREATE INDEX post_confirmation_person ON post_confirmation (person_id);
